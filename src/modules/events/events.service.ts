import { hasTeamPermission, requireTeamPermission, requireViewer } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import type { Context } from '../../graphql/context';
import { Money } from '../../shared/money';
import type { EventRow } from './event-log';
import { eventStream } from './event-stream';
import { EventStream } from './event.entity';
import { findOffer } from '../offers/offer.service';
import type { OfferEvent, OfferEventType, PaymentEvent, PaymentEventType } from './events.types';

export interface StreamArgs {
  teamId?: string | null;
  after?: string | null;
}

/**
 * `paymentEvents` (PO-2, AC-1, AC-3): with a team, its account's events, for its financial
 * roles; without, the caller's own account. Checked when subscribing and again for every event.
 */
export async function paymentEvents(ctx: Context, args: StreamArgs): Promise<AsyncIterable<EventRow>> {
  const viewer = requireViewer(ctx);
  const teamId = args.teamId ?? null;
  if (teamId) await requireTeamPermission(ctx, teamId, Permission.ViewFinances);
  return eventStream(ctx, {
    stream: EventStream.PAYMENT,
    after: args.after,
    teamId,
    userId: viewer.id,
    mayRead: async (fresh, event) =>
      teamId ? hasTeamPermission(fresh, teamId, Permission.ViewFinances) : event.userIds.includes(viewer.id),
  });
}

export function toPaymentEvent(event: EventRow): PaymentEvent {
  const data = event.data as Record<string, string | null | undefined>;
  return {
    id: event.id,
    type: event.type as PaymentEventType,
    occurredAt: event.occurredAt as Date,
    actorId: event.actorId ?? null,
    amount: Money.ofCents(data.amountCents ?? '0', data.currency ?? 'USD'),
    payoutId: data.payoutId ?? null,
    contractId: data.contractId ?? null,
    milestoneId: data.milestoneId ?? null,
    invoiceId: data.invoiceId ?? null,
    referralId: data.referralId ?? null,
  };
}

/**
 * `offerEvents` (OF-5, AC-3): with a team, the offers of that team (client or agency side), for
 * members who may see its work; without, the caller's own offers as the freelancer. Each event
 * is delivered only if the subscriber could read that offer by query at that moment.
 */
export async function offerEvents(ctx: Context, args: StreamArgs): Promise<AsyncIterable<EventRow>> {
  const viewer = requireViewer(ctx);
  const teamId = args.teamId ?? null;
  if (teamId) await requireTeamPermission(ctx, teamId, Permission.ViewWork);
  return eventStream(ctx, {
    stream: EventStream.OFFER,
    after: args.after,
    teamId,
    userId: viewer.id,
    mayRead: async (fresh, event) => {
      if (teamId && !(await hasTeamPermission(fresh, teamId, Permission.ViewWork))) return false;
      return (await findOffer(fresh, event.subjectId)) !== undefined;
    },
  });
}

export function toOfferEvent(event: EventRow): OfferEvent {
  return { id: event.id, type: event.type as OfferEventType, occurredAt: event.occurredAt as Date, actorId: event.actorId ?? null, offerId: event.subjectId };
}
