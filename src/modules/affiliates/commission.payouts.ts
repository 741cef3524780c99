/**
 * RF-4: commission earned in a calendar month is paid Net 30, on the 30th day after the month
 * ends (the month's last day + 30 days, 00:00 UTC: March's on April 30), to the affiliate's
 * payout method, when the affiliate's unpaid commission of every month due by then (earlier
 * months carried over included) reaches the minimum payout (AFFILIATE_MIN_PAYOUT). Less, or an
 * affiliate without an active payout method, carries over to the next run; nothing is lost.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { executeSql, selectOne, selectRows } from '../../db/sql';
import { Money } from '../../shared/money';
import { LedgerAccountKind, LedgerTransactionKind } from '../money/ledger.entity';
import { createPayout } from '../payouts/payout.service';
import { registerDueWork } from '../scheduler/due-work';
import { transaction } from '../../db/transaction';
import { lockAffiliate } from './commission.service';

/** RF-4: Net 30. */
export const PAYOUT_DELAY_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

/** The instant a month's commission is due: its last day + 30 days, 00:00 UTC. `month` is YYYY-MM. */
export function payoutDayOf(month: string): Date {
  const [year, monthIndex] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, monthIndex, 0) + PAYOUT_DELAY_DAYS * DAY_MS);
}

/** The latest month whose commission is due by `now` (YYYY-MM). */
export function latestDueMonth(now: Date): string {
  for (let back = 0; ; back++) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    if (payoutDayOf(month) <= now) return month;
  }
}

/**
 * Pays one affiliate everything due by `dueMonth`, if it reaches the minimum and they have an
 * active payout method (their oldest one). The affiliate's row is locked first, so concurrent
 * runs, accruals and reversals queue: a second run finds nothing unpaid. Returns whether it paid.
 */
export async function payAffiliateCommission(em: EntityManager, affiliateId: string, dueMonth: string, now: Date, minPayoutCents: bigint): Promise<boolean> {
  const affiliate = await lockAffiliate(em, affiliateId);
  if (!affiliate) return false;
  const due = await selectOne<{ total: string }>(
    em,
    'select coalesce(sum(amount), 0) as total from commission where affiliate_id = ? and payout_id is null and month <= ?',
    [affiliateId, dueMonth],
  );
  const total = Money.ofCents(due!.total);
  if (!total.isPositive() || total.cents < minPayoutCents) return false;
  const method = await selectOne<{ id: string }>(
    em,
    'select id from payout_method where user_id = ? and removed_at is null order by created_at, id limit 1',
    [affiliate.userId],
  );
  if (!method) return false;
  const { payoutId } = await createPayout(em, {
    owner: { userId: affiliate.userId },
    payoutMethodId: method.id,
    amount: total,
    now,
    requestedById: affiliate.userId,
    from: LedgerAccountKind.COMMISSIONS_PAYABLE,
    transactionKind: LedgerTransactionKind.COMMISSION_PAID,
  });
  await executeSql(em, 'update commission set payout_id = ? where affiliate_id = ? and payout_id is null and month <= ?', [payoutId, affiliateId, dueMonth]);
  return true;
}

/** The due work: every affiliate with unpaid commission due by `now`, each in its own transaction. */
export async function payDueCommissions(em: EntityManager, now: Date, config: Config): Promise<number> {
  const dueMonth = latestDueMonth(now);
  const affiliates = await selectRows<{ affiliateId: string }>(
    em,
    `select affiliate_id as "affiliateId" from commission where payout_id is null and month <= ?
      group by affiliate_id having sum(amount) > 0 order by 1`,
    [dueMonth],
  );
  let paid = 0;
  for (const { affiliateId } of affiliates) {
    const done = await transaction(em, (tx) => payAffiliateCommission(tx, affiliateId, dueMonth, now, config.affiliateMinPayoutCents));
    if (done) paid++;
  }
  return paid;
}

registerDueWork({ name: 'affiliates.pay-commissions', run: payDueCommissions });
