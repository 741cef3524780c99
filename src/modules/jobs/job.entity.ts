import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';

/** How work is paid: by the hour or per milestone. Shared by jobs, offers and contracts. */
export enum ContractKind {
  HOURLY = 'HOURLY',
  FIXED_PRICE = 'FIXED_PRICE',
}

export enum JobStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/** A client's job post (JB-1). */
@Entity({ tableName: 'job' })
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['clientTeam', 'createdAt'] })
export class JobEntity {
  [OptionalProps]?: 'id' | 'status' | 'budgetCents' | 'hourlyRateMinCents' | 'hourlyRateMaxCents' | 'closedAt' | 'hiredAt';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Job');

  @ManyToOne(() => TeamEntity, { ref: true })
  clientTeam: Ref<TeamEntity>;

  @ManyToOne(() => UserEntity, { ref: true })
  postedBy: Ref<UserEntity>;

  @Property({ type: 'string', length: 200 })
  title: string;

  @Property({ type: 'text' })
  description: string;

  @Enum({ items: () => ContractKind })
  kind: ContractKind;

  /** Fixed-price jobs: the client's budget. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  budgetCents: bigint | null = null;

  /** Hourly jobs: the rate range the client has in mind. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  hourlyRateMinCents: bigint | null = null;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  hourlyRateMaxCents: bigint | null = null;

  /** CN-1: what a proposal costs, 0 to 16. */
  @Property({ type: 'integer' })
  connectsRequired: number;

  @Enum({ items: () => JobStatus })
  status: JobStatus = JobStatus.OPEN;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /** When the first offer on this job was accepted: from then on cancelling refunds nothing (CN-3). */
  @Property({ type: 'datetime', nullable: true })
  hiredAt: Date | null = null;
}
