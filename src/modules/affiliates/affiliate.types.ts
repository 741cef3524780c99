import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AffiliatePayload } from './affiliate.errors';
import { ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { Money } from '../../shared/money';
import { AffiliateStatus, ContentCategory, MaterialKind, TrafficSource } from './affiliate.entity';

export { AffiliateStatus, ContentCategory, MaterialKind, TrafficSource };

registerEnumType(AffiliateStatus, {
  name: 'AffiliateStatus',
  description: 'Where an affiliate application stands (AF-1).',
  valuesConfig: {
    PENDING_REVIEW: { description: 'Waiting for staff: the sites carry religious or political content, or it is a second application.' },
    APPROVED: { description: 'In the program: the tracking link records clicks and referrals (AF-2, RF-1).' },
    REJECTED: { description: 'Not in the program: explicit content, or refused (or suspended) by staff. The tracking link records nothing.' },
  },
});
registerEnumType(TrafficSource, {
  name: 'AffiliateTrafficSource',
  description: 'Where an affiliate sends visitors from (AF-1).',
  valuesConfig: {
    BLOG: { description: 'A blog.' },
    WEBSITE: { description: 'A website other than a blog.' },
    SOCIAL_MEDIA: { description: 'Social media: video channels, posts, streams.' },
    EMAIL: { description: 'Email marketing to the affiliate\'s own list.' },
  },
});
registerEnumType(ContentCategory, {
  name: 'AffiliateContentCategory',
  description: 'What a site\'s content is about, as its affiliate declares it (AF-1).',
  valuesConfig: {
    GENERAL: { description: 'General interest.' },
    BUSINESS: { description: 'Business, careers, entrepreneurship.' },
    TECHNOLOGY: { description: 'Technology, software, reviews.' },
    LIFESTYLE: { description: 'Lifestyle.' },
    EDUCATION: { description: 'Education, how-to.' },
    EXPLICIT: { description: 'Explicit (adult) content: the application is refused.' },
    RELIGIOUS: { description: 'Religious content: staff review the application first.' },
    POLITICAL: { description: 'Political content: staff review the application first.' },
  },
});
registerEnumType(MaterialKind, {
  name: 'PromotionalMaterialKind',
  description: 'The kinds of promotional material an approved affiliate gets (AF-2).',
  valuesConfig: {
    BANNER: { description: 'A 728x90 image banner.' },
    TEXT_LINK: { description: 'A plain text link.' },
    LOGO: { description: 'The marketplace logo, linked.' },
    WIDGET: { description: 'A script widget that renders a call to action.' },
  },
});

export enum AffiliateDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(AffiliateDecision, {
  name: 'AffiliateDecision',
  description: "Staff's decision on an affiliate.",
  valuesConfig: {
    APPROVE: { description: 'Admit an application pending review; its materials are created.' },
    REJECT: { description: 'Refuse an application pending review, or suspend an approved affiliate.' },
  },
});

@ObjectType({ description: 'A site an affiliate promotes on.' })
export class AffiliateSite {
  @Field({ description: 'The site\'s address (http or https).' })
  url: string;

  @Field(() => String, { nullable: true, description: 'The site\'s name, if given.' })
  name: string | null;

  @Field(() => [ContentCategory], { description: 'What the site\'s content is about.' })
  contentCategories: ContentCategory[];
}

@ObjectType({
  implements: Node,
  description: "A user's membership of the affiliate program. Visible to that user and to staff only (RF-5).",
})
export class Affiliate extends Node {
  @Field(() => AffiliateStatus, { description: 'Where the application stands.' })
  status: AffiliateStatus;

  @Field({ description: 'The tracking code, used in `/r/<code>`.' })
  code: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  country: string;

  @Field(() => [TrafficSource], { description: 'Where the affiliate sends visitors from.' })
  trafficSources: TrafficSource[];

  @Field(() => [AffiliateSite], { description: 'The sites declared in the application.', deprecationReason: 'Use `sitesConnection` (paginated).' })
  sites: AffiliateSite[];

  @Field(() => String, { nullable: true, description: "The applicant's description of their audience." })
  audience: string | null;

  @Field({ description: 'When the affiliate (last) applied.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the application was last decided; null while pending review.' })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the application was rejected (or approved by staff), if said.' })
  decisionReason: string | null;

  userId: string;
  reviewedById: string | null;
}

export const AFFILIATE_COLUMNS = `id, user_id as "userId", status, code, country, traffic_sources as "trafficSources", sites, audience, created_at as "createdAt", reviewed_at as "reviewedAt", reviewed_by_id as "reviewedById", decision_reason as "decisionReason"`;

@ObjectType({ implements: Node, description: 'A promotional material of an approved affiliate (AF-2), with its own tracking link.' })
export class PromotionalMaterial extends Node {
  @Field(() => MaterialKind, { description: 'What kind of material.' })
  kind: MaterialKind;

  @Field({ description: 'When it was made available.' })
  createdAt: Date;

  affiliateId: string;
  /** The affiliate's code, for the tracking URL. */
  code: string;
}

export const MATERIAL_COLUMNS = `m.id, m.affiliate_id as "affiliateId", m.kind, m.created_at as "createdAt", a.code`;
export const MATERIAL_FROM = `promotional_material m join affiliate a on a.id = m.affiliate_id`;

@ObjectType({ implements: Node, description: 'A recorded click on a tracking link (RF-1). Visible to its affiliate and staff only.' })
export class ReferralClick extends Node {
  @Field(() => String, { nullable: true, description: 'The referring page, as the browser sent it (truncated to 2048 characters).' })
  referrer: string | null;

  @Field({ description: 'When the click happened.' })
  occurredAt: Date;

  affiliateId: string;
  materialId: string | null;
}

export const CLICK_COLUMNS = `id, affiliate_id as "affiliateId", material_id as "materialId", referrer, created_at as "occurredAt"`;

@ObjectType({ implements: Node, description: 'A new user brought by an affiliate (RF-1). Visible to its affiliate and staff only (RF-5).' })
export class Referral extends Node {
  @Field({ description: 'When the referred user signed up.' })
  signedUpAt: Date;

  affiliateId: string;
  referredUserId: string;
  clickId: string;
}

export const REFERRAL_COLUMNS = `id, affiliate_id as "affiliateId", referred_user_id as "referredUserId", click_id as "clickId", created_at as "signedUpAt"`;

@ObjectType({ description: "One calendar month (UTC) of an affiliate's activity." })
export class AffiliateMonthTotal {
  @Field({ description: 'The month, as YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: 'Clicks recorded on the tracking links in the month.' })
  clicks: number;

  @Field(() => Int, { description: 'Referred users who signed up in the month.' })
  signups: number;

  @Field(() => Money, { description: "Commission earned in the month, less what refunds took back (RF-2)." })
  commission: Money;

  @Field(() => Money, { description: "How much of the month's commission has been paid out (RF-4: Net 30 after the month ends)." })
  paid: Money;
}

export const AffiliateConnection = ConnectionType(Affiliate);
export const ReferralConnection = ConnectionType(Referral);
export const ReferralClickConnection = ConnectionType(ReferralClick);
export const PromotionalMaterialConnection = ConnectionType(PromotionalMaterial);
export const AffiliateSiteConnection = ConnectionType(AffiliateSite);

@InputType({ description: 'A site to promote on.' })
export class AffiliateSiteInput {
  @Field({ description: 'An http or https address, at most 2048 characters.' })
  url: string;

  @Field(() => String, { nullable: true, description: 'The site\'s name, at most 200 characters.' })
  name?: string | null;

  @Field(() => [ContentCategory], { description: 'What the site is about: one to eight categories (AF-1).' })
  contentCategories: ContentCategory[];
}

@InputType({ description: 'An application to the affiliate program (AF-1).' })
export class ApplyAsAffiliateInput {
  @Field({ description: 'ISO 3166-1 alpha-2 country code of the affiliate, e.g. "US".' })
  country: string;

  @Field(() => [TrafficSource], { description: 'One or more traffic sources.' })
  trafficSources: TrafficSource[];

  @Field(() => [AffiliateSiteInput], { description: 'One to ten sites.' })
  sites: AffiliateSiteInput[];

  @Field(() => String, { nullable: true, description: 'Who the audience is, at most 2000 characters.' })
  audience?: string | null;
}

@InputType({ description: "Staff's decision on an affiliate." })
export class ReviewAffiliateInput {
  @Field(() => ID, { description: 'The affiliate to decide on.' })
  affiliateId: string;

  @Field(() => AffiliateDecision, { description: 'Approve, reject or suspend.' })
  decision: AffiliateDecision;

  @Field(() => String, { nullable: true, description: 'Why, at most 1000 characters; shown to the affiliate.' })
  reason?: string | null;
}

@InputType({ description: 'A click on a tracking link, recorded by an app rather than a browser.' })
export class RecordReferralClickInput {
  @Field({ description: 'The affiliate\'s tracking code.' })
  code: string;

  @Field(() => ID, { nullable: true, description: 'The promotional material clicked; ignored when it is not the affiliate\'s.' })
  materialId?: string | null;

  @Field(() => String, { nullable: true, description: 'The referring page, if known (truncated to 2048 characters).' })
  referrer?: string | null;
}

@ObjectType()
export class ApplyAsAffiliatePayload extends AffiliatePayload {
  @Field(() => Affiliate, { nullable: true, description: 'The application, approved, pending review or rejected.' })
  affiliate?: Affiliate;
}

@ObjectType()
export class ReviewAffiliatePayload extends AffiliatePayload {
  @Field(() => Affiliate, { nullable: true, description: 'The affiliate after the decision.' })
  affiliate?: Affiliate;
}

@ObjectType()
export class RecordReferralClickPayload extends AffiliatePayload {
  @Field(() => ID, { nullable: true, description: 'The click; pass it to `signUp` as `referralClickId`.' })
  clickId?: string;
}

export enum AffiliateOrderField {
  CREATED_AT = 'CREATED_AT',
  COUNTRY = 'COUNTRY',
}
registerEnumType(AffiliateOrderField, { name: 'AffiliateOrderField', description: 'What to order affiliates by.' });

@InputType({ description: 'An ordering of affiliates.' })
export class AffiliateOrder {
  @Field(() => AffiliateOrderField)
  field: AffiliateOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType({ description: 'Which affiliates to list.' })
export class AffiliateFilter {
  @Field(() => [AffiliateStatus], { nullable: true, description: 'Only affiliates with one of these statuses; every status when omitted.' })
  status?: AffiliateStatus[];

  @Field(() => String, { nullable: true, description: 'Only affiliates of this country (ISO 3166-1 alpha-2).' })
  country?: string;
}

export enum ReferralOrderField {
  SIGNED_UP_AT = 'SIGNED_UP_AT',
}
registerEnumType(ReferralOrderField, { name: 'ReferralOrderField', description: 'What to order referrals by.' });

@InputType({ description: 'An ordering of referrals.' })
export class ReferralOrder {
  @Field(() => ReferralOrderField, { description: 'The field to order by.' })
  field: ReferralOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'DESC (newest first) when omitted.' })
  direction: SortDirection;
}

@InputType({ description: 'Which referrals to list.' })
export class ReferralFilter {
  @Field(() => ID, { nullable: true, description: 'Only the referrals of this affiliate.' })
  affiliateId?: string;

  @Field({ nullable: true, description: 'Referred users who signed up at or after this instant.' })
  createdAfter?: Date;

  @Field({ nullable: true, description: 'Referred users who signed up before this instant.' })
  createdBefore?: Date;
}
