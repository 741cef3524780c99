import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DatedListArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Money } from '../../shared/money';
import { Contract } from '../contracts/contract.types';
import { Payout, PayoutConnection, PayoutsArgs } from '../payouts/payout.types';
import { Affiliate, Referral } from './affiliate.types';
import { Commission, CommissionConnection } from './commission.types';
import * as views from './commission.views';
// Loaded for their side effects: the accrual hooks (RF-2) and the monthly payouts (RF-4).
import './commission.service';
import './commission.payouts';

@Resolver(() => Commission)
export class CommissionResolver {
  @FieldResolver(() => Money, { description: 'How much: positive when earned, negative when a refund took it back.' })
  amount(@Root() commission: Commission) {
    return views.commissionAmount(commission);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it has been paid out (RF-4).' })
  paid(@Root() commission: Commission) {
    return commission.payoutId !== null;
  }

  @FieldResolver(() => Payout, { nullable: true, description: 'The payout that paid it; null while unpaid.' })
  payout(@Root() commission: Commission, @Ctx() ctx: Context) {
    return views.commissionPayout(ctx, commission);
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The referral it was earned on.' })
  referral(@Root() commission: Commission, @Ctx() ctx: Context) {
    return views.commissionReferral(ctx, commission);
  }

  @FieldResolver(() => Contract, {
    nullable: true,
    description: "The referred client's first contract whose spend earned it; null unless the viewer may see that contract (its parties and staff).",
  })
  contract(@Root() commission: Commission, @Ctx() ctx: Context) {
    return views.commissionContract(ctx, commission);
  }
}

@Resolver(() => Affiliate)
export class AffiliateCommissionsResolver {
  @FieldResolver(() => CommissionConnection, { description: 'Commission earned (and taken back by refunds), newest first unless `orderBy` says otherwise; `filter` is on the time earned (RF-2, RF-5).' })
  commissions(@Root() affiliate: Affiliate, @Ctx() ctx: Context, @Args() args: DatedListArgs) {
    return views.commissions(ctx, affiliate, args);
  }

  @FieldResolver(() => PayoutConnection, { description: "The affiliate's payouts, newest first: the monthly commission payouts (RF-4) among them." })
  payouts(@Root() affiliate: Affiliate, @Ctx() ctx: Context, @Args() args: PayoutsArgs) {
    return views.payouts(ctx, affiliate, args);
  }
}

@Resolver(() => Referral)
export class ReferralCommissionResolver {
  @FieldResolver(() => Money, { description: 'The commission earned on this referral so far, after refunds (RF-2: at most 150.00).' })
  async commission(@Root() referral: Referral, @Ctx() ctx: Context) {
    return views.referralCommission(ctx, referral);
  }
}

export const COMMISSION_RESOLVERS = [CommissionResolver, AffiliateCommissionsResolver, ReferralCommissionResolver] as const;
