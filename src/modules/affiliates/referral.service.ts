import type { EntityManager } from '@mikro-orm/postgresql';
import { requireStaff, requireViewer } from '../../auth/authorize';
import { executeSql, selectOne, whereRange } from '../../db/sql';
import { transaction } from '../../db/transaction';
import { loadPage, SortDirection, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { rateLimited, userError } from '../../graphql/errors';
import { refusedBucket, type BucketState, type RateLimiter } from '../ratelimit/rate-limit.service';
import type { Config } from '../../config';
import { registerNodeType } from '../../graphql/node';
import { isIdOf, newId } from '../../shared/ids';
import { onSignUp } from '../users/auth.service';
import { AffiliateErrorCode } from './affiliate.errors';
import { clickById, referralById } from './affiliate.loaders';
import { visibleWithAffiliate } from './affiliate.service';
import {
  REFERRAL_COLUMNS,
  type RecordReferralClickInput,
  type Referral,
  type ReferralClick,
  type ReferralFilter,
  type ReferralOrder,
} from './affiliate.types';
import { addressGroup } from '../ratelimit/address-group';

/** RF-1: a signup counts for a click at most this long before it (the `ref` cookie lives as long). */
export const ATTRIBUTION_WINDOW_MS = 30 * 24 * 3600 * 1000;
export const MAX_REFERRER_LENGTH = 2048;
export const MAX_USER_AGENT_LENGTH = 512;
const CODE = /^[0-9a-z]{1,16}$/;

/** Text from the outside, made storable: no control characters (PostgreSQL refuses NUL), at most `max` long. */
function cleanText(value: string | null | undefined, max: number): string | null {
  const text = value?.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, max);
  return text || null;
}

export interface ClickData {
  code: string;
  materialId?: string | null;
  referrer?: string | null;
  userAgent?: string | null;
}

/**
 * RF-1: records a click on an approved affiliate's tracking link; returns its id, or undefined
 * for a code that is malformed, unknown or not approved (nothing is recorded). One INSERT and
 * no row lock, so any number of clicks may arrive at once. A material that is not the
 * affiliate's is ignored (the click still counts for the affiliate). The INSERT is a write
 * transaction of its own, so the read timeout never cancels it (it may wait, say, while the
 * affiliate's row is being updated).
 */
export async function recordClick(em: EntityManager, now: Date, click: ClickData): Promise<string | undefined> {
  const code = typeof click.code === 'string' ? click.code.trim().toLowerCase() : '';
  if (!CODE.test(code)) return undefined;
  const materialId = click.materialId && isIdOf('PromotionalMaterial', click.materialId) ? click.materialId : null;
  const row = await transaction(em, (tx) => selectOne<{ id: string }>(
    tx,
    `insert into referral_click (id, affiliate_id, material_id, referrer, user_agent, created_at)
     select ?, a.id, (select m.id from promotional_material m where m.id = ? and m.affiliate_id = a.id), ?, ?, ?
       from affiliate a where a.code = ? and a.status = 'APPROVED'
     returning id`,
    [
      newId('ReferralClick'),
      materialId,
      cleanText(click.referrer, MAX_REFERRER_LENGTH),
      cleanText(click.userAgent, MAX_USER_AGENT_LENGTH),
      now,
      code,
    ],
  ));
  return row?.id;
}

/**
 * Charges one click to the address's tracking-click budget (REFERRAL_CLICKS_PER_ADDRESS), the
 * same for `GET /r/:code` and `recordReferralClick`: the refused bucket, if it is spent.
 */
export async function chargeClick(limiter: RateLimiter, config: Pick<Config, 'rateLimits'>, address: string): Promise<BucketState | undefined> {
  return refusedBucket(await limiter.charge([{ key: `clicks:address:${addressGroup(address)}`, cost: 1, budget: config.rateLimits.referralClicksPerAddress }]));
}

/** The same as `GET /r/:code`, for apps: they keep the click id and pass it to `signUp`. */
export async function recordReferralClick(ctx: Context, input: RecordReferralClickInput): Promise<{ clickId: string }> {
  // The app's way in is no way around the link's click budget.
  const refused = ctx.rateLimiter && (await chargeClick(ctx.rateLimiter, ctx.config, ctx.clientAddress));
  if (refused) throw rateLimited(refused.retryAfter, `Too many tracking-link clicks from this address; try again in ${refused.retryAfter} seconds.`);
  const clickId = await recordClick(ctx.em, await ctx.clock.now(), {
    code: input.code,
    materialId: input.materialId,
    referrer: input.referrer,
    userAgent: ctx.userAgent,
  });
  if (!clickId) throw userError(AffiliateErrorCode.REFERRAL_CODE_UNKNOWN, 'That is not the tracking code of an affiliate.', ['input', 'code']);
  return { clickId };
}

