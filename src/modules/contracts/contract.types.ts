import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ContractPayload } from './contract.errors';
import { ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DecimalScalar } from '../../graphql/scalars';
import { ContractKind } from '../jobs/job.entity';
import { ContractStatus } from './contract.entity';

export { ContractStatus };

registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description: 'Where a contract stands (CT-3).',
  valuesConfig: {
    ACTIVE: { description: 'Work is under way.' },
    PAUSED: { description: 'Paused: no time is logged until it is resumed.' },
    ENDED: { description: 'Ended by either side; nothing more is logged, funded or submitted.' },
  },
});

@ObjectType({ implements: Node, description: 'Work under way between a client team and a freelancer, through an agency or not (CT-1). Seen by both sides, the agency\'s members and staff.' })
export class Contract extends Node {
  @Field({ description: 'The title of the work.' })
  title: string;

  @Field(() => ContractKind, { description: 'Hourly or fixed price.' })
  kind: ContractKind;

  @Field(() => ContractStatus, { description: 'Active, paused or ended.' })
  status: ContractStatus;

  @Field(() => Int, { nullable: true, description: 'Hourly contracts: the most hours billed per week (TM-2).' })
  weeklyLimitHours: number | null;

  @Field({ description: 'When the offer was accepted.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended.' })
  endedAt: Date | null;

  offerId: string;
  jobId: string | null;
  clientTeamId: string;
  freelancerId: string;
  agencyId: string | null;
  payeeTeamId: string | null;
  payeeUserId: string | null;
  hourlyRateCents: string | null;
  endedById: string | null;
}

export const CONTRACT_COLUMNS = `c.id, c.offer_id as "offerId", c.job_id as "jobId", c.client_team_id as "clientTeamId",
  c.freelancer_id as "freelancerId", c.agency_id as "agencyId", c.payee_team_id as "payeeTeamId", c.payee_user_id as "payeeUserId",
  c.title, c.kind, c.hourly_rate_cents as "hourlyRateCents", c.weekly_limit_hours as "weeklyLimitHours", c.status,
  c.created_at as "createdAt", c.ended_at as "endedAt", c.ended_by_id as "endedById"`;

@ObjectType({ implements: Node, description: 'One edit of a contract (CT-2): who, when, from what to what.' })
export class ContractChange extends Node {
  @Field({ description: 'The term changed: TITLE, HOURLY_RATE, WEEKLY_LIMIT_HOURS or STATUS.' })
  field: string;

  @Field(() => String, { nullable: true, description: "The value before (amounts as decimals). A rate is null to agency members without a financial role on contracts they do not work on (AC-1)." })
  fromValue: string | null;

  @Field(() => String, { nullable: true, description: 'The value after; hidden like `fromValue`.' })
  toValue: string | null;

  @Field({ description: 'When it changed.' })
  changedAt: Date;

  contractId: string;
  changedById: string;
}

export const CONTRACT_CHANGE_COLUMNS = `id, contract_id as "contractId", changed_by_id as "changedById", changed_at as "changedAt", field, from_value as "fromValue", to_value as "toValue"`;

export const ContractConnection = ConnectionType(Contract);
export const ContractChangeConnection = ConnectionType(ContractChange);

export enum ContractOrderField {
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ContractOrderField, {
  name: 'ContractOrderField',
  description: 'What to order contracts by.',
  valuesConfig: { CREATED_AT: { description: 'When the contract started.' } },
});

@InputType({ description: 'An ordering of contracts.' })
export class ContractOrder {
  @Field(() => ContractOrderField, { description: 'The field to order by.' })
  field: ContractOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'The direction; newest first by default.' })
  direction: SortDirection;
}

@InputType({ description: 'Which contracts to list.' })
export class ContractFilter {
  @Field(() => [ContractStatus], { nullable: true, description: 'Only contracts with one of these statuses; every status when omitted.' })
  status?: ContractStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only contracts of this team, as client or agency.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only contracts of this freelancer.' })
  freelancerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only contracts started at or after this instant.' })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only contracts started before this instant.' })
  createdBefore?: Date | null;
}

@InputType({ description: "New terms; omitted ones stay. The client edits the title and weekly limit; the freelancer's side (business managers and the owner for an agency contract, the freelancer for an independent one) edits the rate (CT-2)." })
export class UpdateContractTermsInput {
  @Field(() => ID, { description: 'An active or paused contract.' })
  contractId: string;

  @Field(() => String, { nullable: true, description: 'Client side: 1 to 200 characters.' })
  title?: string | null;

  @Field(() => Int, { nullable: true, description: 'Client side, hourly contracts: 1 to 168 hours.' })
  weeklyLimitHours?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Freelancer's side, hourly contracts: the new rate, for time worked from now on (TM-2)." })
  hourlyRate?: string | null;
}

@InputType({ description: 'The contract to pause.' })
export class PauseContractInput {
  @Field(() => ID, { description: 'An active contract.' })
  contractId: string;
}

@InputType({ description: 'The contract to resume.' })
export class ResumeContractInput {
  @Field(() => ID, { description: 'A paused contract.' })
  contractId: string;
}

@InputType({ description: 'The contract to end.' })
export class EndContractInput {
  @Field(() => ID, { description: 'An active or paused contract.' })
  contractId: string;
}

@ObjectType({ description: 'The result of updateContractTerms.' })
export class UpdateContractTermsPayload extends ContractPayload {
  @Field(() => Contract, { nullable: true, description: 'The contract with its new terms.' })
  contract?: Contract;
}

@ObjectType({ description: 'The result of pauseContract.' })
export class PauseContractPayload extends ContractPayload {
  @Field(() => Contract, { nullable: true, description: 'The contract, now PAUSED.' })
  contract?: Contract;
}

@ObjectType({ description: 'The result of resumeContract.' })
export class ResumeContractPayload extends ContractPayload {
  @Field(() => Contract, { nullable: true, description: 'The contract, ACTIVE again.' })
  contract?: Contract;
}

@ObjectType({ description: 'The result of endContract.' })
export class EndContractPayload extends ContractPayload {
  @Field(() => Contract, { nullable: true, description: 'The contract, now ENDED.' })
  contract?: Contract;
}
