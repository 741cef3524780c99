import { selectRows, whereRange } from '../../db/sql';
import { defineNestedList, SortDirection, type DatedListArgs } from '../../graphql/connection';
import { byKey, defineLoader, groupByKey, rowsById } from '../../graphql/loaders';
import { Money } from '../../shared/money';
import {
  AFFILIATE_COLUMNS,
  CLICK_COLUMNS,
  MATERIAL_COLUMNS,
  MATERIAL_FROM,
  REFERRAL_COLUMNS,
  type Affiliate,
  type AffiliateMonthTotal,
  type PromotionalMaterial,
  type Referral,
  type ReferralClick,
} from './affiliate.types';

export const affiliateById = rowsById<Affiliate>(`select ${AFFILIATE_COLUMNS} from affiliate`);
export const materialById = rowsById<PromotionalMaterial>(`select ${MATERIAL_COLUMNS} from ${MATERIAL_FROM}`, 'm.id');
export const clickById = rowsById<ReferralClick>(`select ${CLICK_COLUMNS} from referral_click`);
export const referralById = rowsById<Referral>(`select ${REFERRAL_COLUMNS} from referral`);

/** A user's affiliate record, if they applied. */
export const affiliateOfUser = defineLoader<string, Affiliate | undefined>(async (em, userIds) => {
  const rows = await selectRows<Affiliate>(em, `select ${AFFILIATE_COLUMNS} from affiliate where user_id in (?)`, [userIds as string[]]);
  return byKey(userIds, rows, (row) => row.userId);
});

const MATERIAL_ORDER = `case m.kind when 'BANNER' then 1 when 'TEXT_LINK' then 2 when 'LOGO' then 3 else 4 end`;

/** Each affiliate's materials, in a fixed order of kinds. */
export const materialsOfAffiliate = defineLoader<string, PromotionalMaterial[]>(async (em, affiliateIds) => {
  const rows = await selectRows<PromotionalMaterial>(
    em,
    `select ${MATERIAL_COLUMNS} from ${MATERIAL_FROM} where m.affiliate_id in (?) order by ${MATERIAL_ORDER}`,
    [affiliateIds as string[]],
  );
  return groupByKey(affiliateIds, rows, (row) => row.affiliateId);
});

/** AF-2: clicks counted per material. */
export const clickCountOfMaterial = defineLoader<string, number>(async (em, materialIds) => {
  const rows = await selectRows<{ materialId: string; clicks: string }>(
    em,
    `select material_id as "materialId", count(*) as clicks from referral_click where material_id in (?) group by material_id`,
    [materialIds as string[]],
  );
  return byKey(materialIds, rows, (row) => row.materialId).map((row) => Number(row?.clicks ?? 0));
});

/** Per calendar month (UTC), each affiliate's clicks, signups and commission, newest month first. */
export const monthlyTotalsOfAffiliate = defineLoader<string, AffiliateMonthTotal[]>(async (em, affiliateIds) => {
  const ids = affiliateIds as string[];
  const rows = await selectRows<{ affiliateId: string; month: string; clicks: string; signups: string; commission: string; paid: string }>(
    em,
    `with c as (
       select affiliate_id, to_char(created_at at time zone 'UTC', 'YYYY-MM') as month, count(*) as n
         from referral_click where affiliate_id in (?) group by 1, 2),
     s as (
       select affiliate_id, to_char(created_at at time zone 'UTC', 'YYYY-MM') as month, count(*) as n
         from referral where affiliate_id in (?) group by 1, 2),
     m as (
       select affiliate_id, month, sum(amount) as earned, coalesce(sum(amount) filter (where payout_id is not null), 0) as paid
         from commission where affiliate_id in (?) group by 1, 2),
     keys as (select affiliate_id, month from c union select affiliate_id, month from s union select affiliate_id, month from m)
     select k.affiliate_id as "affiliateId", k.month, coalesce(c.n, 0) as clicks, coalesce(s.n, 0) as signups,
            coalesce(m.earned, 0) as commission, coalesce(m.paid, 0) as paid
       from keys k
       left join c on c.affiliate_id = k.affiliate_id and c.month = k.month
       left join s on s.affiliate_id = k.affiliate_id and s.month = k.month
       left join m on m.affiliate_id = k.affiliate_id and m.month = k.month
      order by 2 desc`,
    [ids, ids, ids],
  );
  return groupByKey(affiliateIds, rows, (row) => row.affiliateId).map((list) =>
    list.map((row) => ({
      month: row.month,
      clicks: Number(row.clicks),
      signups: Number(row.signups),
      commission: Money.ofCents(row.commission),
      paid: Money.ofCents(row.paid),
    })),
  );
});

/** `Affiliate.clicks`, newest first, for every affiliate of a request in one statement. */
export const clicksOfAffiliate = defineNestedList<ReferralClick, DatedListArgs>((affiliateIds, args) => {
  const where: string[] = [];
  const params: unknown[] = [affiliateIds];
  whereRange('created_at', args.filter?.from, args.filter?.to, where, params);
  return {
    sql: `select ${CLICK_COLUMNS} from referral_click where affiliate_id in (?)${where.map((condition) => ` and ${condition}`).join('')}`,
    params,
    partitionBy: 'affiliateId',
    sort: { column: 'occurredAt', type: 'timestamptz', direction: args.orderBy?.direction ?? SortDirection.DESC },
  };
});

/** `Affiliate.referrals`, newest first, for every affiliate of a request in one statement. */
export const referralsOfAffiliate = defineNestedList<Referral, DatedListArgs>((affiliateIds, args) => {
  const where: string[] = [];
  const params: unknown[] = [affiliateIds];
  whereRange('created_at', args.filter?.from, args.filter?.to, where, params);
  return {
    sql: `select ${REFERRAL_COLUMNS} from referral where affiliate_id in (?)${where.map((condition) => ` and ${condition}`).join('')}`,
    params,
    partitionBy: 'affiliateId',
    sort: { column: 'signedUpAt', type: 'timestamptz', direction: args.orderBy?.direction ?? SortDirection.DESC },
  };
});
