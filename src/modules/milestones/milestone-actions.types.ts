import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MilestonePayloadBase } from './milestone.errors';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DecimalScalar } from '../../graphql/scalars';
import { Contract } from '../contracts/contract.types';
import { MilestoneStatus } from './milestone.entity';
import { Milestone } from './milestone.types';

@ObjectType({ implements: Node, description: "One change of a milestone's status: who, when, from what to what, with its message. Seen with the contract." })
export class MilestoneChange extends Node {
  @Field(() => MilestoneStatus, { nullable: true, description: 'The status before; null for none.' })
  fromStatus: MilestoneStatus | null;

  @Field(() => MilestoneStatus, { description: 'The status after.' })
  toStatus: MilestoneStatus;

  @Field(() => String, { nullable: true, description: 'What the submitter or the client wrote with it.' })
  message: string | null;

  @Field({ description: 'When it changed.' })
  changedAt: Date;

  milestoneId: string;
  changedById: string | null;
}

export const MilestoneChangeConnection = ConnectionType(MilestoneChange);

export const MILESTONE_CHANGE_COLUMNS = `id, milestone_id as "milestoneId", changed_by_id as "changedById", changed_at as "changedAt",
  from_status as "fromStatus", to_status as "toStatus", message`;

@InputType({ description: 'The milestone to fund into escrow (MS-1).' })
export class FundMilestoneInput {
  @Field(() => ID, { description: 'A PENDING_FUNDING milestone of an active contract.' })
  milestoneId: string;

  @Field({ description: 'Repeating a request with the same key returns the first result and charges nothing again (MN-2).' })
  idempotencyKey: string;
}

@InputType({ description: 'The milestone to submit for review (MS-2).' })
export class SubmitMilestoneInput {
  @Field(() => ID, { description: 'A FUNDED or CHANGES_REQUESTED milestone of an active contract.' })
  milestoneId: string;

  @Field({ description: 'What was delivered, 1 to 2,000 characters.' })
  message: string;
}

@InputType({ description: 'The submitted milestone to send back (MS-2).' })
export class RequestMilestoneChangesInput {
  @Field(() => ID, { description: 'A SUBMITTED milestone.' })
  milestoneId: string;

  @Field({ description: 'What to change, 1 to 2,000 characters.' })
  message: string;
}

@InputType({ description: 'The submitted milestone to approve, releasing its escrow to the payee (MS-2).' })
export class ApproveMilestoneInput {
  @Field(() => ID, { description: 'A SUBMITTED milestone.' })
  milestoneId: string;

  @Field({ description: 'Repeating a request with the same key returns the first result and releases nothing again (MN-2).' })
  idempotencyKey: string;
}

@ObjectType()
export abstract class MilestonePayload extends MilestonePayloadBase {
  @Field(() => Milestone, { nullable: true, description: 'The milestone, with its new status.' })
  milestone?: Milestone;

  @Field(() => Contract, { nullable: true, description: 'Its contract.' })
  contract?: Contract;
}

@ObjectType({ description: 'The result of fundMilestone.' })
export class FundMilestonePayload extends MilestonePayload {}

@ObjectType({ description: 'The result of submitMilestone.' })
export class SubmitMilestonePayload extends MilestonePayload {}

@ObjectType({ description: 'The result of requestMilestoneChanges.' })
export class RequestMilestoneChangesPayload extends MilestonePayload {}

@ObjectType({ description: 'The result of approveMilestone.' })
export class ApproveMilestonePayload extends MilestonePayload {}

@InputType({ description: "Staff's decision on a disputed milestone (CT-4): what part of its escrow the payee earns; the rest goes back to the client." })
export class ResolveDisputeInput {
  @Field(() => ID, { description: 'A DISPUTED milestone.' })
  milestoneId: string;

  @Field(() => DecimalScalar, { description: "The payee's part, before the service fee: from 0.00 to the milestone's amount. The rest is refunded to the client." })
  payeeAmount: string;

  @Field({ description: 'Why: 1 to 2,000 characters, kept in the milestone\'s history.' })
  note: string;

  @Field({ description: 'Repeating a request with the same key returns the first result and moves nothing again (MN-2).' })
  idempotencyKey: string;
}

@ObjectType({ description: 'The result of resolveDispute.' })
export class ResolveDisputePayload extends MilestonePayload {}
