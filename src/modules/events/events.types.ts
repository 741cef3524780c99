import { Field, InputType, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { ConnectionType, SortDirection } from '../../graphql/connection';
import { Money } from '../../shared/money';
import { OfferEventType } from './offer-events';
import { PaymentEventType } from './payment-events';

export { OfferEventType, PaymentEventType };

registerEnumType(OfferEventType, {
  name: 'OfferEventType',
  description: 'What happened to an offer (OF-5).',
  valuesConfig: {
    SENT: { description: 'The client sent the offer.' },
    ACCEPTED: { description: 'The offer was accepted and its contract made (OF-4).' },
    DECLINED: { description: 'The freelancer or the agency declined it (OF-3).' },
    WITHDRAWN: { description: 'The client took it back, or cancelled the job.' },
    EXPIRED: { description: 'It passed its expiry time unanswered (OF-2).' },
  },
});

registerEnumType(PaymentEventType, {
  name: 'PaymentEventType',
  description: 'What happened to money.',
  valuesConfig: {
    MILESTONE_FUNDED: { description: 'The client funded a milestone into escrow (MS-1).' },
    MILESTONE_RELEASED: { description: 'An approved milestone was released to the payee, pending for the security period (MS-2, MS-4).' },
    INVOICE_BILLED: { description: "A week of an hourly contract was invoiced to the client (TM-2)." },
    FUNDS_AVAILABLE: { description: 'Pending money became available to withdraw (MS-4, TM-2).' },
    PAYOUT_REQUESTED: { description: 'A payout was requested (PO-1).' },
    PAYOUT_PAID: { description: 'A payout reached its payout method (PO-2).' },
    PAYOUT_FAILED: { description: 'A payout failed and its money returned to the account (PO-2).' },
    COMMISSION_EARNED: { description: 'An affiliate earned commission on a referred client\'s spend (RF-2).' },
    MILESTONE_REFUNDED: { description: "A milestone's escrow went back to the client: the contract ended before it was submitted, or staff refunded part of a dispute (CT-3, CT-4)." },
    DISPUTE_OPENED: { description: 'The contract ended after a milestone was submitted: its escrow waits for staff (CT-4). For the client team and the payee, with the amount in dispute.' },
    DISPUTE_RESOLVED: { description: "Staff resolved a disputed milestone (CT-4): for the payee, the net released (pending for the security period); for the client team, the part refunded." },
  },
});

/** The fields every event has (docs/api.md, Subscriptions). */
@ObjectType()
export abstract class EventBase {
  @Field({ description: 'The event id: pass it as `after` to resume from here after a disconnect.' })
  id: string;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  /** Who made it happen (see the `actor` field); null for what the system did on its own. */
  actorId: string | null;
}

@ObjectType({ description: "A movement of money in an account the subscriber may read (a team's, for financial roles, or their own)." })
export class PaymentEvent extends EventBase {
  @Field(() => PaymentEventType, { description: 'What happened.' })
  type: PaymentEventType;

  @Field(() => Money, { description: 'How much money moved, as the account holder sees it.' })
  amount: Money;

  payoutId: string | null;
  contractId: string | null;
  milestoneId: string | null;
  invoiceId: string | null;
  referralId: string | null;
}

@ObjectType({ description: "A change of an offer the subscriber may read: the team's offers (client or agency side), or the caller's own." })
export class OfferEvent extends EventBase {
  @Field(() => OfferEventType, { description: 'What happened.' })
  type: OfferEventType;

  offerId: string;
}

export enum EventOrderField {
  ID = 'ID',
}
registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'What to order events by.',
  valuesConfig: { ID: { description: 'The event id: the order events were committed in, which is the order subscriptions deliver them.' } },
});

@InputType({ description: 'An ordering of events.' })
export class EventOrder {
  @Field(() => EventOrderField, { defaultValue: EventOrderField.ID, description: 'The field to order by; ID (commit order) when omitted.' })
  field: EventOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'DESC (newest first) when omitted; ASC for oldest first.' })
  direction: SortDirection;
}

@InputType({ description: 'Which offer events to list; all of them when omitted.' })
export class OfferEventFilter {
  @Field(() => [OfferEventType], { nullable: true, description: 'Only events of these types; every type when omitted.' })
  types?: OfferEventType[] | null;

  @Field(() => Date, { nullable: true, description: 'Only events that happened at or after this instant.' })
  occurredAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only events that happened before this instant.' })
  occurredBefore?: Date | null;
}

@InputType({ description: 'Which payment events to list; all of them when omitted.' })
export class PaymentEventFilter {
  @Field(() => [PaymentEventType], { nullable: true, description: 'Only events of these types; every type when omitted.' })
  types?: PaymentEventType[] | null;

  @Field(() => Date, { nullable: true, description: 'Only events that happened at or after this instant.' })
  occurredAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only events that happened before this instant.' })
  occurredBefore?: Date | null;
}

/** A page of event history, with the id to subscribe after (docs/api.md, "Load, then subscribe"). */
function EventHistoryConnection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Connection`, { description: `A page of ${name} history (Relay connection), with the id to subscribe after.` })
  class HistoryConnection extends ConnectionType(nodeType, name, `${name}ConnectionBase`) {
    @Field({
      description:
        'The newest event id when this page was read (every event up to it is in the history, none after it): subscribe with `after: latestEventId` to receive exactly what happened since, with no gap and no duplicate.',
    })
    latestEventId: string;
  }
  return HistoryConnection;
}

export const OfferEventConnection = EventHistoryConnection(OfferEvent, 'OfferEvent');
export const PaymentEventConnection = EventHistoryConnection(PaymentEvent, 'PaymentEvent');
