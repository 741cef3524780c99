import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { OfferPayload } from './offer.errors';
import { canSeeFigures } from '../../auth/work-access';
import { ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { toDate } from '../../graphql/scalars';
import { Money } from '../../shared/money';
import { contractByOfferId } from '../contracts/contract.loaders';
import { Contract } from '../contracts/contract.types';
import { jobById } from '../jobs/job.loaders';
import { Job } from '../jobs/job.types';
import { findProposal } from '../proposals/proposal.service';
import { Proposal } from '../proposals/proposal.types';
import { teamById } from '../teams/team.loaders';
import { Team } from '../teams/team.types';
import { userById } from '../users/user.loaders';
import { User } from '../users/user.types';
import './offer.expiry';
import * as respond from './offer.respond';
import * as offers from './offer.service';
import {
  AcceptOfferInput,
  DeclineOfferInput,
  DeclineOfferPayload,
  Offer,
  OfferConnection,
  OfferFilter,
  OfferMilestone,
  OfferOrder,
  OfferStatus,
  SendOfferInput,
  SendOfferPayload,
  WithdrawOfferInput,
  WithdrawOfferPayload,
} from './offer.types';

@ArgsType()
export class OfferListArgsType extends ConnectionArgs {
  @Field(() => OfferFilter, { nullable: true, description: 'Which offers.' })
  filter?: OfferFilter | null;

  @Field(() => OfferOrder, { nullable: true, description: 'The order; newest first by default.' })
  orderBy?: OfferOrder | null;
}

@ObjectType({ description: 'The result of acceptOffer.' })
export class AcceptOfferPayload extends OfferPayload {
  @Field(() => Offer, { nullable: true, description: 'The offer, now ACCEPTED.' })
  offer?: Offer;

  @Field(() => Contract, { nullable: true, description: 'The contract made from it (OF-4).' })
  contract?: Contract;
}

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => OfferConnection, { description: 'Staff only: every offer, for internal tools.' })
  offers(@Ctx() ctx: Context, @Args() args: OfferListArgsType) {
    return offers.listOffers(ctx, args, args.filter, args.orderBy);
  }

  @FieldResolver(() => OfferStatus, { description: 'Where it stands; a pending offer past its expiry reads as EXPIRED (OF-2).' })
  async status(@Root() offer: Offer, @Ctx() ctx: Context) {
    return offers.offerStatusAt(offer, await ctx.clock.now());
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hourly offers: the rate. Null to agency members without a financial role on contracts they do not work on (AC-1).' })
  async hourlyRate(@Root() offer: Offer, @Ctx() ctx: Context) {
    return offer.hourlyRateCents == null || !(await canSeeFigures(ctx, offer)) ? null : Money.ofCents(offer.hourlyRateCents);
  }

  @FieldResolver(() => [OfferMilestone], { description: 'Fixed-price offers: the milestones proposed; empty for hourly offers.' })
  async milestones(@Root() offer: Offer, @Ctx() ctx: Context): Promise<OfferMilestone[]> {
    const figures = await canSeeFigures(ctx, offer);
    return offer.milestoneTerms.map((m) => ({ description: m.description, amount: figures ? Money.ofCents(m.amountCents) : null, dueAt: m.dueAt ? toDate(m.dueAt) : null }));
  }

  @FieldResolver(() => Team, { description: 'The client team making the offer.' })
  clientTeam(@Root() offer: Offer, @Ctx() ctx: Context) {
    return teamById(ctx).load(offer.clientTeamId);
  }

  @FieldResolver(() => User, { description: 'The freelancer who would do the work.' })
  freelancer(@Root() offer: Offer, @Ctx() ctx: Context) {
    return userById(ctx).load(offer.freelancerId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The agency hired through; null for an independent offer.' })
  agency(@Root() offer: Offer, @Ctx() ctx: Context) {
    return offer.agencyId ? teamById(ctx).load(offer.agencyId) : null;
  }

  @FieldResolver(() => User, { description: 'Who sent it.' })
  sentBy(@Root() offer: Offer, @Ctx() ctx: Context) {
    return userById(ctx).load(offer.sentById);
  }

  @FieldResolver(() => Job, { nullable: true, description: 'The job, for an offer made from a proposal.' })
  job(@Root() offer: Offer, @Ctx() ctx: Context) {
    return offer.jobId ? jobById(ctx).load(offer.jobId) : null;
  }

  @FieldResolver(() => Proposal, { nullable: true, description: 'The proposal it answers, if any and if the caller may see it.' })
  async proposal(@Root() offer: Offer, @Ctx() ctx: Context) {
    return offer.proposalId ? ((await findProposal(ctx, offer.proposalId)) ?? null) : null;
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract made when it was accepted.' })
  async contract(@Root() offer: Offer, @Ctx() ctx: Context) {
    return (await contractByOfferId(ctx).load(offer.id)) ?? null;
  }

  @Mutation(() => SendOfferPayload, { description: 'OWNER, ADMIN or HIRING_MANAGER of the client team (SendOffers): sends an offer from a proposal or directly (OF-1).' })
  sendOffer(@Ctx() ctx: Context, @Arg('input', () => SendOfferInput, { description: 'What to do; see the input type.' }) input: SendOfferInput) {
    return runMutation(() => offers.sendOffer(ctx, input));
  }

  @Mutation(() => AcceptOfferPayload, {
    description: "Agency offers: a BUSINESS_MANAGER or the OWNER of the agency (RespondToOffers), not the freelancer named; independent offers: the freelancer (OF-3). Creates the contract (OF-4).",
  })
  acceptOffer(@Ctx() ctx: Context, @Arg('input', () => AcceptOfferInput, { description: 'What to do; see the input type.' }) input: AcceptOfferInput) {
    return runMutation(() => respond.acceptOffer(ctx, input));
  }

  @Mutation(() => DeclineOfferPayload, { description: 'The same people who may accept it (OF-3): declines a pending offer.' })
  declineOffer(@Ctx() ctx: Context, @Arg('input', () => DeclineOfferInput, { description: 'What to do; see the input type.' }) input: DeclineOfferInput) {
    return runMutation(() => respond.declineOffer(ctx, input));
  }

  @Mutation(() => WithdrawOfferPayload, { description: 'OWNER, ADMIN or HIRING_MANAGER of the client team (SendOffers): takes a pending offer back.' })
  withdrawOffer(@Ctx() ctx: Context, @Arg('input', () => WithdrawOfferInput, { description: 'What to do; see the input type.' }) input: WithdrawOfferInput) {
    return runMutation(() => offers.withdrawOffer(ctx, input));
  }
}

@Resolver(() => User)
export class UserOffersResolver {
  @FieldResolver(() => OfferConnection, { nullable: true, description: 'Offers made to the user as the freelancer. Self and staff only.' })
  offers(@Root() user: User, @Ctx() ctx: Context, @Args() args: OfferListArgsType) {
    return offers.userOffers(ctx, user.id, args);
  }
}

@Resolver(() => Team)
export class TeamOffersResolver {
  @FieldResolver(() => OfferConnection, { description: "The team's offers, as agency or client (AC-1). Members and staff; NOT_FOUND for others." })
  offers(@Root() team: Team, @Ctx() ctx: Context, @Args() args: OfferListArgsType) {
    return offers.teamOffers(ctx, team, args);
  }
}

export const OFFER_RESOLVERS = [OfferResolver, UserOffersResolver, TeamOffersResolver] as const;
