/**
 * RF-2, RF-3: commission accrues on the referred client's spend on their first contract.
 *
 * The money module calls the hooks registered here inside every `chargeClient` (milestone
 * funding, hourly invoices) and `refundEscrow`, in the charging transaction. After each, the
 * referral's commission is brought to
 *
 *     max(min(70% of the first contract's net spend, $150), what was already paid out)
 *
 * by one ledger transaction (COMMISSIONS_EXPENSE -> COMMISSIONS_PAYABLE to accrue, the reverse
 * to reduce) and one or more `commission` rows. An accrual is a COMMISSION_EARNED payment event
 * for the affiliate. The affiliate's row is locked first, so concurrent charges of one referral
 * never pass the cap, and a payout run (commission.payouts.ts) never races a reversal.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeSql, selectOne, selectRows } from '../../db/sql';
import { newId } from '../../shared/ids';
import { Money } from '../../shared/money';
import { PaymentEventType, recordPaymentEvent } from '../events/payment-events';
import { contractSpend, onClientCharged, onEscrowRefunded, type ClientSpend } from '../money/escrow.service';
import { LedgerAccountKind, LedgerTransactionKind } from '../money/ledger.entity';
import { postTransaction } from '../money/ledger.service';
import { AffiliateStatus } from './affiliate.entity';

/** RF-2: the program's terms: 70% of the first contract's spend, at most $150 per new client. */
export const COMMISSION_BPS = 7000;
export const COMMISSION_CAP = Money.ofCents(15_000);

/** The calendar month (UTC) of an instant, as YYYY-MM. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** RF-2: what a net spend earns, before what was paid is taken into account. */
export function commissionOn(spend: Money): Money {
  if (!spend.isPositive()) return Money.zero(spend.currency);
  return spend.percentBps(COMMISSION_BPS).min(COMMISSION_CAP);
}

interface CreditedReferral {
  referralId: string;
  affiliateId: string;
  affiliateUserId: string;
  referredUserId: string;
  signedUpAt: Date;
}

/**
 * The referral whose first contract `contractId` may be: the referral already fixed on it, or
 * the referral of the user who owns the contract's client team, if none is fixed yet (RF-1:
 * a referral is per user; the client team the referred user owns is "the referred client").
 */
async function referralOfContract(em: EntityManager, contractId: string): Promise<CreditedReferral | undefined> {
  const columns = `r.id as "referralId", r.affiliate_id as "affiliateId", a.user_id as "affiliateUserId", r.referred_user_id as "referredUserId", r.created_at as "signedUpAt"`;
  return selectOne<CreditedReferral>(
    em,
    `(select ${columns} from referral r join affiliate a on a.id = r.affiliate_id where r.first_contract_id = ?)
     union all
     (select ${columns} from contract c
        join team t on t.id = c.client_team_id
        join referral r on r.referred_user_id = t.owner_id and r.first_contract_id is null
        join affiliate a on a.id = r.affiliate_id
       where c.id = ?)
     limit 1`,
    [contractId, contractId],
  );
}

/**
 * The referral's first contract, fixed on the referral the first time it is asked for: the
 * earliest contract (created_at, id), made after the referred user signed up, of a client team
 * the referred user owns. Call with the affiliate's row locked.
 */
async function firstContractOf(em: EntityManager, referral: CreditedReferral): Promise<string | undefined> {
  const fixed = await selectOne<{ firstContractId: string | null }>(em, 'select first_contract_id as "firstContractId" from referral where id = ?', [referral.referralId]);
  if (fixed?.firstContractId) return fixed.firstContractId;
  const first = await selectOne<{ id: string }>(
    em,
    `select c.id from contract c join team t on t.id = c.client_team_id
      where t.owner_id = ? and c.created_at >= ? order by c.created_at, c.id limit 1`,
    [referral.referredUserId, referral.signedUpAt],
  );
  if (first) await executeSql(em, 'update referral set first_contract_id = ? where id = ? and first_contract_id is null', [first.id, referral.referralId]);
  return first?.id;
}

/** Locks the affiliate's row: every change of its commissions, and its payouts, queue on it. */
export async function lockAffiliate(em: EntityManager, affiliateId: string): Promise<{ status: AffiliateStatus; userId: string } | undefined> {
  // NO KEY UPDATE: clicks and referrals (foreign keys to the row) are not held up by it.
  return selectOne(em, 'select status, user_id as "userId" from affiliate where id = ? for no key update', [affiliateId]);
}

