import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { ContractKind, JobEntity } from '../jobs/job.entity';
import { ProposalEntity } from '../proposals/proposal.entity';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';

export enum OfferStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

/** A milestone as an offer proposes it; it becomes a real milestone when the offer is accepted. */
export interface OfferMilestoneTerms {
  description: string;
  amountCents: string;
  dueAt: string | null;
}

/** A client's offer: the terms of a contract, waiting for an answer (OF-1, OF-2). */
@Entity({ tableName: 'offer' })
@Index({ properties: ['clientTeam', 'createdAt'] })
@Index({ properties: ['agency', 'createdAt'] })
@Index({ properties: ['freelancer', 'createdAt'] })
@Index({ properties: ['status', 'expiresAt'] })
export class OfferEntity {
  [OptionalProps]?: 'id' | 'status' | 'job' | 'proposal' | 'agency' | 'hourlyRateCents' | 'weeklyLimitHours' | 'milestones' | 'respondedAt' | 'respondedBy';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Offer');

  @ManyToOne(() => TeamEntity, { ref: true })
  clientTeam: Ref<TeamEntity>;

  @ManyToOne(() => JobEntity, { ref: true, nullable: true })
  job: Ref<JobEntity> | null = null;

  @ManyToOne(() => ProposalEntity, { ref: true, nullable: true })
  @Index()
  proposal: Ref<ProposalEntity> | null = null;

  @ManyToOne(() => UserEntity, { ref: true })
  freelancer: Ref<UserEntity>;

  /** Set for agency offers, which only the agency's business managers answer (OF-3). */
  @ManyToOne(() => TeamEntity, { ref: true, nullable: true })
  agency: Ref<TeamEntity> | null = null;

  @ManyToOne(() => UserEntity, { ref: true })
  sentBy: Ref<UserEntity>;

  @Property({ type: 'string', length: 200 })
  title: string;

  @Enum({ items: () => ContractKind })
  kind: ContractKind;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  hourlyRateCents: bigint | null = null;

  @Property({ type: 'integer', nullable: true })
  weeklyLimitHours: number | null = null;

  @Property({ type: 'json', default: '[]' })
  milestones: OfferMilestoneTerms[] = [];

  @Enum({ items: () => OfferStatus })
  status: OfferStatus = OfferStatus.PENDING;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime', nullable: true })
  respondedAt: Date | null = null;

  @ManyToOne(() => UserEntity, { ref: true, nullable: true })
  respondedBy: Ref<UserEntity> | null = null;
}
