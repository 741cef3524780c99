import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';

/** Whose account: a team (agency or client), a user (a freelancer or affiliate), or the platform itself. */
export enum LedgerOwnerType {
  TEAM = 'TEAM',
  USER = 'USER',
  PLATFORM = 'PLATFORM',
}

/**
 * What an account holds (MN-1). Amounts are signed: an entry's amount is what its account
 * gains. Accounts standing for the world outside the platform (a client's funding source,
 * the platform's commission expense) go negative by design; every other account never does.
 */
export enum LedgerAccountKind {
  /** A client team's external funding source: charged money comes from here (negative by design). */
  CLIENT_FUNDING = 'CLIENT_FUNDING',
  /** A client team's money held for one contract (scope = contract id) until released or refunded (MS-1). */
  ESCROW = 'ESCROW',
  /** A payee's released money in its security period (MS-4, TM-2). */
  PAYEE_PENDING = 'PAYEE_PENDING',
  /** A payee's money it may withdraw (PO-1). */
  PAYEE_AVAILABLE = 'PAYEE_AVAILABLE',
  /** A payee's requested payouts not yet settled (PO-2). */
  PAYOUTS_IN_FLIGHT = 'PAYOUTS_IN_FLIGHT',
  /** Money paid out to a payee's payout methods: it has left the platform. */
  PAID_OUT = 'PAID_OUT',
  /** The platform's service fees (MN-3). */
  PLATFORM_FEES = 'PLATFORM_FEES',
  /** The platform's cost of affiliate commissions (negative by design; RF-2). */
  COMMISSIONS_EXPENSE = 'COMMISSIONS_EXPENSE',
  /** Commission owed to an affiliate, not yet paid (RF-2, RF-4). */
  COMMISSIONS_PAYABLE = 'COMMISSIONS_PAYABLE',
}

/** Kinds whose balance may be negative: they mirror money outside the platform. */
export const NEGATIVE_ALLOWED: ReadonlySet<LedgerAccountKind> = new Set([LedgerAccountKind.CLIENT_FUNDING, LedgerAccountKind.COMMISSIONS_EXPENSE]);

/** Why money moved: one kind per ledger transaction. */
export enum LedgerTransactionKind {
  CLIENT_CHARGE = 'CLIENT_CHARGE',
  ESCROW_RELEASE = 'ESCROW_RELEASE',
  ESCROW_REFUND = 'ESCROW_REFUND',
  FUNDS_AVAILABLE = 'FUNDS_AVAILABLE',
  PAYOUT_REQUESTED = 'PAYOUT_REQUESTED',
  PAYOUT_PAID = 'PAYOUT_PAID',
  PAYOUT_FAILED = 'PAYOUT_FAILED',
  COMMISSION_ACCRUED = 'COMMISSION_ACCRUED',
  COMMISSION_REVERSED = 'COMMISSION_REVERSED',
  COMMISSION_PAID = 'COMMISSION_PAID',
}

/**
 * One account of the ledger. `balance` is a cache of the sum of its entries, changed only by
 * `postTransaction` in the same transaction as the entries; `ledgerCheck` proves they agree.
 */
@Entity({ tableName: 'ledger_account' })
@Check({ name: 'ledger_account_never_negative', expression: "balance >= 0 or kind = 'CLIENT_FUNDING' or kind = 'COMMISSIONS_EXPENSE'" })
@Index({ properties: ['ownerType', 'ownerId'] })
export class LedgerAccountEntity {
  [OptionalProps]?: 'id' | 'ownerId' | 'scope' | 'balance' | 'currency';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('LedgerAccount');

  /** owner type, owner id, kind, scope and currency in one string: get-or-create races on it. */
  @Property({ type: 'string', length: 200 })
  @Unique()
  key: string;

  @Enum({ items: () => LedgerOwnerType })
  ownerType: LedgerOwnerType;

  @Property({ type: 'string', length: 40, nullable: true })
  ownerId: string | null = null;

  @Enum({ items: () => LedgerAccountKind })
  kind: LedgerAccountKind;

  /** ESCROW: the contract id (contracts live in another module). */
  @Property({ type: 'string', length: 40, nullable: true })
  scope: string | null = null;

  @Property({ type: 'string', length: 3 })
  currency: string = 'USD';

  @Property({ type: 'bigint', default: 0 })
  balance: string = '0';

  @Property({ type: 'datetime' })
  createdAt: Date;
}

/** One movement of money: its entries sum to zero (MN-1). Never updated or deleted. */
@Entity({ tableName: 'ledger_transaction' })
@Index({ properties: ['contractId'] })
@Index({ properties: ['payoutId'] })
export class LedgerTransactionEntity {
  [OptionalProps]?: 'id' | 'contractId' | 'milestoneId' | 'invoiceId' | 'payoutId' | 'referralId' | 'actorId' | 'memo';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('LedgerTransaction');

  @Enum({ items: () => LedgerTransactionKind })
  kind: LedgerTransactionKind;

  @Property({ type: 'datetime' })
  occurredAt: Date;

  @Property({ type: 'string', length: 40, nullable: true })
  contractId: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  milestoneId: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  invoiceId: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  payoutId: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  referralId: string | null = null;

  /** The user whose request moved the money; null for periodic work. */
  @Property({ type: 'string', length: 40, nullable: true })
  actorId: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  memo: string | null = null;
}

/** One leg of a transaction: what one account gained (or lost, when negative), in cents. */
@Entity({ tableName: 'ledger_entry' })
@Check({ name: 'ledger_entry_amount_not_zero', expression: 'amount <> 0' })
@Index({ properties: ['account', 'id'] })
@Index({ properties: ['transaction'] })
export class LedgerEntryEntity {
  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('AccountEntry');

  @ManyToOne(() => LedgerTransactionEntity, { ref: true })
  transaction: Ref<LedgerTransactionEntity>;

  @ManyToOne(() => LedgerAccountEntity, { ref: true })
  account: Ref<LedgerAccountEntity>;

  @Property({ type: 'bigint' })
  amount: string;
}

/**
 * Released money waiting out its security period (MS-4, TM-2): `money.release-pending` moves
 * it from pending to available once `available_at` has passed, exactly once.
 */
@Entity({ tableName: 'pending_release' })
@Check({ name: 'pending_release_amount_positive', expression: 'amount > 0' })
@Index({ properties: ['releasedAt', 'availableAt'] })
export class PendingReleaseEntity {
  [OptionalProps]?: 'id' | 'releasedAt' | 'releaseTransactionId';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('PendingRelease');

  /** The transaction that put the money into pending. */
  @Property({ type: 'string', length: 40 })
  transactionId: string;

  @Property({ type: 'string', length: 40 })
  pendingAccountId: string;

  @Property({ type: 'string', length: 40 })
  availableAccountId: string;

  @Property({ type: 'bigint' })
  amount: string;

  @Property({ type: 'datetime' })
  availableAt: Date;

  @Property({ type: 'datetime', nullable: true })
  releasedAt: Date | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  releaseTransactionId: string | null = null;
}
