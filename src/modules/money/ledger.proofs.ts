/**
 * MN-1: proofs that each ledger account holds what the business objects it mirrors say, not
 * only that entries balance. A transaction with its legs swapped still sums to zero; these
 * catch it, because the account then disagrees with the rows it stands for:
 *
 * - ESCROW (per contract): its funded milestones not yet released or refunded (FUNDED,
 *   SUBMITTED, CHANGES_REQUESTED, DISPUTED). Hourly invoices are charged and released at once.
 * - PAYEE_PENDING: its pending releases not yet made available (MS-4, TM-2).
 * - PAYEE_AVAILABLE: the releases made available, less the payouts requested from it, plus the
 *   failed payouts of its owner (a failed payout returns there).
 * - PAYOUTS_IN_FLIGHT / PAID_OUT: its owner's PENDING / PAID payouts.
 * - COMMISSIONS_PAYABLE: the affiliate's commission not yet paid out (RF-2, RF-4).
 * - per payout method: what left through it (PAID_OUT entries of its payouts) equals its PAID payouts.
 * - pending releases are due when their rule says: a milestone's 5 days after release (MS-4), a
 *   week's invoice 10 days after the week ends (TM-2).
 *
 * Reads business tables on purpose: it is the cross-check of the money module against the others.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '../../db/sql';
import { Money } from '../../shared/money';

export interface AccountMismatch {
  /** The account, or the payout method / pending release for those proofs. */
  subjectId: string;
  /** The account kind, or PAYOUT_METHOD / RELEASE_DUE_DATE. */
  kind: string;
  ownerId: string | null;
  expected: Money;
  actual: Money;
}

const PROOFS_SQL = `
with acct as (select id, kind, owner_id, scope, balance from ledger_account),
released as (
  select pr.available_account_id as account_id, sum(pr.amount) as total from pending_release pr where pr.released_at is not null group by 1
),
requested as (
  select e.account_id, sum(p.amount) as total
    from payout p join ledger_entry e on e.transaction_id = p.request_transaction_id and e.amount < 0
   group by 1
),
failed as (
  select coalesce(p.team_id, p.user_id) as owner_id, sum(p.amount) as total from payout p where p.status = 'FAILED' group by 1
),
expected as (
  select a.id, a.kind, a.owner_id, a.balance,
    case a.kind
      when 'ESCROW' then (select coalesce(sum(m.amount_cents), 0) from milestone m
                           where m.contract_id = a.scope and m.status in ('FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'DISPUTED'))
      when 'PAYEE_PENDING' then (select coalesce(sum(pr.amount), 0) from pending_release pr where pr.pending_account_id = a.id and pr.released_at is null)
      when 'PAYEE_AVAILABLE' then coalesce((select total from released r where r.account_id = a.id), 0)
                                - coalesce((select total from requested q where q.account_id = a.id), 0)
                                + coalesce((select total from failed f where f.owner_id = a.owner_id), 0)
      when 'PAYOUTS_IN_FLIGHT' then (select coalesce(sum(p.amount), 0) from payout p where coalesce(p.team_id, p.user_id) = a.owner_id and p.status = 'PENDING')
      when 'PAID_OUT' then (select coalesce(sum(p.amount), 0) from payout p where coalesce(p.team_id, p.user_id) = a.owner_id and p.status = 'PAID')
      when 'COMMISSIONS_PAYABLE' then (select coalesce(sum(c.amount), 0) from commission c join affiliate f on f.id = c.affiliate_id
                                        where f.user_id = a.owner_id and c.payout_id is null)
    end as expected
  from acct a
)
select id as "subjectId", kind, owner_id as "ownerId", expected::text as expected, balance::text as actual
  from expected where expected is not null and expected <> balance
union all
select pm.id, 'PAYOUT_METHOD', coalesce(pm.team_id, pm.user_id),
       (select coalesce(sum(p.amount), 0) from payout p where p.payout_method_id = pm.id and p.status = 'PAID')::text,
       (select coalesce(sum(e.amount), 0) from payout p join ledger_entry e on e.transaction_id = p.settle_transaction_id
          join ledger_account a on a.id = e.account_id and a.kind = 'PAID_OUT' where p.payout_method_id = pm.id)::text
  from payout_method pm
 where (select coalesce(sum(p.amount), 0) from payout p where p.payout_method_id = pm.id and p.status = 'PAID')
    <> (select coalesce(sum(e.amount), 0) from payout p join ledger_entry e on e.transaction_id = p.settle_transaction_id
          join ledger_account a on a.id = e.account_id and a.kind = 'PAID_OUT' where p.payout_method_id = pm.id)
union all
select pr.id, 'RELEASE_DUE_DATE', null,
       extract(epoch from (case when t.invoice_id is not null then i.week_start + interval '17 days' else t.occurred_at + interval '5 days' end))::bigint::text,
       extract(epoch from pr.available_at)::bigint::text
  from pending_release pr join ledger_transaction t on t.id = pr.transaction_id left join invoice i on i.id = t.invoice_id
 where (t.milestone_id is not null or t.invoice_id is not null)
   and pr.available_at <> case when t.invoice_id is not null then i.week_start + interval '17 days' else t.occurred_at + interval '5 days' end
`;

/** Every account (and payout method, and pending release) that disagrees with its business objects. */
export async function accountMismatches(em: EntityManager): Promise<AccountMismatch[]> {
  const rows = await selectRows<{ subjectId: string; kind: string; ownerId: string | null; expected: string; actual: string }>(em, PROOFS_SQL);
  return rows.map((row) => ({ ...row, expected: Money.ofCents(row.expected), actual: Money.ofCents(row.actual) }));
}
