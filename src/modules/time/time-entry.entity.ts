import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { ContractEntity } from '../contracts/contract.entity';
import { UserEntity } from '../users/user.entity';

/** Time worked on an hourly contract (TM-1), with the rate in force when it was logged. */
@Entity({ tableName: 'time_entry' })
@Index({ properties: ['contract', 'startedAt'] })
export class TimeEntryEntity {
  [OptionalProps]?: 'id' | 'memo' | 'invoiceId' | 'billedMinutes';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('TimeEntry');

  @ManyToOne(() => ContractEntity, { ref: true })
  contract: Ref<ContractEntity>;

  @ManyToOne(() => UserEntity, { ref: true })
  freelancer: Ref<UserEntity>;

  @Property({ type: 'datetime' })
  startedAt: Date;

  @Property({ type: 'integer' })
  minutes: number;

  @Property({ type: 'text', default: '' })
  memo: string = '';

  /** The billing (TM-2) charges this rate, whatever the contract's rate is later. */
  @Property({ type: new BigIntType('bigint') })
  hourlyRateCents: bigint;

  @Property({ type: 'datetime' })
  createdAt: Date;

  /** TM-2: the invoice of its week, once billed (also when none of it fit the weekly limit). */
  @Property({ type: 'string', length: 40, nullable: true })
  invoiceId: string | null = null;

  /** TM-2: how many of its minutes were billed (the rest was beyond the weekly limit). */
  @Property({ type: 'integer', nullable: true })
  billedMinutes: number | null = null;
}
