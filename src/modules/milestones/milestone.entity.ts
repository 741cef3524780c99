import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { ContractEntity } from '../contracts/contract.entity';
import { UserEntity } from '../users/user.entity';

export enum MilestoneStatus {
  PENDING_FUNDING = 'PENDING_FUNDING',
  FUNDED = 'FUNDED',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
  /** CT-3: the contract ended before it was submitted; its escrow went back to the client. */
  REFUNDED = 'REFUNDED',
  /** CT-4: the contract ended after the work was submitted; the escrow waits for staff to decide. */
  DISPUTED = 'DISPUTED',
  /** CT-4: staff settled the dispute: part released to the payee, the rest refunded to the client. */
  RESOLVED = 'RESOLVED',
}

/** A part of a fixed-price contract with its own amount and due date (MS-1). */
@Entity({ tableName: 'milestone' })
@Index({ properties: ['contract', 'position'] })
export class MilestoneEntity {
  [OptionalProps]?: 'id' | 'status' | 'dueAt' | 'fundedAt' | 'submittedAt' | 'approvedAt' | 'resolvedAt' | 'resolvedPayeeCents';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Milestone');

  @ManyToOne(() => ContractEntity, { ref: true })
  contract: Ref<ContractEntity>;

  /** Order within the contract, from 1. */
  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'text' })
  description: string;

  @Property({ type: new BigIntType('bigint') })
  amountCents: bigint;

  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Enum({ items: () => MilestoneStatus })
  status: MilestoneStatus = MilestoneStatus.PENDING_FUNDING;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime', nullable: true })
  fundedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  /** CT-4: when staff resolved its dispute. */
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  /** CT-4: what staff released to the payee (gross, before the fee); the rest was refunded. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  resolvedPayeeCents: bigint | null = null;
}

/**
 * One change of a milestone's status (MS-1 to MS-3): who (null for the platform's automatic
 * approval, MS-3), when, from what to what, and the message that went with it. Never changed.
 */
@Entity({ tableName: 'milestone_change' })
@Index({ properties: ['milestone', 'changedAt'] })
export class MilestoneChangeEntity {
  [OptionalProps]?: 'id' | 'changedBy' | 'fromStatus' | 'message';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('MilestoneChange');

  @ManyToOne(() => MilestoneEntity, { ref: true })
  milestone: Ref<MilestoneEntity>;

  @ManyToOne(() => UserEntity, { ref: true, nullable: true })
  changedBy: Ref<UserEntity> | null = null;

  @Property({ type: 'datetime' })
  changedAt: Date;

  @Enum({ items: () => MilestoneStatus, nullable: true })
  fromStatus: MilestoneStatus | null = null;

  @Enum({ items: () => MilestoneStatus })
  toStatus: MilestoneStatus;

  @Property({ type: 'text', nullable: true })
  message: string | null = null;
}
