import type { EntityManager } from '@mikro-orm/postgresql';
import { selectOne } from '../../db/sql';
import type { Money } from '../../shared/money';
import { appendEvent } from './event-log';
import { EventStream } from './event.entity';

/** What happened to money, as `paymentEvents` reports it (docs/api.md). */
export enum PaymentEventType {
  MILESTONE_FUNDED = 'MILESTONE_FUNDED',
  MILESTONE_RELEASED = 'MILESTONE_RELEASED',
  INVOICE_BILLED = 'INVOICE_BILLED',
  FUNDS_AVAILABLE = 'FUNDS_AVAILABLE',
  PAYOUT_REQUESTED = 'PAYOUT_REQUESTED',
  PAYOUT_PAID = 'PAYOUT_PAID',
  PAYOUT_FAILED = 'PAYOUT_FAILED',
  COMMISSION_EARNED = 'COMMISSION_EARNED',
  /** CT-3, CT-4: a milestone's escrow went back to the client. */
  MILESTONE_REFUNDED = 'MILESTONE_REFUNDED',
  /** CT-4: the contract ended with the milestone submitted; its escrow waits for staff. */
  DISPUTE_OPENED = 'DISPUTE_OPENED',
  /** CT-4: staff split a disputed milestone between the payee and the client. */
  DISPUTE_RESOLVED = 'DISPUTE_RESOLVED',
}

export type AccountHolder = { teamId: string } | { userId: string };

export interface PaymentEventRefs {
  payoutId?: string | null;
  contractId?: string | null;
  milestoneId?: string | null;
  invoiceId?: string | null;
  referralId?: string | null;
}

/**
 * Records a payment event for the account of `holder` (a team's financial members, or a user
 * themself, follow it), in the caller's transaction (written when it commits).
 */
export async function recordPaymentEvent(
  em: EntityManager,
  event: { type: PaymentEventType; now: Date; holder: AccountHolder; amount: Money; refs?: PaymentEventRefs; actorId?: string | null },
): Promise<void> {
  const refs = event.refs ?? {};
  return appendEvent(em, {
    stream: EventStream.PAYMENT,
    type: event.type,
    occurredAt: event.now,
    subjectId: refs.payoutId ?? refs.milestoneId ?? refs.invoiceId ?? refs.referralId ?? refs.contractId ?? ('teamId' in event.holder ? event.holder.teamId : event.holder.userId),
    teamIds: 'teamId' in event.holder ? [event.holder.teamId] : [],
    userIds: 'userId' in event.holder ? [event.holder.userId] : [],
    data: { amountCents: event.amount.cents.toString(), currency: event.amount.currency, ...refs },
    actorId: event.actorId ?? null,
  });
}

/** The team or user holding a ledger account; undefined for the platform's own accounts. */
export async function holderOfAccount(em: EntityManager, accountId: string): Promise<AccountHolder | undefined> {
  const row = await selectOne<{ ownerType: string; ownerId: string | null }>(
    em,
    'select owner_type as "ownerType", owner_id as "ownerId" from ledger_account where id = ?',
    [accountId],
  );
  if (!row?.ownerId) return undefined;
  if (row.ownerType === 'TEAM') return { teamId: row.ownerId };
  if (row.ownerType === 'USER') return { userId: row.ownerId };
  return undefined;
}
