import { selectRows, whereRange } from '../../db/sql';
import { defineNestedList, SortDirection, type DatedListArgs } from '../../graphql/connection';
import { byKey, defineLoader, rowsById } from '../../graphql/loaders';
import { Money } from '../../shared/money';
import { COMMISSION_COLUMNS, type Commission } from './commission.types';

export const commissionById = rowsById<Commission>(`select ${COMMISSION_COLUMNS} from commission`);

/** `Affiliate.commissions`, newest first, for every affiliate of a request in one statement. */
export const commissionsOfAffiliate = defineNestedList<Commission, DatedListArgs>((affiliateIds, args) => {
  const where: string[] = [];
  const params: unknown[] = [affiliateIds];
  whereRange('earned_at', args.filter?.from, args.filter?.to, where, params);
  return {
    sql: `select ${COMMISSION_COLUMNS} from commission where affiliate_id in (?)${where.map((condition) => ` and ${condition}`).join('')}`,
    params,
    partitionBy: 'affiliateId',
    sort: { column: 'earnedAt', type: 'timestamptz', direction: args.orderBy?.direction ?? SortDirection.DESC },
  };
});

/** RF-2: each referral's commission so far (accruals less reversals), zero when none. */
export const commissionOfReferral = defineLoader<string, Money>(async (em, referralIds) => {
  const rows = await selectRows<{ referralId: string; total: string }>(
    em,
    'select referral_id as "referralId", sum(amount) as total from commission where referral_id in (?) group by referral_id',
    [referralIds as string[]],
  );
  return byKey(referralIds, rows, (row) => row.referralId).map((row) => Money.ofCents(row?.total ?? '0'));
});
