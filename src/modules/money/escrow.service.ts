/**
 * The money flows of work (MS-1 to MS-4, TM-2, MN-3), for the milestone and hourly-billing
 * modules to call inside their own transactions:
 *
 * - `chargeClient(em, ...)`   client team's external funding source -> the contract's escrow (MS-1, TM-2 invoices).
 * - `releaseEscrow(em, ...)`  escrow -> payee PENDING, less the service fee into PLATFORM_FEES (MS-2, MN-3);
 *                             the net becomes available at `availableAt` (MS-4: 5 days; TM-2: 10 days after the week).
 * - `refundEscrow(em, ...)`   escrow -> back to the client's funding source.
 * - `makeAvailable(em, ...)`  one matured pending release -> payee AVAILABLE, exactly once; the due work
 *                             `money.release-pending` runs it for everything due.
 *
 * Extension points: `onClientCharged(hook)` / `onEscrowRefunded(hook)` let other modules react
 * to a client's spend in the same transaction (the affiliate program accrues commission on it,
 * RF-2) without this module knowing about them.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeSql, selectOne, selectRows } from '../../db/sql';
import { newId } from '../../shared/ids';
import { Money } from '../../shared/money';
import { registerDueWork } from '../scheduler/due-work';
import { LedgerAccountKind, LedgerTransactionKind } from './ledger.entity';
import { holderOfAccount, PaymentEventType, recordPaymentEvent } from '../events/payment-events';
import { transaction } from '../../db/transaction';
import { accountFor, postTransaction, type Leg, type TransactionRefs } from './ledger.service';

/** Who is paid for a contract (CT-1): the agency for agency work, else the freelancer. */
export type Payee = { teamId: string } | { userId: string };

/** MS-4: released milestone money is pending this long before it is available. */
export const MILESTONE_SECURITY_PERIOD_DAYS = 5;
const DAY_MS = 24 * 3600 * 1000;

/** MN-3: the platform's service fee on `gross` at `bps` basis points, rounded half up to the cent. */
export function serviceFeeOf(gross: Money, bps: number): Money {
  if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) throw new Error(`service fee must be 0..10000 bps, got ${bps}`);
  return gross.percentBps(bps);
}

/** What a client was charged, or refunded, on a contract: handed to the registered hooks. */
export interface ClientSpend {
  clientTeamId: string;
  contractId: string;
  /** Positive: what was charged (or refunded). */
  amount: Money;
  now: Date;
  /** The ledger transaction that moved it. */
  transactionId: string;
}

/** Runs inside the charging (or refunding) transaction, after the money moved; a throw rolls it all back. */
export type SpendHook = (em: EntityManager, spend: ClientSpend) => Promise<void>;

const chargedHooks: SpendHook[] = [];
const refundedHooks: SpendHook[] = [];

/** Registers, at module load, a hook called by every `chargeClient` (RF-2: the affiliate program). */
export function onClientCharged(hook: SpendHook): void {
  chargedHooks.push(hook);
}

/** Registers, at module load, a hook called by every `refundEscrow` (RF-2: refunds reduce commission). */
export function onEscrowRefunded(hook: SpendHook): void {
  refundedHooks.push(hook);
}

function requirePositive(amount: Money): void {
  if (!amount.isPositive()) throw new Error(`money: amount must be positive, got ${amount}`);
}

export interface ChargeClientInput {
  clientTeamId: string;
  contractId: string;
  amount: Money;
  now: Date;
  milestoneId?: string | null;
  invoiceId?: string | null;
  actorId?: string | null;
  memo?: string | null;
}

/**
 * MS-1 / TM-2: charges the client team's external funding source into the contract's escrow.
 * Card processing is out of scope: the funding account records what the source paid.
 */
