import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TimePayload } from './time.errors';
import { ConnectionArgs, ConnectionType, SortDirection } from '../../graphql/connection';
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

export enum TimeEntryOrderField {
  STARTED_AT = 'STARTED_AT',
  LOGGED_AT = 'LOGGED_AT',
}
registerEnumType(TimeEntryOrderField, {
  name: 'TimeEntryOrderField',
  description: 'What to order time entries by.',
  valuesConfig: { STARTED_AT: { description: 'When the work started.' }, LOGGED_AT: { description: 'When the entry was logged.' } },
});

@InputType({ description: 'An ordering of time entries.' })
export class TimeEntryOrder {
  @Field(() => TimeEntryOrderField, { defaultValue: TimeEntryOrderField.STARTED_AT, description: 'The field to order by; STARTED_AT when omitted.' })
  field: TimeEntryOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'DESC (latest first) when omitted.' })
  direction: SortDirection;
}

@InputType({ description: 'Which time entries to list (a timesheet); all of them when omitted.' })
export class TimeEntryFilter {
  @Field(() => Date, { nullable: true, description: 'Only work that started at or after this instant.' })
  startedAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only work that started before this instant.' })
  startedBefore?: Date | null;

  @Field(() => ID, { nullable: true, description: "Only this freelancer's time." })
  freelancerId?: string | null;
}

@ArgsType()
export class TimeEntriesArgs extends ConnectionArgs {
  @Field(() => TimeEntryFilter, { nullable: true, description: 'Which entries; all when omitted.' })
  filter?: TimeEntryFilter | null;

  @Field(() => TimeEntryOrder, { nullable: true, description: 'The order; latest work first (STARTED_AT DESC) when omitted.' })
  orderBy?: TimeEntryOrder | null;
}