/**
 * RF-1, RF-3: a new user is referred by the affiliate of the latest of their clicks (the id the
 * app passed and the browser's `ref` cookie) made within 30 days before signing up, if that
 * affiliate is approved and is not the user themself, and the user did not exist before the
 * click. The referral credits that click's affiliate and nobody else: there is no second tier.
 * Runs inside the signup transaction; unknown or garbage ids are ignored and never fail it.
 */
export async function attributeSignUp(em: EntityManager, userId: string, now: Date, clickIds: unknown[]): Promise<void> {
  const candidates = [...new Set(clickIds.filter((id): id is string => typeof id === 'string' && isIdOf('ReferralClick', id)))];
  if (!candidates.length) return;
  await executeSql(
    em,
    `insert into referral (id, affiliate_id, referred_user_id, click_id, created_at)
     select ?, c.affiliate_id, u.id, c.id, ?
       from referral_click c
       join affiliate a on a.id = c.affiliate_id and a.status = 'APPROVED'
       join app_user u on u.id = ?
      where c.id in (?) and a.user_id <> u.id
        and c.created_at <= ? and c.created_at >= ? and u.created_at >= c.created_at
      order by c.created_at desc, c.id desc
      limit 1
     on conflict (referred_user_id) do nothing`,
    [newId('Referral'), now, userId, candidates, now, new Date(now.getTime() - ATTRIBUTION_WINDOW_MS)],
  );
}

onSignUp((ctx, em, userId, now, input) => attributeSignUp(em, userId, now, [input?.referralClickId, ctx.requestCookies?.ref]));

/** A referred user's referral, for commission accrual (RF-2): the affiliate it credits and its status now. */
export interface UserReferral {
  referralId: string;
  affiliateId: string;
  affiliateUserId: string;
  affiliateStatus: string;
  signedUpAt: Date;
}

/**
 * The referral of a user, if an affiliate brought them (RF-1). There is at most one, and it
 * credits exactly one affiliate: whoever referred that affiliate gets nothing (RF-3). Pass the
 * transaction's `em` when accruing, and lock the referral row (`for update`) if you need to.
 */
export async function referralOfUser(em: EntityManager, userId: string): Promise<UserReferral | undefined> {
  return selectOne<UserReferral>(
    em,
    `select r.id as "referralId", r.affiliate_id as "affiliateId", a.user_id as "affiliateUserId", a.status as "affiliateStatus", r.created_at as "signedUpAt"
       from referral r join affiliate a on a.id = r.affiliate_id
      where r.referred_user_id = ?`,
    [userId],
  );
}

// ---- reading (RF-5) -----------------------------------------------------------------------

export async function findClick(ctx: Context, id: string): Promise<ReferralClick | undefined> {
  requireViewer(ctx);
  return visibleWithAffiliate(ctx, isIdOf('ReferralClick', id) ? await clickById(ctx).load(id) : undefined);
}

export async function findReferral(ctx: Context, id: string): Promise<Referral | undefined> {
  requireViewer(ctx);
  return visibleWithAffiliate(ctx, isIdOf('Referral', id) ? await referralById(ctx).load(id) : undefined);
}

registerNodeType('ReferralClick', findClick);
registerNodeType('Referral', findReferral);

/** Staff's list of every referral, for internal tools (RF-5). */
export async function listReferrals(ctx: Context, args: ConnectionArgs, filter?: ReferralFilter, order?: ReferralOrder): Promise<Page<Referral>> {
  requireStaff(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter?.affiliateId) (where.push('affiliate_id = ?'), params.push(filter.affiliateId));
  whereRange('created_at', filter?.createdAfter, filter?.createdBefore, where, params);
  return loadPage<Referral>(
    ctx.em,
    {
      sql: `select ${REFERRAL_COLUMNS} from referral ${where.length ? 'where ' + where.join(' and ') : ''}`,
      params,
      sort: { column: 'signedUpAt', type: 'timestamptz', direction: order?.direction ?? SortDirection.DESC },
    },
    args,
  );
}
