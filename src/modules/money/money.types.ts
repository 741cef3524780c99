import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { Money } from '../../shared/money';
import { LedgerAccountKind, LedgerTransactionKind } from './ledger.entity';

export { LedgerAccountKind, LedgerTransactionKind };

registerEnumType(LedgerAccountKind, {
  name: 'LedgerAccountKind',
  description: 'Which part of an account an entry moved (MN-1).',
  valuesConfig: {
    CLIENT_FUNDING: { description: "A client team's external funding source: what it has been charged, as a negative balance." },
    ESCROW: { description: "A client team's money held for one contract until released to the payee or refunded (MS-1)." },
    PAYEE_PENDING: { description: 'Released money in its security period (MS-4, TM-2).' },
    PAYEE_AVAILABLE: { description: 'Money the payee may withdraw (PO-1).' },
    PAYOUTS_IN_FLIGHT: { description: 'Requested payouts not yet settled (PO-2).' },
    PAID_OUT: { description: 'Money paid out to the payout methods: it has left the platform.' },
    PLATFORM_FEES: { description: "The platform's service fees (MN-3)." },
    COMMISSIONS_EXPENSE: { description: "The platform's cost of affiliate commissions." },
    COMMISSIONS_PAYABLE: { description: 'Commission owed to an affiliate, not yet paid (RF-2, RF-4).' },
  },
});

registerEnumType(LedgerTransactionKind, {
  name: 'LedgerTransactionKind',
  description: 'Why money moved.',
  valuesConfig: {
    CLIENT_CHARGE: { description: "The client's funding source was charged into a contract's escrow (MS-1, TM-2)." },
    ESCROW_RELEASE: { description: 'Escrow released to the payee, less the service fee (MS-2, MS-3, MN-3).' },
    ESCROW_REFUND: { description: 'Escrow returned to the client.' },
    FUNDS_AVAILABLE: { description: 'Pending money became available after its security period (MS-4, TM-2).' },
    PAYOUT_REQUESTED: { description: 'Available money set aside for a payout (PO-1).' },
    PAYOUT_PAID: { description: 'A payout reached its payout method (PO-2).' },
    PAYOUT_FAILED: { description: 'A payout failed; its money returned to the available balance (PO-2).' },
    COMMISSION_ACCRUED: { description: 'Affiliate commission earned (RF-2).' },
    COMMISSION_REVERSED: { description: 'Affiliate commission reduced by a refund (RF-2).' },
    COMMISSION_PAID: { description: 'Affiliate commission paid into the available balance (RF-4).' },
  },
});

/** A team's or a user's money, every figure derived from ledger entries (MN-1). */
@ObjectType({ description: "A team's or a user's money. Every figure is the sum of ledger entries (MN-1)." })
export class Account {
  @Field(() => Money, { description: 'What may be withdrawn now (PO-1).' })
  available: Money;

  @Field(() => Money, { description: 'Released money still in its security period (MS-4, TM-2).' })
  pending: Money;

  @Field(() => Money, { description: 'Requested payouts not yet settled (PO-2).' })
  inFlight: Money;

  @Field(() => Money, { description: "Client teams: money held in escrow across the team's contracts (MS-1)." })
  inEscrow: Money;

  ownerId: string;
}

@ObjectType({ implements: Node, description: 'One movement of an account: one entry of a balanced ledger transaction (MN-1).' })
export class AccountEntry extends Node {
  @Field(() => LedgerAccountKind, { description: 'The part of the account that moved.' })
  accountKind: LedgerAccountKind;

  @Field(() => LedgerTransactionKind, { description: 'Why the money moved.' })
  kind: LedgerTransactionKind;

  @Field({ description: 'When the money moved (business time).' })
  occurredAt: Date;

  @Field(() => ID, { description: 'The ledger transaction this entry belongs to; its other entries balance it.' })
  transactionId: string;

  @Field(() => ID, { nullable: true, deprecationReason: 'Use `contract { id }`.', description: 'The contract the movement is for, if any.' })
  contractId: string | null;

  @Field(() => ID, { nullable: true, deprecationReason: 'Use `milestone { id }`.', description: 'The milestone the movement is for, if any.' })
  milestoneId: string | null;

  @Field(() => ID, { nullable: true, deprecationReason: 'Use `invoice { id }`.', description: 'The invoice (an hourly week) the movement is for, if any.' })
  invoiceId: string | null;

  @Field(() => ID, { nullable: true, deprecationReason: 'Use `payout { id }`.', description: 'The payout the movement is for, if any.' })
  payoutId: string | null;

  ownerId: string | null;
  ownerType: string;
  amountCents: string;
  currency: string;
  memo: string | null;
}

