/**
 * The double-entry ledger (MN-1): the one place where money moves. Every other module calls
 * these functions inside its own `inTransaction`, so the movement commits with the change it
 * belongs to (a milestone approved, a payout requested) or not at all.
 *
 * - `accountFor(em, ref, now)`      get-or-create an account, race-safe; returns its id.
 * - `postTransaction(em, input)`   one balanced transaction; refuses to take a non-negative
 *                                   account below zero (INSUFFICIENT_FUNDS), even under concurrency.
 * - `balanceOf(em, ref)`           an account's balance (zero if it does not exist yet).
 * - `checkLedger(em)`              every transaction balanced, every cached balance equal to its entries.
 *
 * Entries and transactions are append-only: the database refuses UPDATE and DELETE on them,
 * and a deferred constraint trigger refuses to commit a transaction whose entries do not sum
 * to zero (see the money_guards migration).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectOne, selectRows } from '../../db/sql';
import { userError } from '../../graphql/errors';
import { newId } from '../../shared/ids';
import { Money } from '../../shared/money';
import { LedgerAccountKind, LedgerOwnerType, LedgerTransactionKind, NEGATIVE_ALLOWED } from './ledger.entity';
import { accountMismatches, type AccountMismatch } from './ledger.proofs';
import { MoneyErrorCode } from './money.errors';

export { LedgerAccountKind, LedgerOwnerType, LedgerTransactionKind };

/** Whose money: a team's, a user's, or the platform's own. */
export type LedgerOwner = { teamId: string } | { userId: string } | { platform: true };

/** An account named by what it is; `accountFor` turns it into a row. */
export interface AccountRef {
  owner: LedgerOwner;
  kind: LedgerAccountKind;
  /** ESCROW only: the contract id. */
  scope?: string | null;
  currency?: string;
}

/** One leg: `amount` is what the account gains (negative: what it gives). */
export interface Leg {
  account: AccountRef | { id: string };
  amount: Money;
}

/** What a transaction is about; shown with each entry in account statements. */
export interface TransactionRefs {
  contractId?: string | null;
  milestoneId?: string | null;
  invoiceId?: string | null;
  payoutId?: string | null;
  referralId?: string | null;
}

export interface PostTransactionInput {
  kind: LedgerTransactionKind;
  now: Date;
  legs: Leg[];
  refs?: TransactionRefs;
  /** The user whose request moved the money; omit for periodic work. */
  actorId?: string | null;
  memo?: string | null;
}

export interface PostedTransaction {
  id: string;
  entryIds: string[];
  /** The account id of each leg, in the order of `legs`. */
  accountIds: string[];
}

const PLATFORM_KINDS: ReadonlySet<LedgerAccountKind> = new Set([LedgerAccountKind.PLATFORM_FEES, LedgerAccountKind.COMMISSIONS_EXPENSE]);

function ownerParts(owner: LedgerOwner): [LedgerOwnerType, string | null] {
  if ('teamId' in owner) return [LedgerOwnerType.TEAM, owner.teamId];
  if ('userId' in owner) return [LedgerOwnerType.USER, owner.userId];
  return [LedgerOwnerType.PLATFORM, null];
}

function accountKey(ref: AccountRef): { key: string; ownerType: LedgerOwnerType; ownerId: string | null; scope: string | null; currency: string } {
  const [ownerType, ownerId] = ownerParts(ref.owner);
  const scope = ref.scope ?? null;
  const currency = ref.currency ?? 'USD';
  if (PLATFORM_KINDS.has(ref.kind) !== (ownerType === LedgerOwnerType.PLATFORM)) {
    throw new Error(`ledger: a ${ref.kind} account cannot belong to ${ownerType}`);
  }
  if ((ref.kind === LedgerAccountKind.ESCROW) !== Boolean(scope)) throw new Error('ledger: ESCROW accounts, and only they, have a scope (the contract)');
  return { key: [ownerType, ownerId ?? '', ref.kind, scope ?? '', currency].join(':'), ownerType, ownerId, scope, currency };
}

