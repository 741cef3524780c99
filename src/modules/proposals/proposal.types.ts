import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProposalPayload } from './proposal.errors';
import { ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DecimalScalar } from '../../graphql/scalars';
import { ProposalStatus } from './proposal.entity';

export { ProposalStatus };

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Where a proposal stands (PR-1).',
  valuesConfig: {
    SUBMITTED: { description: 'Live: the client may send an offer from it.' },
    WITHDRAWN: { description: 'Withdrawn by the freelancer or a business manager (PR-3); its Connects are not returned.' },
    HIRED: { description: 'An offer from it was accepted.' },
    JOB_CLOSED: { description: 'The client closed the job.' },
    JOB_CANCELLED: { description: 'The client cancelled the job; before hiring this returned its Connects (CN-3).' },
    OFFER_DECLINED: { description: 'The offer made from it was declined (OF-3); its Connects are not returned, also not when the job is cancelled later (CN-3).' },
    OFFER_EXPIRED: { description: 'The offer made from it expired unanswered (OF-2); its Connects are not returned, also not when the job is cancelled later (CN-3).' },
  },
});

@ObjectType({ implements: Node, description: "A freelancer's proposal for a job, independent or for an agency. Seen by the freelancer, the agency's managers, the job's client team and staff." })
export class Proposal extends Node {
  @Field({ description: 'The cover letter.' })
  coverLetter: string;

  @Field(() => ProposalStatus, { description: 'Where it stands.' })
  status: ProposalStatus;

  @Field(() => Int, { description: 'The Connects it cost (CN-1), from the agency for agency proposals.' })
  connectsSpent: number;

  @Field({ description: 'Whether its Connects were returned because the job was cancelled before hiring (CN-3).' })
  connectsRefunded: boolean;

  @Field({ description: 'When it was submitted.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn.' })
  withdrawnAt: Date | null;

  jobId: string;
  clientTeamId: string;
  freelancerId: string;
  agencyId: string | null;
  submittedById: string;
  hourlyRateCents: string | null;
  fixedPriceCents: string | null;
}

export const PROPOSAL_COLUMNS = `p.id, p.job_id as "jobId", j.client_team_id as "clientTeamId", p.freelancer_id as "freelancerId",
  p.agency_id as "agencyId", p.submitted_by_id as "submittedById", p.cover_letter as "coverLetter",
  p.hourly_rate_cents as "hourlyRateCents", p.fixed_price_cents as "fixedPriceCents", p.status,
  p.connects_spent as "connectsSpent", p.connects_refunded as "connectsRefunded", p.created_at as "createdAt", p.withdrawn_at as "withdrawnAt"`;

export const PROPOSAL_FROM = 'proposal p join job j on j.id = p.job_id';

export const ProposalConnection = ConnectionType(Proposal);

export enum ProposalOrderField {
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ProposalOrderField, {
  name: 'ProposalOrderField',
  description: 'What to order proposals by.',
  valuesConfig: { CREATED_AT: { description: 'When the proposal was submitted.' } },
});

@InputType({ description: 'An ordering of proposals.' })
export class ProposalOrder {
  @Field(() => ProposalOrderField, { description: 'The field to order by.' })
  field: ProposalOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'The direction; newest first by default.' })
  direction: SortDirection;
}

@InputType({ description: 'Which proposals to list.' })
export class ProposalFilter {
  @Field(() => [ProposalStatus], { nullable: true, description: 'Only proposals with one of these statuses; every status when omitted.' })
  status?: ProposalStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only proposals for this job.' })
  jobId?: string | null;
}

@InputType({ description: 'A proposal for a job (PR-1).' })
export class SubmitProposalInput {
  @Field(() => ID, { description: 'An open job.' })
  jobId: string;

  @Field(() => ID, { nullable: true, description: "Submit for this agency and spend its Connects; omit for an independent proposal (AG-4). An exclusive member's proposals are always their agency's (AG-2)." })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: "Business managers: the member the proposal is for (PR-2). Defaults to the caller." })
  freelancerId?: string | null;

  @Field({ description: '1 to 5,000 characters.' })
  coverLetter: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hourly jobs: the rate asked.' })
  hourlyRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Fixed-price jobs: the price asked.' })
  fixedPrice?: string | null;
}

@InputType({ description: 'The proposal to withdraw.' })
export class WithdrawProposalInput {
  @Field(() => ID, { description: 'A live proposal without an offer (PR-3).' })
  proposalId: string;
}

@ObjectType({ description: 'The result of submitProposal.' })
export class SubmitProposalPayload extends ProposalPayload {
  @Field(() => Proposal, { nullable: true, description: 'The new proposal.' })
  proposal?: Proposal;
}

@ObjectType({ description: 'The result of withdrawProposal.' })
export class WithdrawProposalPayload extends ProposalPayload {
  @Field(() => Proposal, { nullable: true, description: 'The proposal, now WITHDRAWN.' })
  proposal?: Proposal;
}
