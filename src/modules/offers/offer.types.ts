import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OfferPayload } from './offer.errors';
import { ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DecimalScalar } from '../../graphql/scalars';
import { Money } from '../../shared/money';
import { ContractKind } from '../jobs/job.entity';
import { OfferStatus, type OfferMilestoneTerms } from './offer.entity';

export { OfferStatus };

registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: 'Where an offer stands (OF-2).',
  valuesConfig: {
    PENDING: { description: 'Waiting for an answer until it expires.' },
    ACCEPTED: { description: 'Accepted: a contract was made from it (OF-4).' },
    DECLINED: { description: 'Declined by the freelancer, or for an agency offer by a business manager (OF-3).' },
    WITHDRAWN: { description: 'Taken back by the client.' },
    EXPIRED: { description: 'Not answered before its expiry time.' },
  },
});

@ObjectType({ description: 'A milestone as an offer proposes it (OF-1).' })
export class OfferMilestone {
  @Field({ description: 'What is delivered.' })
  description: string;

  @Field(() => Money, { nullable: true, description: 'What it pays. Null to agency members without a financial role on offers they are not named on (AC-1).' })
  amount: Money | null;

  @Field(() => Date, { nullable: true, description: 'When it is due.' })
  dueAt: Date | null;
}

@ObjectType({ implements: Node, description: "A client's offer: the terms of a contract. Seen by the client team, the freelancer, the agency's members (agency offers) and staff." })
export class Offer extends Node {
  @Field({ description: 'The title of the work.' })
  title: string;

  @Field(() => ContractKind, { description: 'Hourly or fixed price.' })
  kind: ContractKind;

  @Field(() => Int, { nullable: true, description: 'Hourly offers: the most hours billed per week (TM-2).' })
  weeklyLimitHours: number | null;

  @Field({ description: 'When it expires unless answered (OF-2).' })
  expiresAt: Date;

  @Field({ description: 'When it was sent.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or withdrawn.' })
  respondedAt: Date | null;

  clientTeamId: string;
  jobId: string | null;
  proposalId: string | null;
  freelancerId: string;
  agencyId: string | null;
  sentById: string;
  respondedById: string | null;
  hourlyRateCents: string | null;
  milestoneTerms: OfferMilestoneTerms[];
  /** As stored: a PENDING offer past its expiry is EXPIRED to readers before the due work runs. */
  storedStatus: OfferStatus;
}

export const OFFER_COLUMNS = `o.id, o.client_team_id as "clientTeamId", o.job_id as "jobId", o.proposal_id as "proposalId",
  o.freelancer_id as "freelancerId", o.agency_id as "agencyId", o.sent_by_id as "sentById", o.title, o.kind,
  o.hourly_rate_cents as "hourlyRateCents", o.weekly_limit_hours as "weeklyLimitHours", o.milestones as "milestoneTerms",
  o.status as "storedStatus", o.expires_at as "expiresAt", o.created_at as "createdAt", o.responded_at as "respondedAt",
  o.responded_by_id as "respondedById"`;

/** The status readers see at `?` (a timestamptz parameter). */
export const OFFER_STATUS_AT = `(case when o.status = 'PENDING' and o.expires_at <= ?::timestamptz then 'EXPIRED' else o.status end)`;

export const OfferConnection = ConnectionType(Offer);

export enum OfferOrderField {
  CREATED_AT = 'CREATED_AT',
  EXPIRES_AT = 'EXPIRES_AT',
}
registerEnumType(OfferOrderField, {
  name: 'OfferOrderField',
  description: 'What to order offers by.',
  valuesConfig: { CREATED_AT: { description: 'When the offer was sent.' }, EXPIRES_AT: { description: 'When the offer expires.' } },
});

@InputType({ description: 'An ordering of offers.' })
export class OfferOrder {
  @Field(() => OfferOrderField, { description: 'The field to order by.' })
  field: OfferOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'The direction; newest first by default.' })
  direction: SortDirection;
}

@InputType({ description: 'Which offers to list.' })
export class OfferFilter {
  @Field(() => [OfferStatus], { nullable: true, description: 'Only offers with one of these statuses (expiry applied); every status when omitted.' })
  status?: OfferStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only offers of this team, as client or agency.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only offers to this freelancer.' })
  freelancerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only offers sent at or after this instant.' })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only offers sent before this instant.' })
  createdBefore?: Date | null;
}

@InputType({ description: 'A milestone of a fixed-price offer.' })
export class OfferMilestoneInput {
  @Field({ description: '1 to 500 characters.' })
  description: string;

  @Field(() => DecimalScalar, { description: 'A positive amount.' })
  amount: string;

  @Field(() => Date, { nullable: true, description: 'When it is due.' })
  dueAt?: Date | null;
}

@InputType({ description: 'An offer, from a proposal or directly to a freelancer (OF-1).' })
export class SendOfferInput {
  @Field(() => ID, { description: 'The client team making the offer.' })
  clientTeamId: string;

  @Field(() => ID, { nullable: true, description: "A live proposal on one of the team's jobs: the offer goes to its freelancer and agency." })
  proposalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Without a proposal: the freelancer.' })
  freelancerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Without a proposal: hire through this agency. An exclusive member's offer always goes through their agency (AG-2)." })
  agencyId?: string | null;

  @Field({ description: '1 to 200 characters.' })
  title: string;

  @Field(() => ContractKind, { description: 'Hourly or fixed price.' })
  kind: ContractKind;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hourly offers: the rate.' })
  hourlyRate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Hourly offers: the weekly limit, 1 to 168 hours.' })
  weeklyLimitHours?: number | null;

  @Field(() => [OfferMilestoneInput], { nullable: true, description: 'Fixed-price offers: 1 to 20 milestones.' })
  milestones?: OfferMilestoneInput[] | null;

  @Field(() => Date, { nullable: true, description: 'When the offer expires; 7 days from now by default (OF-2).' })
  expiresAt?: Date | null;
}

@InputType({ description: 'The offer to accept.' })
export class AcceptOfferInput {
  @Field(() => ID, { description: 'A pending offer.' })
  offerId: string;
}

@InputType({ description: 'The offer to decline.' })
export class DeclineOfferInput {
  @Field(() => ID, { description: 'A pending offer.' })
  offerId: string;
}

@InputType({ description: 'The offer to withdraw.' })
export class WithdrawOfferInput {
  @Field(() => ID, { description: 'A pending offer of a team the caller hires for.' })
  offerId: string;
}

@ObjectType({ description: 'The result of sendOffer.' })
export class SendOfferPayload extends OfferPayload {
  @Field(() => Offer, { nullable: true, description: 'The new offer, PENDING.' })
  offer?: Offer;
}

@ObjectType({ description: 'The result of declineOffer.' })
export class DeclineOfferPayload extends OfferPayload {
  @Field(() => Offer, { nullable: true, description: 'The offer, now DECLINED.' })
  offer?: Offer;
}

@ObjectType({ description: 'The result of withdrawOffer.' })
export class WithdrawOfferPayload extends OfferPayload {
  @Field(() => Offer, { nullable: true, description: 'The offer, now WITHDRAWN.' })
  offer?: Offer;
}