/**
 * The id of the account `ref` names, creating it on first use. Safe under races: the insert
 * does nothing on a conflict (waiting for a concurrent creator to commit), then the row is read.
 */
export async function accountFor(em: EntityManager, ref: AccountRef, now: Date): Promise<string> {
  const { key, ownerType, ownerId, scope, currency } = accountKey(ref);
  const existing = await selectOne<{ id: string }>(em, 'select id from ledger_account where key = ?', [key]);
  if (existing) return existing.id;
  await selectRows(
    em,
    `insert into ledger_account (id, key, owner_type, owner_id, kind, scope, currency, balance, created_at)
     values (?, ?, ?, ?, ?, ?, ?, 0, ?) on conflict (key) do nothing`,
    [newId('LedgerAccount'), key, ownerType, ownerId, ref.kind, scope, currency, now],
  );
  const row = await selectOne<{ id: string }>(em, 'select id from ledger_account where key = ?', [key]);
  return row!.id;
}

/** The id of an existing account, or undefined; never creates one (for reads). */
export async function findAccount(em: EntityManager, ref: AccountRef): Promise<string | undefined> {
  const row = await selectOne<{ id: string }>(em, 'select id from ledger_account where key = ?', [accountKey(ref).key]);
  return row?.id;
}

/** An account's balance; zero for an account never used. Pass `lock` to hold it until commit. */
export async function balanceOf(em: EntityManager, ref: AccountRef | { id: string }, options: { lock?: boolean } = {}): Promise<Money> {
  const where = 'id' in ref ? ['id = ?', ref.id] : ['key = ?', accountKey(ref).key];
  const row = await selectOne<{ balance: string; currency: string }>(
    em,
    `select balance, currency from ledger_account where ${where[0]} ${options.lock ? 'for update' : ''}`,
    [where[1]],
  );
  return row ? Money.ofCents(row.balance, row.currency) : Money.zero('id' in ref ? 'USD' : (ref.currency ?? 'USD'));
}

function assertBalanced(legs: Leg[]): void {
  if (legs.length < 2) throw new Error('ledger: a transaction needs at least two legs');
  const currency = legs[0].amount.currency;
  let sum = 0n;
  for (const leg of legs) {
    if (leg.amount.currency !== currency) throw new Error('ledger: one transaction, one currency');
    if (leg.amount.cents === 0n) throw new Error('ledger: a leg of zero moves nothing');
    sum += leg.amount.cents;
  }
  if (sum !== 0n) throw new Error(`ledger: legs sum to ${sum} cents, not zero (MN-1)`);
}

/**
 * Posts one balanced transaction (MN-1) in `em`'s database transaction: the transaction row,
 * each account's cached balance moved by a conditional UPDATE that refuses to go below zero
 * (accounts are updated in id order, so concurrent postings queue instead of deadlocking, and
 * exactly as many withdrawals succeed as the balance pays for), then the entries.
 * Throws INSUFFICIENT_FUNDS (a userError: the caller's transaction rolls back) when an
 * account would go negative; a programming error (unbalanced legs) throws a plain Error.
 */
