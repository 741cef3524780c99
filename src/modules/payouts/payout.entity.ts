import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';

export enum PayoutMethodKind {
  PAYPAL = 'PAYPAL',
  ACH = 'ACH',
  BACS = 'BACS',
  CHECK = 'CHECK',
}

export enum PayoutStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  FAILED = 'FAILED',
}

/**
 * Where a payee's money is sent (PO-1). Exactly one of team / user is set. The full details
 * are kept for the payment run and never leave the server: the API shows masked values.
 * Removing a method only marks it, so past payouts keep pointing at it.
 */
@Entity({ tableName: 'payout_method' })
@Check({ name: 'payout_method_one_owner', expression: '(team_id is null) <> (user_id is null)' })
@Index({ properties: ['team', 'removedAt'] })
@Index({ properties: ['user', 'removedAt'] })
export class PayoutMethodEntity {
  [OptionalProps]?: 'id' | 'team' | 'user' | 'removedAt';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('PayoutMethod');

  @ManyToOne(() => TeamEntity, { ref: true, nullable: true })
  team: Ref<TeamEntity> | null = null;

  @ManyToOne(() => UserEntity, { ref: true, nullable: true })
  user: Ref<UserEntity> | null = null;

  @Enum({ items: () => PayoutMethodKind })
  kind: PayoutMethodKind;

  /** The validated details, normalized (digits only, lower-cased email, trimmed address). */
  @Property({ type: 'json' })
  details: Record<string, unknown>;

  @ManyToOne(() => UserEntity, { ref: true })
  createdBy: Ref<UserEntity>;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime', nullable: true })
  removedAt: Date | null = null;
}

/** Money sent from a payee's available balance to a payout method (PO-1, PO-2). */
@Entity({ tableName: 'payout' })
@Check({ name: 'payout_amount_positive', expression: 'amount > 0' })
@Check({ name: 'payout_one_owner', expression: '(team_id is null) <> (user_id is null)' })
@Index({ properties: ['team', 'requestedAt'] })
@Index({ properties: ['user', 'requestedAt'] })
@Index({ properties: ['status', 'requestedAt'] })
export class PayoutEntity {
  [OptionalProps]?: 'id' | 'team' | 'user' | 'settledAt' | 'settledBy' | 'settleTransactionId' | 'currency';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Payout');

  @ManyToOne(() => TeamEntity, { ref: true, nullable: true })
  team: Ref<TeamEntity> | null = null;

  @ManyToOne(() => UserEntity, { ref: true, nullable: true })
  user: Ref<UserEntity> | null = null;

  @ManyToOne(() => PayoutMethodEntity, { ref: true })
  payoutMethod: Ref<PayoutMethodEntity>;

  @Property({ type: 'bigint' })
  amount: string;

  @Property({ type: 'string', length: 3 })
  currency: string = 'USD';

  @Enum({ items: () => PayoutStatus })
  status: PayoutStatus;

  @ManyToOne(() => UserEntity, { ref: true })
  requestedBy: Ref<UserEntity>;

  @Property({ type: 'datetime' })
  requestedAt: Date;

  @Property({ type: 'datetime', nullable: true })
  settledAt: Date | null = null;

  @ManyToOne(() => UserEntity, { ref: true, nullable: true })
  settledBy: Ref<UserEntity> | null = null;

  @Property({ type: 'string', length: 40 })
  requestTransactionId: string;

  @Property({ type: 'string', length: 40, nullable: true })
  settleTransactionId: string | null = null;
}
