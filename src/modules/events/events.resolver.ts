import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { requireTeamPermission } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import { ConnectionArgs } from '../../graphql/connection';
import { Team } from '../teams/team.types';
import { User } from '../users/user.types';
import { findUser } from '../users/user.service';
import { teamEventHistory } from './event-history';
import { EventStream } from './event.entity';
import type { Context } from '../../graphql/context';
import { payoutById } from '../payouts/payout.loaders';
import { Payout } from '../payouts/payout.types';
import type { EventRow } from './event-log';
import { fetchNode } from '../../graphql/node';
import { Referral } from '../affiliates/affiliate.types';
import { Invoice } from '../billing/invoice.types';
import { Contract } from '../contracts/contract.types';
import { Milestone } from '../milestones/milestone.types';

async function visible(ctx: Context, id: string | null) {
  return id ? ((await fetchNode(ctx, id)) ?? null) : null;
}
import * as events from './events.service';
import { EventOrder, OfferEvent, OfferEventConnection, OfferEventFilter, PaymentEvent, PaymentEventConnection, PaymentEventFilter } from './events.types';
import { offerById } from '../offers/offer.loaders';
import { Offer } from '../offers/offer.types';

@Resolver(() => PaymentEvent)
export class PaymentEventResolver {
  @Subscription(() => PaymentEvent, {
    description:
      "A team's money events (its OWNER, ADMIN and FINANCIAL members; others FORBIDDEN) or, without `teamId`, the caller's own account's. With `after`, first every later event in order, then live ones.",
    subscribe: ({ args, context }) => events.paymentEvents(context as Context, args),
  })
  paymentEvents(
    @Root() event: EventRow,
    @Arg('teamId', () => ID, { nullable: true, description: 'The team whose account to follow; the caller\'s own when omitted.' }) _teamId?: string,
    @Arg('after', () => String, { nullable: true, description: 'The id of the last event received: resume right after it.' }) _after?: string,
  ): PaymentEvent {
    return events.toPaymentEvent(event);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made it happen, if the subscriber may see that user; null for what the system did on its own (expiry, billing, availability).' })
  async actor(@Root() event: PaymentEvent, @Ctx() ctx: Context) {
    return event.actorId ? ((await findUser(ctx, event.actorId)) ?? null) : null;
  }

  @FieldResolver(() => Payout, { nullable: true, description: 'The payout, for payout events.' })
  payout(@Root() event: PaymentEvent, @Ctx() ctx: Context) {
    return event.payoutId ? payoutById(ctx).load(event.payoutId) : null;
  }

  // The objects below are shown only where the subscriber may read them by query: an
  // affiliate's COMMISSION_EARNED does not reveal the client's contract, say.
  @FieldResolver(() => Contract, { nullable: true, description: 'The contract the money moved for, if the subscriber may see it.' })
  contract(@Root() event: PaymentEvent, @Ctx() ctx: Context) {
    return visible(ctx, event.contractId);
  }

  @FieldResolver(() => Milestone, { nullable: true, description: 'The milestone, for milestone events, if the subscriber may see it.' })
  milestone(@Root() event: PaymentEvent, @Ctx() ctx: Context) {
    return visible(ctx, event.milestoneId);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The weekly invoice, for hourly billing, if the subscriber may see it.' })
  invoice(@Root() event: PaymentEvent, @Ctx() ctx: Context) {
    return visible(ctx, event.invoiceId);
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The referral, for COMMISSION_EARNED.' })
  referral(@Root() event: PaymentEvent, @Ctx() ctx: Context) {
    return visible(ctx, event.referralId);
  }
}

@Resolver(() => OfferEvent)
export class OfferEventResolver {
  @Subscription(() => OfferEvent, {
    description:
      "Offer changes (OF-5): a team's offers, client or agency side (its members who may see its work; outsiders NOT_FOUND), or, without `teamId`, the caller's own offers as the freelancer. With `after`, first every later event in order, then live ones.",
    subscribe: ({ args, context }) => events.offerEvents(context as Context, args),
  })
  offerEvents(
    @Root() event: EventRow,
    @Arg('teamId', () => ID, { nullable: true, description: 'The team whose offers to follow; the caller\'s own when omitted.' }) _teamId?: string,
    @Arg('after', () => String, { nullable: true, description: 'The id of the last event received: resume right after it.' }) _after?: string,
  ): OfferEvent {
    return events.toOfferEvent(event);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made it happen, if the subscriber may see that user; null for what the system did on its own (expiry, billing, availability).' })
  async actor(@Root() event: OfferEvent, @Ctx() ctx: Context) {
    return event.actorId ? ((await findUser(ctx, event.actorId)) ?? null) : null;
  }

  @FieldResolver(() => Offer, { description: 'The offer as it is now.' })
  offer(@Root() event: OfferEvent, @Ctx() ctx: Context) {
    return offerById(ctx).load(event.offerId);
  }
}

@Resolver(() => Team)
export class TeamEventHistoryResolver {
  @FieldResolver(() => OfferEventConnection, {
    description:
      "The team's offer events (OF-5), newest first unless `orderBy` says otherwise: its members (every role may see the team's work), and staff. `latestEventId` is the id to subscribe `offerEvents(teamId, after:)` with.",
  })
  async offerEvents(
    @Root() team: Team,
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OfferEventFilter, { nullable: true, description: 'Which events; all when omitted.' }) filter?: OfferEventFilter,
    @Arg('orderBy', () => EventOrder, { nullable: true, description: 'The order; newest first (ID DESC) when omitted.' }) orderBy?: EventOrder,
  ) {
    await requireTeamPermission(ctx, team.id, Permission.ViewWork);
    return teamEventHistory(ctx, events.toOfferEvent, team.id, EventStream.OFFER, args, filter, orderBy);
  }

  @FieldResolver(() => PaymentEventConnection, {
    description:
      "The team's payment events, newest first unless `orderBy` says otherwise: its OWNER, ADMIN and FINANCIAL members, and staff. `latestEventId` is the id to subscribe `paymentEvents(teamId, after:)` with.",
  })
  async paymentEvents(
    @Root() team: Team,
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => PaymentEventFilter, { nullable: true, description: 'Which events; all when omitted.' }) filter?: PaymentEventFilter,
    @Arg('orderBy', () => EventOrder, { nullable: true, description: 'The order; newest first (ID DESC) when omitted.' }) orderBy?: EventOrder,
  ) {
    await requireTeamPermission(ctx, team.id, Permission.ViewFinances);
    return teamEventHistory(ctx, events.toPaymentEvent, team.id, EventStream.PAYMENT, args, filter, orderBy);
  }
}

export const EVENT_RESOLVERS = [PaymentEventResolver, OfferEventResolver, TeamEventHistoryResolver] as const;
