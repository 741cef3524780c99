import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { ContractKind, JobEntity } from '../jobs/job.entity';
import { OfferEntity } from '../offers/offer.entity';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';

export enum ContractStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}

/**
 * Work under way (CT-1): a client team, a freelancer and, for agency work, the agency. The
 * payee is the agency team for agency contracts and the freelancer otherwise; exactly one is set.
 */
@Entity({ tableName: 'contract' })
@Index({ properties: ['clientTeam', 'createdAt'] })
@Index({ properties: ['agency', 'createdAt'] })
@Index({ properties: ['freelancer', 'createdAt'] })
export class ContractEntity {
  [OptionalProps]?: 'id' | 'status' | 'job' | 'agency' | 'payeeTeam' | 'payeeUser' | 'hourlyRateCents' | 'weeklyLimitHours' | 'endedAt' | 'endedBy';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Contract');

  /** OF-4: an offer makes at most one contract. */
  @ManyToOne(() => OfferEntity, { ref: true })
  @Unique()
  offer: Ref<OfferEntity>;

  @ManyToOne(() => JobEntity, { ref: true, nullable: true })
  job: Ref<JobEntity> | null = null;

  @ManyToOne(() => TeamEntity, { ref: true })
  clientTeam: Ref<TeamEntity>;

  @ManyToOne(() => UserEntity, { ref: true })
  freelancer: Ref<UserEntity>;

  @ManyToOne(() => TeamEntity, { ref: true, nullable: true })
  agency: Ref<TeamEntity> | null = null;

  /** CT-1: the agency's financial account receives the money of agency contracts... */
  @ManyToOne(() => TeamEntity, { ref: true, nullable: true })
  payeeTeam: Ref<TeamEntity> | null = null;

  /** ...and the freelancer's own account that of independent ones. */
  @ManyToOne(() => UserEntity, { ref: true, nullable: true })
  payeeUser: Ref<UserEntity> | null = null;

  @Property({ type: 'string', length: 200 })
  title: string;

  @Enum({ items: () => ContractKind })
  kind: ContractKind;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  hourlyRateCents: bigint | null = null;

  @Property({ type: 'integer', nullable: true })
  weeklyLimitHours: number | null = null;

  @Enum({ items: () => ContractStatus })
  status: ContractStatus = ContractStatus.ACTIVE;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @ManyToOne(() => UserEntity, { ref: true, nullable: true })
  endedBy: Ref<UserEntity> | null = null;
}

/** One edit of a contract (CT-2): who, when, which term, from what to what. Never changed. */
@Entity({ tableName: 'contract_change' })
@Index({ properties: ['contract', 'changedAt'] })
export class ContractChangeEntity {
  [OptionalProps]?: 'id' | 'fromValue' | 'toValue';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('ContractChange');

  @ManyToOne(() => ContractEntity, { ref: true })
  contract: Ref<ContractEntity>;

  @ManyToOne(() => UserEntity, { ref: true })
  changedBy: Ref<UserEntity>;

  @Property({ type: 'datetime' })
  changedAt: Date;

  /** The term changed: TITLE, HOURLY_RATE, WEEKLY_LIMIT_HOURS or STATUS. */
  @Property({ type: 'string', length: 40 })
  field: string;

  @Property({ type: 'text', nullable: true })
  fromValue: string | null = null;

  @Property({ type: 'text', nullable: true })
  toValue: string | null = null;
}
