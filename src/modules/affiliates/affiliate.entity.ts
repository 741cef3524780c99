import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { ContractEntity } from '../contracts/contract.entity';
import { UserEntity } from '../users/user.entity';

export enum AffiliateStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum TrafficSource {
  BLOG = 'BLOG',
  WEBSITE = 'WEBSITE',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  EMAIL = 'EMAIL',
}

export enum ContentCategory {
  GENERAL = 'GENERAL',
  BUSINESS = 'BUSINESS',
  TECHNOLOGY = 'TECHNOLOGY',
  LIFESTYLE = 'LIFESTYLE',
  EDUCATION = 'EDUCATION',
  EXPLICIT = 'EXPLICIT',
  RELIGIOUS = 'RELIGIOUS',
  POLITICAL = 'POLITICAL',
}

export enum MaterialKind {
  BANNER = 'BANNER',
  TEXT_LINK = 'TEXT_LINK',
  LOGO = 'LOGO',
  WIDGET = 'WIDGET',
}

/** A site an affiliate promotes on, as declared in the application (AF-1). */
export interface AffiliateSiteData {
  url: string;
  name: string | null;
  contentCategories: ContentCategory[];
}

/** A user's application to the affiliate program, and, once approved, their standing in it. One per user. */
@Entity({ tableName: 'affiliate' })
@Index({ properties: ['status', 'createdAt'] })
export class AffiliateEntity {
  [OptionalProps]?: 'id' | 'reviewedAt' | 'reviewedBy' | 'decisionReason' | 'audience';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Affiliate');

  @ManyToOne(() => UserEntity, { ref: true })
  @Unique()
  user: Ref<UserEntity>;

  @Enum({ items: () => AffiliateStatus })
  status: AffiliateStatus;

  /** The public, URL-safe code of the tracking link `/r/<code>`. */
  @Property({ type: 'string', length: 16 })
  @Unique()
  code: string;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: 'string', length: 2 })
  country: string;

  @Enum({ items: () => TrafficSource, array: true })
  trafficSources: TrafficSource[];

  @Property({ type: 'json' })
  sites: AffiliateSiteData[];

  /** The applicant's own words about their audience. */
  @Property({ type: 'string', length: 2000, nullable: true })
  audience: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date;

  /** When the last decision (automatic or staff's) was made; null while pending review. */
  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  /** The staff member who decided; null for automatic decisions. */
  @ManyToOne(() => UserEntity, { ref: true, nullable: true })
  reviewedBy: Ref<UserEntity> | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  decisionReason: string | null = null;
}

/** One of an approved affiliate's promotional materials (AF-2); clicks through it name it. */
@Entity({ tableName: 'promotional_material' })
@Unique({ properties: ['affiliate', 'kind'] })
export class PromotionalMaterialEntity {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('PromotionalMaterial');

  @ManyToOne(() => AffiliateEntity, { ref: true })
  affiliate: Ref<AffiliateEntity>;

  @Enum({ items: () => MaterialKind })
  kind: MaterialKind;

  @Property({ type: 'datetime' })
  createdAt: Date;
}

/**
 * A click on a tracking link (RF-1). Written with one plain INSERT per click and never
 * updated, so a storm of clicks takes no lock but the foreign keys' shared ones.
 */
@Entity({ tableName: 'referral_click' })
@Index({ properties: ['affiliate', 'createdAt'] })
@Index({ properties: ['material'] })
export class ReferralClickEntity {
  [OptionalProps]?: 'id' | 'material' | 'referrer' | 'userAgent';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('ReferralClick');

  @ManyToOne(() => AffiliateEntity, { ref: true })
  affiliate: Ref<AffiliateEntity>;

  @ManyToOne(() => PromotionalMaterialEntity, { ref: true, nullable: true })
  material: Ref<PromotionalMaterialEntity> | null = null;

  /** The referring page, truncated to 2048 characters. */
  @Property({ type: 'string', length: 2048, nullable: true })
  referrer: string | null = null;

  @Property({ type: 'string', length: 512, nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date;
}

/**
 * A new user brought by an affiliate (RF-1): at most one per referred user, crediting only the
 * affiliate of the click (RF-3, single tier). Commissions (RF-2) reference this row.
 */
@Entity({ tableName: 'referral' })
@Index({ properties: ['affiliate', 'createdAt'] })
@Index({ properties: ['createdAt'] })
export class ReferralEntity {
  [OptionalProps]?: 'id' | 'firstContract';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Referral');

  @ManyToOne(() => AffiliateEntity, { ref: true })
  affiliate: Ref<AffiliateEntity>;

  @ManyToOne(() => UserEntity, { ref: true })
  @Unique()
  referredUser: Ref<UserEntity>;

  @ManyToOne(() => ReferralClickEntity, { ref: true })
  @Index()
  click: Ref<ReferralClickEntity>;

  /** When the referred user signed up. */
  @Property({ type: 'datetime' })
  createdAt: Date;

  /**
   * RF-2: the referred client's first contract, fixed the first time spend on one of their
   * contracts is seen, so later ownership changes cannot move it (docs/affiliates.md).
   */
  @ManyToOne(() => ContractEntity, { ref: true, nullable: true })
  firstContract: Ref<ContractEntity> | null = null;
}
