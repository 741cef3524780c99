/** RF-5: the commission side of an affiliate's dashboard, seen by the affiliate and staff only. */
import { requireViewer } from '../../auth/authorize';
import type { DatedListArgs, Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { isIdOf } from '../../shared/ids';
import { Money } from '../../shared/money';
import { findContract } from '../contracts/contract.service';
import type { Contract } from '../contracts/contract.types';
import { payoutById, payoutsOfUser } from '../payouts/payout.loaders';
import type { Payout, PayoutsArgs } from '../payouts/payout.types';
import { referralById } from './affiliate.loaders';
import { visibleWithAffiliate } from './affiliate.service';
import type { Affiliate, Referral } from './affiliate.types';
import { commissionById, commissionOfReferral, commissionsOfAffiliate } from './commission.loaders';
import type { Commission } from './commission.types';
import { requireVisible } from './dashboard.service';

export async function findCommission(ctx: Context, id: string): Promise<Commission | undefined> {
  requireViewer(ctx);
  return visibleWithAffiliate(ctx, isIdOf('Commission', id) ? await commissionById(ctx).load(id) : undefined);
}

registerNodeType('Commission', findCommission);

export function commissions(ctx: Context, affiliate: Affiliate, args: DatedListArgs): Promise<Page<Commission>> {
  requireVisible(ctx, affiliate);
  return commissionsOfAffiliate(ctx, affiliate.id, args);
}

/** The payouts of the affiliate's user: commission payouts (RF-4) and any others of their own account. */
export function payouts(ctx: Context, affiliate: Affiliate, args: PayoutsArgs): Promise<Page<Payout>> {
  requireVisible(ctx, affiliate);
  return payoutsOfUser(ctx, affiliate.userId, args);
}

/** RF-2: the referral's commission so far, after refunds (RF-5: its affiliate and staff only). */
export async function referralCommission(ctx: Context, referral: Referral): Promise<Money> {
  if (!(await visibleWithAffiliate(ctx, referral))) throw notFound('Referral');
  return commissionOfReferral(ctx).load(referral.id);
}

export function commissionAmount(commission: Commission): Money {
  return Money.ofCents(commission.amountCents, commission.currency);
}

/**
 * The contract whose spend earned it, only for whoever may see that contract (its parties and
 * staff, AC-1): an affiliate sees that a commission came from a contract, not the contract.
 */
export async function commissionContract(ctx: Context, commission: Commission): Promise<Contract | null> {
  return commission.contractId ? ((await findContract(ctx, commission.contractId)) ?? null) : null;
}

export async function commissionPayout(ctx: Context, commission: Commission): Promise<Payout | null> {
  return commission.payoutId ? ((await payoutById(ctx).load(commission.payoutId)) ?? null) : null;
}

export async function commissionReferral(ctx: Context, commission: Commission): Promise<Referral | null> {
  return (await visibleWithAffiliate(ctx, await referralById(ctx).load(commission.referralId))) ?? null;
}
