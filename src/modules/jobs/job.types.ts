import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JobPayload } from './job.errors';
import { ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DecimalScalar } from '../../graphql/scalars';
import { ContractKind, JobStatus } from './job.entity';

export { ContractKind, JobStatus };

registerEnumType(ContractKind, {
  name: 'ContractKind',
  description: 'How work is paid (JB-1, OF-1).',
  valuesConfig: {
    HOURLY: { description: 'By the hour, at a rate, within a weekly limit of hours.' },
    FIXED_PRICE: { description: 'A fixed price, paid per milestone.' },
  },
});
registerEnumType(JobStatus, {
  name: 'JobStatus',
  description: 'Where a job post stands (JB-1).',
  valuesConfig: {
    OPEN: { description: 'Taking proposals.' },
    CLOSED: { description: 'Closed by the client; no more proposals.' },
    CANCELLED: { description: 'Cancelled by the client; before anyone was hired this returned the Connects of live proposals (CN-3).' },
  },
});

@ObjectType({ implements: Node, description: "A client's job post. Open jobs are public to anyone signed in; closed and cancelled ones to the client team and those who proposed." })
export class Job extends Node {
  @Field({ description: 'The title.' })
  title: string;

  @Field({ description: 'What the work is.' })
  description: string;

  @Field(() => ContractKind, { description: 'Hourly or fixed price.' })
  kind: ContractKind;

  @Field(() => Int, { description: 'The Connects a proposal costs, 0 to 16 (CN-1).' })
  connectsRequired: number;

  @Field(() => JobStatus, { description: 'Open, closed or cancelled.' })
  status: JobStatus;

  @Field({ description: 'When it was posted.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was closed or cancelled.' })
  closedAt: Date | null;

  clientTeamId: string;
  postedById: string;
  budgetCents: string | null;
  hourlyRateMinCents: string | null;
  hourlyRateMaxCents: string | null;
  hiredAt: Date | string | null;
}

export const JOB_COLUMNS = `id, client_team_id as "clientTeamId", posted_by_id as "postedById", title, description, kind,
  budget_cents as "budgetCents", hourly_rate_min_cents as "hourlyRateMinCents", hourly_rate_max_cents as "hourlyRateMaxCents",
  connects_required as "connectsRequired", status, created_at as "createdAt", closed_at as "closedAt", hired_at as "hiredAt"`;

export const JobConnection = ConnectionType(Job);

export enum JobOrderField {
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(JobOrderField, {
  name: 'JobOrderField',
  description: 'What to order jobs by.',
  valuesConfig: { CREATED_AT: { description: 'When the job was posted.' } },
});

@InputType({ description: 'An ordering of jobs.' })
export class JobOrder {
  @Field(() => JobOrderField, { description: 'The field to order by.' })
  field: JobOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'The direction; newest first by default.' })
  direction: SortDirection;
}

@InputType({ description: 'Which jobs to list.' })
export class JobFilter {
  @Field(() => ContractKind, { nullable: true, description: 'Only hourly or only fixed-price jobs.' })
  kind?: ContractKind | null;

  @Field(() => [JobStatus], { nullable: true, description: "Only jobs with one of these statuses; every status when omitted (a team's own list; others see open jobs only)." })
  status?: JobStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Jobs whose title or description contains this text (case-insensitive).' })
  search?: string | null;
}

@InputType({ description: 'A new job post (JB-1).' })
export class PostJobInput {
  @Field(() => ID, { description: 'The client team posting the job.' })
  clientTeamId: string;

  @Field({ description: '1 to 200 characters.' })
  title: string;

  @Field({ description: '1 to 20,000 characters.' })
  description: string;

  @Field(() => ContractKind, { description: 'Hourly or fixed price.' })
  kind: ContractKind;

  @Field(() => Int, { description: 'What a proposal costs in Connects, 0 to 16 (CN-1).' })
  connectsRequired: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Fixed-price jobs: the budget.' })
  budget?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hourly jobs: the lowest rate in mind.' })
  hourlyRateMin?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hourly jobs: the highest rate in mind.' })
  hourlyRateMax?: string | null;
}

@InputType({ description: 'Changes to an open job post (JB-1); fields left out stay as they are. The kind and the Connects a proposal costs do not change once posted.' })
export class UpdateJobInput {
  @Field(() => ID, { description: 'An open job of a team the caller hires for.' })
  jobId: string;

  @Field(() => String, { nullable: true, description: '1 to 200 characters; unchanged when omitted.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '1 to 20,000 characters; unchanged when omitted.' })
  description?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Fixed-price jobs only: the budget; unchanged when omitted.' })
  budget?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hourly jobs only: the lowest rate in mind; unchanged when omitted.' })
  hourlyRateMin?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hourly jobs only: the highest rate in mind; unchanged when omitted.' })
  hourlyRateMax?: string | null;
}

@InputType({ description: 'The job to close.' })
export class CloseJobInput {
  @Field(() => ID, { description: 'An open job of a team the caller hires for.' })
  jobId: string;
}

@InputType({ description: 'The job to cancel.' })
export class CancelJobInput {
  @Field(() => ID, { description: 'An open job of a team the caller hires for.' })
  jobId: string;
}

@ObjectType()
export class UpdateJobPayload extends JobPayload {
  @Field(() => Job, { nullable: true, description: 'The job as changed.' })
  job?: Job;
}

@ObjectType({ description: 'The result of postJob.' })
export class PostJobPayload extends JobPayload {
  @Field(() => Job, { nullable: true, description: 'The new job.' })
  job?: Job;
}

@ObjectType({ description: 'The result of closeJob.' })
export class CloseJobPayload extends JobPayload {
  @Field(() => Job, { nullable: true, description: 'The job, now CLOSED.' })
  job?: Job;
}

@ObjectType({ description: 'The result of cancelJob.' })
export class CancelJobPayload extends JobPayload {
  @Field(() => Job, { nullable: true, description: 'The job, now CANCELLED.' })
  job?: Job;

  @Field(() => Int, { nullable: true, description: 'How many proposals got their Connects back (CN-3).' })
  refundedProposals?: number;
}
