import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { payoutById } from '../payouts/payout.loaders';
import { Payout } from '../payouts/payout.types';
import type { EventRow } from './event-log';
import * as events from './events.service';
import { OfferEvent, PaymentEvent } from './events.types';
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

  @FieldResolver(() => Payout, { nullable: true, description: 'The payout, for payout events.' })
  payout(@Root() event: PaymentEvent, @Ctx() ctx: Context) {
    return event.payoutId ? payoutById(ctx).load(event.payoutId) : null;
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

  @FieldResolver(() => Offer, { description: 'The offer as it is now.' })
  offer(@Root() event: OfferEvent, @Ctx() ctx: Context) {
    return offerById(ctx).load(event.offerId);
  }
}

export const EVENT_RESOLVERS = [PaymentEventResolver, OfferEventResolver] as const;