export async function chargeClient(em: EntityManager, input: ChargeClientInput): Promise<{ transactionId: string }> {
  requirePositive(input.amount);
  const posted = await postTransaction(em, {
    kind: LedgerTransactionKind.CLIENT_CHARGE,
    now: input.now,
    refs: { contractId: input.contractId, milestoneId: input.milestoneId, invoiceId: input.invoiceId },
    actorId: input.actorId,
    memo: input.memo,
    legs: [
      { account: { owner: { teamId: input.clientTeamId }, kind: LedgerAccountKind.CLIENT_FUNDING }, amount: input.amount.negate() },
      { account: { owner: { teamId: input.clientTeamId }, kind: LedgerAccountKind.ESCROW, scope: input.contractId }, amount: input.amount },
    ],
  });
  const spend = { clientTeamId: input.clientTeamId, contractId: input.contractId, amount: input.amount, now: input.now, transactionId: posted.id };
  for (const hook of chargedHooks) await hook(em, spend);
  return { transactionId: posted.id };
}

export interface ReleaseEscrowInput {
  clientTeamId: string;
  contractId: string;
  payee: Payee;
  /** What the payee earns before the fee; taken from escrow in full. */
  gross: Money;
  /** `ctx.config.serviceFeeBps` (MN-3). */
  serviceFeeBps: number;
  now: Date;
  /** When the net becomes available; default now + 5 days (MS-4). Hourly: 10 days after the week ends (TM-2). */
  availableAt?: Date;
  milestoneId?: string | null;
  invoiceId?: string | null;
  actorId?: string | null;
  memo?: string | null;
}

export interface ReleasedEscrow {
  transactionId: string;
  pendingReleaseId: string | null;
  net: Money;
  fee: Money;
}

/**
 * MS-2 / MS-3 / TM-2: releases `gross` from the contract's escrow to the payee's PENDING part,
 * the service fee (MN-3) going to PLATFORM_FEES as its own entry, and schedules the net to
 * become available (MS-4). Escrow never goes below zero: releasing more than was funded is
 * refused with INSUFFICIENT_FUNDS.
 */
export async function releaseEscrow(em: EntityManager, input: ReleaseEscrowInput): Promise<ReleasedEscrow> {
  requirePositive(input.gross);
  const fee = serviceFeeOf(input.gross, input.serviceFeeBps);
  const net = input.gross.minus(fee);
  const pending = { owner: input.payee, kind: LedgerAccountKind.PAYEE_PENDING };
  const legs: Leg[] = [{ account: { owner: { teamId: input.clientTeamId }, kind: LedgerAccountKind.ESCROW, scope: input.contractId }, amount: input.gross.negate() }];
  if (net.isPositive()) legs.push({ account: pending, amount: net });
  if (fee.isPositive()) legs.push({ account: { owner: { platform: true }, kind: LedgerAccountKind.PLATFORM_FEES }, amount: fee });
  const posted = await postTransaction(em, {
    kind: LedgerTransactionKind.ESCROW_RELEASE,
    now: input.now,
    refs: { contractId: input.contractId, milestoneId: input.milestoneId, invoiceId: input.invoiceId },
    actorId: input.actorId,
    memo: input.memo,
    legs,
  });
  let pendingReleaseId: string | null = null;
  if (net.isPositive()) {
    pendingReleaseId = newId('PendingRelease');
    const availableAt = input.availableAt ?? new Date(input.now.getTime() + MILESTONE_SECURITY_PERIOD_DAYS * DAY_MS);
    await selectRows(
      em,
      `insert into pending_release (id, transaction_id, pending_account_id, available_account_id, amount, available_at)
       values (?, ?, ?, ?, ?::bigint, ?)`,
      [pendingReleaseId, posted.id, posted.accountIds[1], await accountFor(em, { owner: input.payee, kind: LedgerAccountKind.PAYEE_AVAILABLE }, input.now), net.cents.toString(), availableAt],
    );
  }
  return { transactionId: posted.id, pendingReleaseId, net, fee };
}

/**
 * What the client has been charged on a contract, less what was refunded to them: the sum of
 * the contract's escrow legs of CLIENT_CHARGE and ESCROW_REFUND transactions (releases to the
 * payee are not refunds and do not count). Sees the caller's own uncommitted movements.
 */
export async function contractSpend(em: EntityManager, contractId: string): Promise<Money> {
  const row = await selectOne<{ spend: string }>(
    em,
    `select coalesce(sum(e.amount), 0) as spend
       from ledger_transaction t
       join ledger_entry e on e.transaction_id = t.id
       join ledger_account a on a.id = e.account_id and a.kind = ?
      where t.contract_id = ? and t.kind in (?)`,
    [LedgerAccountKind.ESCROW, contractId, [LedgerTransactionKind.CLIENT_CHARGE, LedgerTransactionKind.ESCROW_REFUND]],
  );
  return Money.ofCents(row?.spend ?? '0');
}

