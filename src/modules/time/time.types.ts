import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TimePayload } from './time.errors';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { Contract } from '../contracts/contract.types';

@ObjectType({ implements: Node, description: 'Time worked on an hourly contract (TM-1). Seen with its contract.' })
export class TimeEntry extends Node {
  @Field({ description: 'When the work started.' })
  startedAt: Date;

  @Field(() => Int, { description: 'How long, in minutes.' })
  minutes: number;

  @Field({ description: 'What was done.' })
  memo: string;

  @Field({ description: 'When it was logged.' })
  createdAt: Date;

  contractId: string;
  freelancerId: string;
  hourlyRateCents: string;
}

export const TIME_ENTRY_COLUMNS = `id, contract_id as "contractId", freelancer_id as "freelancerId", started_at as "startedAt", minutes, memo,
  hourly_rate_cents as "hourlyRateCents", created_at as "createdAt"`;

export const TimeEntryConnection = ConnectionType(TimeEntry);

@InputType({ description: 'Time worked, logged by the freelancer hired (TM-1).' })
export class LogTimeInput {
  @Field(() => ID, { description: 'An active hourly contract the caller is the freelancer of.' })
  contractId: string;

  @Field({ description: 'When the work started; not in the future.' })
  startedAt: Date;

  @Field(() => Int, { description: 'How long, 1 to 1,440 minutes.' })
  minutes: number;

  @Field(() => String, { nullable: true, description: 'What was done, up to 1,000 characters.' })
  memo?: string | null;
}

@ObjectType({ description: 'The result of logTime.' })
export class LogTimePayload extends TimePayload {
  @Field(() => TimeEntry, { nullable: true, description: 'The new time entry.' })
  timeEntry?: TimeEntry;

  @Field(() => Contract, { nullable: true, description: 'Its contract, with the hours of the week.' })
  contract?: Contract;
}
