import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { ContractEntity } from '../contracts/contract.entity';

export enum MilestoneStatus {
  PENDING_FUNDING = 'PENDING_FUNDING',
  FUNDED = 'FUNDED',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
}

/** A part of a fixed-price contract with its own amount and due date (MS-1). */
@Entity({ tableName: 'milestone' })
@Index({ properties: ['contract', 'position'] })
export class MilestoneEntity {
  [OptionalProps]?: 'id' | 'status' | 'dueAt' | 'fundedAt' | 'submittedAt' | 'approvedAt';

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
}