/**
 * RF-2: brings a referral's commission in line with its first contract's spend after `spend`
 * (a charge or a refund) moved money on `spend.contractId`. Spend on any other contract, or of
 * a client nobody referred, changes nothing. A suspended affiliate earns nothing new, but a
 * refund still reduces what they have not been paid.
 */
export async function settleCommission(em: EntityManager, spend: ClientSpend, charged: boolean): Promise<void> {
  const referral = await referralOfContract(em, spend.contractId);
  if (!referral) return;
  const affiliate = await lockAffiliate(em, referral.affiliateId);
  if (!affiliate || (await firstContractOf(em, referral)) !== spend.contractId) return;

  const totals = await selectOne<{ accrued: string; paid: string }>(
    em,
    `select coalesce(sum(amount), 0) as accrued, coalesce(sum(amount) filter (where payout_id is not null), 0) as paid
       from commission where referral_id = ?`,
    [referral.referralId],
  );
  const accrued = Money.ofCents(totals!.accrued);
  const paid = Money.ofCents(totals!.paid);
  const earned = commissionOn(await contractSpend(em, spend.contractId));
  // Refunds reduce the commission only while it is unpaid (RF-2).
  const target = earned.cents > paid.cents ? earned : paid;
  const change = target.minus(accrued);
  if (change.isPositive() && charged && affiliate.status === AffiliateStatus.APPROVED) {
    await accrue(em, referral, spend, change);
  } else if (change.isNegative()) {
    await reverse(em, referral, spend, change.negate());
  }
}

async function accrue(em: EntityManager, referral: CreditedReferral, spend: ClientSpend, amount: Money): Promise<void> {
  const refs = { contractId: spend.contractId, referralId: referral.referralId };
  const posted = await postTransaction(em, {
    kind: LedgerTransactionKind.COMMISSION_ACCRUED,
    now: spend.now,
    refs,
    legs: [
      { account: { owner: { platform: true }, kind: LedgerAccountKind.COMMISSIONS_EXPENSE }, amount: amount.negate() },
      { account: { owner: { userId: referral.affiliateUserId }, kind: LedgerAccountKind.COMMISSIONS_PAYABLE }, amount },
    ],
  });
  await insertCommission(em, referral, spend, amount, monthOf(spend.now), posted.id);
  // The event comes last: appending takes the event log's lock until commit.
  await recordPaymentEvent(em, { type: PaymentEventType.COMMISSION_EARNED, now: spend.now, holder: { userId: referral.affiliateUserId }, amount, refs });
}

/**
 * Takes `amount` back from the referral's unpaid commission, newest month first: each month
 * gets its own (negative) row, so no month's unpaid total goes below zero and a month being
 * paid out is paid exactly what the ledger holds for it.
 */
async function reverse(em: EntityManager, referral: CreditedReferral, spend: ClientSpend, amount: Money): Promise<void> {
  const posted = await postTransaction(em, {
    kind: LedgerTransactionKind.COMMISSION_REVERSED,
    now: spend.now,
    refs: { contractId: spend.contractId, referralId: referral.referralId },
    legs: [
      { account: { owner: { userId: referral.affiliateUserId }, kind: LedgerAccountKind.COMMISSIONS_PAYABLE }, amount: amount.negate() },
      { account: { owner: { platform: true }, kind: LedgerAccountKind.COMMISSIONS_EXPENSE }, amount },
    ],
  });
  const months = await selectRows<{ month: string; unpaid: string }>(
    em,
    `select month, sum(amount) as unpaid from commission where referral_id = ? and payout_id is null
      group by month having sum(amount) > 0 order by month desc`,
    [referral.referralId],
  );
  let left = amount;
  for (const month of months) {
    if (!left.isPositive()) break;
    const part = left.min(Money.ofCents(month.unpaid));
    await insertCommission(em, referral, spend, part.negate(), month.month, posted.id);
    left = left.minus(part);
  }
  if (left.isPositive()) throw new Error(`commission: reversal of ${amount} exceeds the unpaid commission of ${referral.referralId}`);
}

async function insertCommission(em: EntityManager, referral: CreditedReferral, spend: ClientSpend, amount: Money, month: string, transactionId: string): Promise<void> {
  await executeSql(
    em,
    `insert into commission (id, affiliate_id, referral_id, contract_id, amount, currency, earned_at, month, transaction_id)
     values (?, ?, ?, ?, ?::bigint, ?, ?, ?, ?)`,
    [newId('Commission'), referral.affiliateId, referral.referralId, spend.contractId, amount.cents.toString(), amount.currency, spend.now, month, transactionId],
  );
}

onClientCharged((em, spend) => settleCommission(em, spend, true));
onEscrowRefunded((em, spend) => settleCommission(em, spend, false));