export async function postTransaction(em: EntityManager, input: PostTransactionInput): Promise<PostedTransaction> {
  assertBalanced(input.legs);
  const accountIds: string[] = [];
  for (const leg of input.legs) accountIds.push('id' in leg.account ? leg.account.id : await accountFor(em, leg.account, input.now));

  const id = newId('LedgerTransaction');
  const refs = input.refs ?? {};
  await selectRows(
    em,
    `insert into ledger_transaction (id, kind, occurred_at, contract_id, milestone_id, invoice_id, payout_id, referral_id, actor_id, memo)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      input.kind,
      input.now,
      refs.contractId ?? null,
      refs.milestoneId ?? null,
      refs.invoiceId ?? null,
      refs.payoutId ?? null,
      refs.referralId ?? null,
      input.actorId ?? null,
      input.memo ?? null,
    ],
  );

  const net = new Map<string, bigint>();
  input.legs.forEach((leg, i) => net.set(accountIds[i], (net.get(accountIds[i]) ?? 0n) + leg.amount.cents));
  for (const accountId of [...net.keys()].sort()) {
    const change = net.get(accountId)!.toString();
    const updated = await selectOne<{ id: string }>(
      em,
      `update ledger_account set balance = balance + ?::bigint
        where id = ? and currency = ? and (kind in (?) or balance + ?::bigint >= 0) returning id`,
      [change, accountId, input.legs[0].amount.currency, [...NEGATIVE_ALLOWED], change],
    );
    if (!updated) {
      const exists = await selectOne<{ currency: string }>(em, 'select currency from ledger_account where id = ?', [accountId]);
      if (!exists || exists.currency !== input.legs[0].amount.currency) throw new Error(`ledger: no ${input.legs[0].amount.currency} account ${accountId}`);
      throw userError(MoneyErrorCode.INSUFFICIENT_FUNDS, 'The account does not hold enough money for this.');
    }
  }

  const entryIds = input.legs.map(() => newId('AccountEntry'));
  await selectRows(
    em,
    `insert into ledger_entry (id, transaction_id, account_id, amount) values ${input.legs.map(() => '(?, ?, ?, ?::bigint)').join(', ')}`,
    input.legs.flatMap((leg, i) => [entryIds[i], id, accountIds[i], leg.amount.cents.toString()]),
  );
  return { id, entryIds, accountIds };
}

export interface LedgerCheck {
  ok: boolean;
  /** Transactions whose entries do not sum to zero per currency, or with fewer than two entries. */
  unbalancedTransactions: number;
  /** Accounts whose cached balance differs from the sum of their entries. */
  mismatchedAccounts: number;
  /** Accounts below zero that must never be. */
  negativeAccounts: number;
  /** The sum of every entry: zero in a sound ledger. */
  total: Money;
  /** Accounts that disagree with the business objects they mirror (ledger.proofs.ts). */
  accountMismatches: number;
  mismatches: AccountMismatch[];
}

/** Proves the ledger sound, in one statement (one snapshot): MN-1 and the cached balances. */
export async function checkLedger(em: EntityManager): Promise<LedgerCheck> {
  const row = await selectOne<{ unbalanced: string; mismatched: string; negative: string; total: string }>(
    em,
    `select
       (select count(*) from ledger_transaction t
         where not exists (select 1 from ledger_entry e where e.transaction_id = t.id)
            or exists (select 1 from ledger_entry e join ledger_account a on a.id = e.account_id
                        where e.transaction_id = t.id group by a.currency having sum(e.amount) <> 0)
            or (select count(*) from ledger_entry e where e.transaction_id = t.id) < 2) as unbalanced,
       (select count(*) from ledger_account a
          left join (select account_id, sum(amount) as total from ledger_entry group by account_id) s on s.account_id = a.id
         where a.balance <> coalesce(s.total, 0)) as mismatched,
       (select count(*) from ledger_account where balance < 0 and kind not in (?)) as negative,
       (select coalesce(sum(amount), 0) from ledger_entry) as total`,
    [[...NEGATIVE_ALLOWED]],
  );
  const mismatches = await accountMismatches(em);
  const result = {
    unbalancedTransactions: Number(row!.unbalanced),
    mismatchedAccounts: Number(row!.mismatched),
    negativeAccounts: Number(row!.negative),
    total: Money.ofCents(row!.total),
    accountMismatches: mismatches.length,
    mismatches,
  };
  const ok = !result.unbalancedTransactions && !result.mismatchedAccounts && !result.negativeAccounts && result.total.cents === 0n && !mismatches.length;
  return { ...result, ok };
}
