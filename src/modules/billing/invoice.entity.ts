import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, BigIntType, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { ContractEntity } from '../contracts/contract.entity';

/**
 * One billed week of an hourly contract (TM-2): Monday 00:00 UTC to the next Monday. A week is
 * billed at most once, however many processes run the billing at the same moment: the
 * (contract, week) pair is unique.
 */
@Entity({ tableName: 'invoice' })
@Unique({ properties: ['contract', 'weekStart'] })
@Check({ name: 'invoice_amounts_not_negative', expression: 'amount_cents >= 0 and fee_cents >= 0 and minutes > 0' })
export class InvoiceEntity {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Invoice');

  @ManyToOne(() => ContractEntity, { ref: true })
  contract: Ref<ContractEntity>;

  /** Monday 00:00 UTC. */
  @Property({ type: 'datetime' })
  weekStart: Date;

  /** The next Monday 00:00 UTC (exclusive). */
  @Property({ type: 'datetime' })
  weekEnd: Date;

  /** Minutes billed: the week's time up to the weekly limit. */
  @Property({ type: 'integer' })
  minutes: number;

  /** What the client was charged: each billed minute at its entry's rate. */
  @Property({ type: new BigIntType('bigint') })
  amountCents: bigint;

  /** The service fee kept from the payee's share (MN-3). */
  @Property({ type: new BigIntType('bigint') })
  feeCents: bigint;

  @Property({ type: 'datetime' })
  createdAt: Date;
}
