import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, DatedListArgs, pageOfList } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { userById } from '../users/user.loaders';
import { User } from '../users/user.types';
import * as affiliates from './affiliate.service';
import { COMMISSION_RESOLVERS } from './commission.resolver';
import * as dashboard from './dashboard.service';
import * as referrals from './referral.service';
import {
  Affiliate,
  AffiliateConnection,
  AffiliateFilter,
  AffiliateMonthTotal,
  AffiliateOrder,
  ApplyAsAffiliateInput,
  ApplyAsAffiliatePayload,
  PromotionalMaterial,
  PromotionalMaterialConnection,
  AffiliateSiteConnection,
  RecordReferralClickInput,
  RecordReferralClickPayload,
  Referral,
  ReferralClick,
  ReferralClickConnection,
  ReferralConnection,
  ReferralFilter,
  ReferralOrder,
  ReviewAffiliateInput,
  ReviewAffiliatePayload,
} from './affiliate.types';

/** The program's entry points: applying, reviewing, clicks, and staff's lists. */
@Resolver()
export class AffiliateProgramResolver {
  @Query(() => AffiliateConnection, { description: 'Staff only: every affiliate, for internal tools (RF-5).' })
  affiliates(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AffiliateFilter, { nullable: true, description: 'Which affiliates; all when omitted.' }) filter?: AffiliateFilter,
    @Arg('orderBy', () => AffiliateOrder, { nullable: true, description: 'Oldest first when omitted.' }) orderBy?: AffiliateOrder,
  ) {
    return affiliates.listAffiliates(ctx, args, filter, orderBy);
  }

  @Query(() => ReferralConnection, { description: 'Staff only: every referral, newest first unless ordered otherwise, for internal tools (RF-5).' })
  referrals(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Which referrals; all when omitted.' }) filter?: ReferralFilter,
    @Arg('orderBy', () => ReferralOrder, { nullable: true, description: 'Newest sign-up first (SIGNED_UP_AT DESC) when omitted.' }) orderBy?: ReferralOrder,
  ) {
    return referrals.listReferrals(ctx, args, filter, orderBy);
  }

  @Mutation(() => ApplyAsAffiliatePayload, {
    description:
      'Anyone signed in: applies to the affiliate program (AF-1). Approved at once, held for staff review (religious or political content, or a second application), or rejected (explicit content); a sanctioned country is refused.',
  })
  applyAsAffiliate(@Ctx() ctx: Context, @Arg('input', () => ApplyAsAffiliateInput) input: ApplyAsAffiliateInput) {
    return runMutation(() => affiliates.applyAsAffiliate(ctx, input));
  }

  @Mutation(() => ReviewAffiliatePayload, { description: 'Staff only: approves or rejects an application pending review, or suspends an approved affiliate.' })
  reviewAffiliate(@Ctx() ctx: Context, @Arg('input', () => ReviewAffiliateInput) input: ReviewAffiliateInput) {
    return runMutation(() => affiliates.reviewAffiliate(ctx, input));
  }

  @Mutation(() => RecordReferralClickPayload, {
    description: 'Anyone, signed in or not: records a click on an affiliate\'s tracking link from an app, like `GET /r/:code` (RF-1).',
  })
  recordReferralClick(@Ctx() ctx: Context, @Arg('input', () => RecordReferralClickInput) input: RecordReferralClickInput) {
    return runMutation(() => referrals.recordReferralClick(ctx, input));
  }
}