/** Returns escrowed money to the client's funding source (a refund, or a cancelled milestone). */
export async function refundEscrow(
  em: EntityManager,
  input: { clientTeamId: string; contractId: string; amount: Money; now: Date; milestoneId?: string | null; actorId?: string | null; memo?: string | null },
): Promise<{ transactionId: string }> {
  requirePositive(input.amount);
  const posted = await postTransaction(em, {
    kind: LedgerTransactionKind.ESCROW_REFUND,
    now: input.now,
    refs: { contractId: input.contractId, milestoneId: input.milestoneId },
    actorId: input.actorId,
    memo: input.memo,
    legs: [
      { account: { owner: { teamId: input.clientTeamId }, kind: LedgerAccountKind.ESCROW, scope: input.contractId }, amount: input.amount.negate() },
      { account: { owner: { teamId: input.clientTeamId }, kind: LedgerAccountKind.CLIENT_FUNDING }, amount: input.amount },
    ],
  });
  const spend = { clientTeamId: input.clientTeamId, contractId: input.contractId, amount: input.amount, now: input.now, transactionId: posted.id };
  for (const hook of refundedHooks) await hook(em, spend);
  return { transactionId: posted.id };
}

/**
 * MS-4 / TM-2: moves one pending release to the payee's AVAILABLE part once it is due. Claimed
 * by a conditional UPDATE, so however often and from wherever it runs, the money moves once.
 * Returns the FUNDS_AVAILABLE transaction id, or null when it was not due or already done.
 */
export async function makeAvailable(em: EntityManager, pendingReleaseId: string, now: Date): Promise<string | null> {
  const claimed = await selectOne<{ transactionId: string; pendingAccountId: string; availableAccountId: string; amount: string }>(
    em,
    `update pending_release set released_at = ?
      where id = ? and released_at is null and available_at <= ?
      returning transaction_id as "transactionId", pending_account_id as "pendingAccountId", available_account_id as "availableAccountId", amount`,
    [now, pendingReleaseId, now],
  );
  if (!claimed) return null;
  const origin = await selectOne<TransactionRefs>(
    em,
    `select contract_id as "contractId", milestone_id as "milestoneId", invoice_id as "invoiceId" from ledger_transaction where id = ?`,
    [claimed.transactionId],
  );
  const amount = Money.ofCents(claimed.amount);
  const posted = await postTransaction(em, {
    kind: LedgerTransactionKind.FUNDS_AVAILABLE,
    now,
    refs: origin,
    legs: [
      { account: { id: claimed.pendingAccountId }, amount: amount.negate() },
      { account: { id: claimed.availableAccountId }, amount },
    ],
  });
  const holder = await holderOfAccount(em, claimed.availableAccountId);
  if (holder) await recordPaymentEvent(em, { type: PaymentEventType.FUNDS_AVAILABLE, now, holder, amount, refs: origin });
  await executeSql(em, 'update pending_release set release_transaction_id = ? where id = ?', [posted.id, pendingReleaseId]);
  return posted.id;
}

/**
 * Every pending release due by `now`, each claimed under a row lock in a transaction of its own,
 * so no release holds account locks (or, at commit, the event log's) while others wait.
 */
export async function releaseDuePending(em: EntityManager, now: Date): Promise<number> {
  let changed = 0;
  for (;;) {
    const moved = await transaction(em, async (tx) => {
      const due = await selectOne<{ id: string }>(
        tx as EntityManager,
        'select id from pending_release where released_at is null and available_at <= ? order by available_at, id limit 1 for update skip locked',
        [now],
      );
      if (!due) return undefined;
      return (await makeAvailable(tx as EntityManager, due.id, now)) ? 1 : 0;
    });
    if (moved === undefined) return changed;
    changed += moved;
  }
}

// Last: what billing and approvals released in the same run, and is already due, is made available too.
registerDueWork({ name: 'money.release-pending', order: 900, run: releaseDuePending });
