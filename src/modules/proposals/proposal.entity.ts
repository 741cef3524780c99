import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { JobEntity } from '../jobs/job.entity';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
  HIRED = 'HIRED',
  JOB_CLOSED = 'JOB_CLOSED',
  JOB_CANCELLED = 'JOB_CANCELLED',
  /** CN-3: the offer made from it was declined; its Connects are not returned. */
  OFFER_DECLINED = 'OFFER_DECLINED',
  /** CN-3: the offer made from it expired unanswered; its Connects are not returned. */
  OFFER_EXPIRED = 'OFFER_EXPIRED',
}

/**
 * A freelancer's proposal for a job, independent or the agency's (PR-1). One live
 * (SUBMITTED or HIRED) proposal per freelancer per job, kept true by a partial unique index.
 */
@Entity({ tableName: 'proposal' })
@Index({
  name: 'proposal_live_unique',
  expression: `create unique index "proposal_live_unique" on "proposal" ("job_id", "freelancer_id") where "status" in ('SUBMITTED', 'HIRED')`,
})
@Index({ properties: ['freelancer', 'createdAt'] })
@Index({ properties: ['agency', 'createdAt'] })
@Index({ properties: ['job', 'status'] })
export class ProposalEntity {
  [OptionalProps]?: 'id' | 'status' | 'agency' | 'hourlyRateCents' | 'fixedPriceCents' | 'connectsRefunded' | 'withdrawnAt';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Proposal');

  @ManyToOne(() => JobEntity, { ref: true })
  job: Ref<JobEntity>;

  @ManyToOne(() => UserEntity, { ref: true })
  freelancer: Ref<UserEntity>;

  /** The agency the proposal is for; null when independent (AG-2, AG-4). */
  @ManyToOne(() => TeamEntity, { ref: true, nullable: true })
  agency: Ref<TeamEntity> | null = null;

  @ManyToOne(() => UserEntity, { ref: true })
  submittedBy: Ref<UserEntity>;

  @Property({ type: 'text' })
  coverLetter: string;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  hourlyRateCents: bigint | null = null;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  fixedPriceCents: bigint | null = null;

  @Enum({ items: () => ProposalStatus })
  status: ProposalStatus = ProposalStatus.SUBMITTED;

  @Property({ type: 'integer' })
  connectsSpent: number;

  /** CN-3: whether its Connects came back because the job was cancelled before hiring. */
  @Property({ type: 'boolean', default: false })
  connectsRefunded: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;
}