@Resolver(() => Affiliate)
export class AffiliateResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The tracking link `/r/<code>`; null until approved.' })
  trackingUrl(@Root() affiliate: Affiliate, @Ctx() ctx: Context) {
    return dashboard.affiliateTrackingUrl(ctx, affiliate);
  }

  @FieldResolver(() => User, { description: 'The affiliate\'s user.' })
  user(@Root() affiliate: Affiliate, @Ctx() ctx: Context) {
    return userById(ctx).load(affiliate.userId);
  }

  @FieldResolver(() => [PromotionalMaterial], { description: 'The promotional materials (AF-2); empty until approved.', deprecationReason: 'Use `materialsConnection` (paginated).' })
  materials(@Root() affiliate: Affiliate, @Ctx() ctx: Context) {
    return dashboard.materials(ctx, affiliate);
  }

  @FieldResolver(() => PromotionalMaterialConnection, { description: 'The promotional materials (AF-2); empty until approved.' })
  async materialsConnection(@Root() affiliate: Affiliate, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return pageOfList(await dashboard.materials(ctx, affiliate), args);
  }

  @FieldResolver(() => AffiliateSiteConnection, { description: 'The sites declared in the application, in the order given.' })
  sitesConnection(@Root() affiliate: Affiliate, @Args() args: ConnectionArgs) {
    return pageOfList(affiliate.sites, args);
  }

  @FieldResolver(() => ReferralClickConnection, { description: 'Clicks on the tracking links, newest first unless `orderBy` says otherwise; `filter` is on the click time (RF-1).' })
  clicks(@Root() affiliate: Affiliate, @Ctx() ctx: Context, @Args() args: DatedListArgs) {
    return dashboard.clicks(ctx, affiliate, args);
  }

  @FieldResolver(() => ReferralConnection, { description: 'Users this affiliate referred, newest sign-up first unless `orderBy` says otherwise; `filter` is on the sign-up time (RF-1).' })
  referrals(@Root() affiliate: Affiliate, @Ctx() ctx: Context, @Args() args: DatedListArgs) {
    return dashboard.referrals(ctx, affiliate, args);
  }

  @FieldResolver(() => [AffiliateMonthTotal], { description: 'Clicks and signups per calendar month (UTC), newest first: the months with any activity among the last `months`.' })
  monthlyTotals(
    @Root() affiliate: Affiliate,
    @Ctx() ctx: Context,
    @Arg('months', () => Int, { defaultValue: 12, description: 'How many calendar months back, counting the current one (1 to 120).' }) months: number,
  ) {
    return dashboard.monthlyTotals(ctx, affiliate, months);
  }
}

@Resolver(() => PromotionalMaterial)
export class PromotionalMaterialResolver {
  @FieldResolver(() => String, { description: 'This material\'s own tracking link; clicks through it are counted for it.' })
  trackingUrl(@Root() material: PromotionalMaterial, @Ctx() ctx: Context) {
    return dashboard.materialTrackingUrl(ctx, material);
  }

  @FieldResolver(() => String, { description: 'The HTML a site embeds to show the material.' })
  embedHtml(@Root() material: PromotionalMaterial, @Ctx() ctx: Context) {
    return dashboard.materialEmbedHtml(ctx, material);
  }

  @FieldResolver(() => Int, { description: 'How many clicks came through this material.' })
  clickCount(@Root() material: PromotionalMaterial, @Ctx() ctx: Context) {
    return dashboard.materialClickCount(ctx, material);
  }
}

@Resolver(() => ReferralClick)
export class ReferralClickResolver {
  @FieldResolver(() => PromotionalMaterial, { nullable: true, description: 'The material clicked, if the link named one.' })
  material(@Root() click: ReferralClick, @Ctx() ctx: Context) {
    return dashboard.clickMaterial(ctx, click);
  }
}

@Resolver(() => Referral)
export class ReferralResolver {
  @FieldResolver(() => Affiliate, { description: 'The affiliate credited: always the affiliate of the click (RF-3).' })
  affiliate(@Root() referral: Referral, @Ctx() ctx: Context) {
    return dashboard.referralAffiliate(ctx, referral);
  }

  @FieldResolver(() => User, { nullable: true, description: "The referred user's public profile." })
  referredUser(@Root() referral: Referral, @Ctx() ctx: Context) {
    return userById(ctx).load(referral.referredUserId);
  }

  @FieldResolver(() => ReferralClick, { description: 'The click the signup is attributed to.' })
  click(@Root() referral: Referral, @Ctx() ctx: Context) {
    return dashboard.referralClick(ctx, referral);
  }
}

/** The affiliate part of a user: the user themself and staff only (RF-5). */
@Resolver(() => User)
export class UserAffiliateResolver {
  @FieldResolver(() => Affiliate, { nullable: true, description: "The user's affiliate program membership, if they applied. Self and staff only." })
  affiliate(@Root() user: User, @Ctx() ctx: Context) {
    return dashboard.affiliateOfUser(ctx, user);
  }
}

export const AFFILIATE_RESOLVERS = [
  AffiliateProgramResolver,
  AffiliateResolver,
  PromotionalMaterialResolver,
  ReferralClickResolver,
  ReferralResolver,
  UserAffiliateResolver,
  ...COMMISSION_RESOLVERS,
] as const;
