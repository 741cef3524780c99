import type { DatedListArgs, Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, notFound } from '../../graphql/errors';
import { canSeePrivate } from '../users/user.service';
import { canSeeAffiliate } from './affiliate.service';
import {
  affiliateById,
  affiliateOfUser as affiliateOfUserLoader,
  clickById,
  clickCountOfMaterial,
  clicksOfAffiliate,
  materialById,
  materialsOfAffiliate,
  monthlyTotalsOfAffiliate,
  referralsOfAffiliate,
} from './affiliate.loaders';
import {
  AffiliateStatus,
  type Affiliate,
  type AffiliateMonthTotal,
  type PromotionalMaterial,
  type Referral,
  type ReferralClick,
} from './affiliate.types';
import { embedHtml, materialTrackingUrl as materialUrl, trackingUrl } from './materials';

/**
 * The affiliate's own dashboard (RF-5). An Affiliate reaches a resolver only through a path
 * that checked who may see it; the fields check again, so a new path cannot leak it.
 */
export function requireVisible(ctx: Context, affiliate: Affiliate): void {
  if (!canSeeAffiliate(ctx, affiliate)) throw notFound('Affiliate');
}

export function affiliateOfUser(ctx: Context, user: { id: string }): Promise<Affiliate | undefined> | null {
  return canSeePrivate(ctx, user) ? affiliateOfUserLoader(ctx).load(user.id) : null;
}

export function affiliateTrackingUrl(ctx: Context, affiliate: Affiliate): string | null {
  return affiliate.status === AffiliateStatus.APPROVED ? trackingUrl(ctx.config, affiliate.code) : null;
}

export function materials(ctx: Context, affiliate: Affiliate): Promise<PromotionalMaterial[]> {
  requireVisible(ctx, affiliate);
  return materialsOfAffiliate(ctx).load(affiliate.id);
}

export function clicks(ctx: Context, affiliate: Affiliate, args: DatedListArgs): Promise<Page<ReferralClick>> {
  requireVisible(ctx, affiliate);
  return clicksOfAffiliate(ctx, affiliate.id, args);
}

export function referrals(ctx: Context, affiliate: Affiliate, args: DatedListArgs): Promise<Page<Referral>> {
  requireVisible(ctx, affiliate);
  return referralsOfAffiliate(ctx, affiliate.id, args);
}

export const MAX_MONTHS = 120;

/** Clicks and signups per UTC calendar month, for the months with activity among the last `months`. */
export async function monthlyTotals(ctx: Context, affiliate: Affiliate, months: number): Promise<AffiliateMonthTotal[]> {
  requireVisible(ctx, affiliate);
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) throw badInput(`\`months\` must be between 1 and ${MAX_MONTHS}.`);
  const now = await ctx.clock.now();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1)).toISOString().slice(0, 7);
  const all = await monthlyTotalsOfAffiliate(ctx).load(affiliate.id);
  return all.filter((total) => total.month >= first);
}

export function materialTrackingUrl(ctx: Context, material: PromotionalMaterial): string {
  return materialUrl(ctx.config, material.code, material.id);
}

export function materialEmbedHtml(ctx: Context, material: PromotionalMaterial): string {
  return embedHtml(ctx.config, material.kind, materialTrackingUrl(ctx, material));
}

export function materialClickCount(ctx: Context, material: PromotionalMaterial): Promise<number> {
  return clickCountOfMaterial(ctx).load(material.id);
}

export async function clickMaterial(ctx: Context, click: ReferralClick): Promise<PromotionalMaterial | null> {
  return click.materialId ? ((await materialById(ctx).load(click.materialId)) ?? null) : null;
}

export async function referralAffiliate(ctx: Context, referral: Referral): Promise<Affiliate> {
  const affiliate = await affiliateById(ctx).load(referral.affiliateId);
  if (!affiliate) throw notFound('Affiliate');
  requireVisible(ctx, affiliate);
  return affiliate;
}

export async function referralClick(ctx: Context, referral: Referral): Promise<ReferralClick> {
  const click = await clickById(ctx).load(referral.clickId);
  if (!click) throw notFound('Click');
  return click;
}