export const ACCOUNT_ENTRY_COLUMNS = `e.id, a.owner_id as "ownerId", a.owner_type as "ownerType", a.kind as "accountKind", a.currency, e.amount as "amountCents",
  t.id as "transactionId", t.kind, t.occurred_at as "occurredAt", t.memo, t.contract_id as "contractId", t.milestone_id as "milestoneId",
  t.invoice_id as "invoiceId", t.payout_id as "payoutId"`;

export const ACCOUNT_ENTRY_FROM = `ledger_entry e join ledger_account a on a.id = e.account_id join ledger_transaction t on t.id = e.transaction_id`;

export const AccountEntryConnection = ConnectionType(AccountEntry);

export enum AccountEntryOrderField {
  OCCURRED_AT = 'OCCURRED_AT',
}
registerEnumType(AccountEntryOrderField, {
  name: 'AccountEntryOrderField',
  description: 'What to order account entries by.',
  valuesConfig: { OCCURRED_AT: { description: 'When the money moved (entries of one instant in the order they were recorded).' } },
});

@InputType({ description: 'An ordering of account entries.' })
export class AccountEntryOrder {
  @Field(() => AccountEntryOrderField, { defaultValue: AccountEntryOrderField.OCCURRED_AT, description: 'The field to order by; OCCURRED_AT when omitted.' })
  field: AccountEntryOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'DESC (newest first) when omitted.' })
  direction: SortDirection;
}

@InputType({ description: 'Which account entries to list; all of them when omitted.' })
export class AccountEntryFilter {
  @Field(() => Date, { nullable: true, description: 'Only money that moved at or after this instant.' })
  occurredAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only money that moved before this instant.' })
  occurredBefore?: Date | null;

  @Field(() => [LedgerAccountKind], { nullable: true, description: 'Only entries of these parts of the account; all when omitted.' })
  accountKinds?: LedgerAccountKind[] | null;

  @Field(() => [LedgerTransactionKind], { nullable: true, description: 'Only entries of these kinds of movement; all when omitted.' })
  kinds?: LedgerTransactionKind[] | null;
}

@ArgsType()
export class AccountEntriesArgs extends ConnectionArgs {
  @Field(() => [LedgerAccountKind], { nullable: true, description: 'Only entries of these parts of the account; all when omitted (`filter.accountKinds` wins when both are given).' })
  accountKinds?: LedgerAccountKind[] | null;

  @Field(() => AccountEntryFilter, { nullable: true, description: 'Which entries (a statement for a date range); all when omitted.' })
  filter?: AccountEntryFilter | null;

  @Field(() => AccountEntryOrder, { nullable: true, description: 'The order; newest first (OCCURRED_AT DESC) when omitted.' })
  orderBy?: AccountEntryOrder | null;
}

@ObjectType({ description: 'Staff: an account (or payout method, or pending release) that disagrees with the business objects it mirrors (MN-1).' })
export class LedgerMismatch {
  @Field({ description: 'The ledger account; for PAYOUT_METHOD the payout method; for RELEASE_DUE_DATE the pending release.' })
  subjectId: string;

  @Field({ description: 'The account kind, or PAYOUT_METHOD (paid out through it vs its PAID payouts), or RELEASE_DUE_DATE (when it becomes available vs MS-4/TM-2, in epoch seconds).' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'The team or user owning it; null for the platform.' })
  ownerId: string | null;

  @Field(() => Money, { description: 'What the business objects say it should be.' })
  expected: Money;

  @Field(() => Money, { description: 'What it is.' })
  actual: Money;
}

@ObjectType({ description: 'Staff: whether the ledger is sound (MN-1).' })
export class LedgerCheck {
  @Field({ description: 'True when every count below is zero, the total is zero and no account disagrees with what it mirrors.' })
  ok: boolean;

  @Field(() => Int, { description: 'Transactions whose entries do not sum to zero, or that have fewer than two entries.' })
  unbalancedTransactions: number;

  @Field(() => Int, { description: "Accounts whose balance differs from the sum of their entries." })
  mismatchedAccounts: number;

  @Field(() => Int, { description: 'Accounts below zero that must never be (all but external funding sources).' })
  negativeAccounts: number;

  @Field(() => Money, { description: 'The sum of every entry of the ledger: zero when no money was created or lost.' })
  total: Money;

  @Field(() => Int, { description: 'Accounts (and payout methods, and pending releases) that disagree with the business objects they mirror: escrow with funded, unreleased milestones; pending and available with releases and payouts; in-flight and paid-out with payouts; commission payable with unpaid commission.' })
  accountMismatches: number;

  @Field(() => [LedgerMismatch], { description: 'Those disagreements, each with what was expected and what is.' })
  mismatches: LedgerMismatch[];
}
