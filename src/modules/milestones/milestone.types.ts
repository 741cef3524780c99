import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MilestonePayloadBase } from './milestone.errors';
import { ConnectionArgs, ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DecimalScalar } from '../../graphql/scalars';
import { Contract } from '../contracts/contract.types';
import { MilestoneStatus } from './milestone.entity';

export { MilestoneStatus };

registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'Where a milestone of a fixed-price contract stands (MS-1, MS-2).',
  valuesConfig: {
    PENDING_FUNDING: { description: 'Waiting for the client to fund it into escrow.' },
    FUNDED: { description: 'Funded: work on it may start.' },
    SUBMITTED: { description: 'Submitted for the client\'s review.' },
    CHANGES_REQUESTED: { description: 'The client asked for changes.' },
    APPROVED: { description: 'Approved: escrow released to the payee.' },
    REFUNDED: { description: 'The contract ended before it was delivered: its escrow went back to the client (CT-3, CT-4).' },
    DISPUTED: { description: 'The contract ended after the work was submitted: its escrow waits for staff to resolve the dispute (CT-4).' },
    RESOLVED: { description: 'Staff resolved the dispute: part released to the payee, the rest refunded to the client (CT-4).' },
  },
});

@ObjectType({ implements: Node, description: 'A part of a fixed-price contract with its own amount and due date. Seen with its contract.' })
export class Milestone extends Node {
  @Field(() => Int, { description: 'Its place in the contract, from 1.' })
  position: number;

  @Field({ description: 'What is delivered.' })
  description: string;

  @Field(() => Date, { nullable: true, description: 'When it is due.' })
  dueAt: Date | null;

  @Field(() => MilestoneStatus, { description: 'Where it stands.' })
  status: MilestoneStatus;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was funded.' })
  fundedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted.' })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was approved.' })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When staff resolved its dispute (CT-4).' })
  resolvedAt: Date | null;

  contractId: string;
  amountCents: string;
  resolvedPayeeCents: string | null;
}

export const MILESTONE_COLUMNS = `id, contract_id as "contractId", position, description, amount_cents as "amountCents", due_at as "dueAt", status,
  created_at as "createdAt", funded_at as "fundedAt", submitted_at as "submittedAt", approved_at as "approvedAt",
  resolved_at as "resolvedAt", resolved_payee_cents as "resolvedPayeeCents"`;

export const MilestoneConnection = ConnectionType(Milestone);

@InputType({ description: 'A new milestone on a fixed-price contract.' })
export class AddMilestoneInput {
  @Field(() => ID, { description: 'An active or paused fixed-price contract.' })
  contractId: string;

  @Field({ description: '1 to 500 characters.' })
  description: string;

  @Field(() => DecimalScalar, { description: 'A positive amount.' })
  amount: string;

  @Field(() => Date, { nullable: true, description: 'When it is due.' })
  dueAt?: Date | null;
}

@ObjectType({ description: 'The result of addMilestone.' })
export class AddMilestonePayload extends MilestonePayloadBase {
  @Field(() => Milestone, { nullable: true, description: 'The new milestone, PENDING_FUNDING.' })
  milestone?: Milestone;

  @Field(() => Contract, { nullable: true, description: 'Its contract.' })
  contract?: Contract;
}

export enum MilestoneOrderField {
  POSITION = 'POSITION',
  DUE_AT = 'DUE_AT',
}
registerEnumType(MilestoneOrderField, {
  name: 'MilestoneOrderField',
  description: 'What to order milestones by.',
  valuesConfig: { POSITION: { description: 'Their order in the contract.' }, DUE_AT: { description: 'The due date (milestones without one last when ascending).' } },
});

@InputType({ description: 'An ordering of milestones.' })
export class MilestoneOrder {
  @Field(() => MilestoneOrderField, { defaultValue: MilestoneOrderField.POSITION, description: 'The field to order by; POSITION when omitted.' })
  field: MilestoneOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC when omitted.' })
  direction: SortDirection;
}

@InputType({ description: 'Which milestones to list; all of them when omitted.' })
export class MilestoneFilter {
  @Field(() => [MilestoneStatus], { nullable: true, description: 'Only milestones with one of these statuses; every status when omitted.' })
  status?: MilestoneStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Only milestones due at or after this instant.' })
  dueAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only milestones due before this instant.' })
  dueBefore?: Date | null;
}

@ArgsType()
export class MilestonesArgs extends ConnectionArgs {
  @Field(() => MilestoneFilter, { nullable: true, description: 'Which milestones; all when omitted.' })
  filter?: MilestoneFilter | null;

  @Field(() => MilestoneOrder, { nullable: true, description: 'The order; contract order (POSITION ASC) when omitted.' })
  orderBy?: MilestoneOrder | null;
}
