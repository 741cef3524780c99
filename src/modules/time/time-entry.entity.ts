import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { ContractEntity } from '../contracts/contract.entity';
import { UserEntity } from '../users/user.entity';

/** Time worked on an hourly contract (TM-1), with the rate in force when it was logged. */
@Entity({ tableName: 'time_entry' })
@Index({ properties: ['contract', 'startedAt'] })
@Index({
  name: 'time_entry_no_overlap',
  expression: `alter table "time_entry" add constraint "time_entry_no_overlap" exclude using gist ("freelancer_id" with =, tstzrange("started_at", "ended_at", '[)') with &&)`,
})
@Check({ name: 'time_entry_end_matches_minutes', expression: 'extract(epoch from (ended_at - started_at)) = minutes * 60' })
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

  /**
   * TM-3: `startedAt` plus `minutes`, stored so that the database can refuse overlapping
   * entries of one freelancer (the exclusion constraint `time_entry_no_overlap` on the range).
   */
  @Property({ type: 'datetime' })
  endedAt: Date;

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
