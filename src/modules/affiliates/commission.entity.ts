import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { ContractEntity } from '../contracts/contract.entity';
import { PayoutEntity } from '../payouts/payout.entity';
import { AffiliateEntity, ReferralEntity } from './affiliate.entity';

/**
 * One change of an affiliate's commission on a referral (RF-2): an accrual (positive) when the
 * referred client is charged on their first contract, or a reversal (negative) when that spend
 * is refunded before the commission is paid. Each row is the twin of one ledger transaction
 * (COMMISSIONS_EXPENSE <-> COMMISSIONS_PAYABLE). `month` is the calendar month (UTC) the
 * commission counts for: an accrual's own, a reversal's that of the commission it reduces, so
 * a month's unpaid total never goes below zero. `payout` is set when the month is paid (RF-4).
 */
@Entity({ tableName: 'commission' })
@Check({ name: 'commission_amount_not_zero', expression: 'amount <> 0' })
@Index({ properties: ['affiliate', 'earnedAt'] })
@Index({ properties: ['referral'] })
@Index({ properties: ['payout'] })
@Index({ properties: ['month', 'affiliate'] })
export class CommissionEntity {
  [OptionalProps]?: 'id' | 'contract' | 'payout';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Commission');

  @ManyToOne(() => AffiliateEntity, { ref: true })
  affiliate: Ref<AffiliateEntity>;

  @ManyToOne(() => ReferralEntity, { ref: true })
  referral: Ref<ReferralEntity>;

  /** The referred client's first contract, whose spend this is. */
  @ManyToOne(() => ContractEntity, { ref: true, nullable: true })
  contract: Ref<ContractEntity> | null = null;

  /** Cents: positive for an accrual, negative for a reversal. */
  @Property({ type: 'bigint' })
  amount: string;

  @Property({ type: 'string', length: 3 })
  currency: string = 'USD';

  @Property({ type: 'datetime' })
  earnedAt: Date;

  /** YYYY-MM (UTC): the month whose payout (RF-4, Net 30) includes this row. */
  @Property({ type: 'string', length: 7 })
  month: string;

  /** The ledger transaction that moved this commission. */
  @Property({ type: 'string', length: 40 })
  transactionId: string;

  /** The payout that paid it; null while unpaid. */
  @ManyToOne(() => PayoutEntity, { ref: true, nullable: true })
  payout: Ref<PayoutEntity> | null = null;
}
