import type { EntityManager } from '@mikro-orm/postgresql';
import { hasTeamPermission, requireStaff, requireTeamPermission, requireVerifiedEmail, requireViewer } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import { executeSql, selectOne, selectRows, whereIn } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import { loadPage, SortDirection, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { notFound, userError, UserErrorException } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { isIdOf, newId } from '../../shared/ids';
import { Money } from '../../shared/money';
import { once } from '../idempotency/idempotency.service';
import { parsePositiveAmount } from '../money/amount';
import { LedgerAccountKind, LedgerTransactionKind } from '../money/ledger.entity';
import { postTransaction } from '../money/ledger.service';
import { MoneyErrorCode } from '../money/money.errors';
import { validatePayoutDetails } from './payout-method.details';
import { PayoutStatus } from './payout.entity';
import { PayoutErrorCode } from './payout.errors';
import { payoutById, payoutMethodById } from './payout.loaders';
import { PaymentEventType, recordPaymentEvent } from '../events/payment-events';
import {
  PAYOUT_COLUMNS,
  PayoutOrderField,
  PayoutOutcome,
  type AddPayoutMethodInput,
  type Payout,
  type PayoutFilter,
  type PayoutMethod,
  type PayoutOrder,
  type RemovePayoutMethodInput,
  type RequestPayoutInput,
  type SettlePayoutInput,
} from './payout.types';

/** Whose money: a team's (agency or client) or a user's own. */
export type PayoutOwner = { teamId: string } | { userId: string };

export const MAX_ACTIVE_PAYOUT_METHODS = 10;

/**
 * PO-1: a team's payouts are managed by its OWNER, ADMINs and FINANCIAL members (checked in the
 * transaction, against concurrent role changes); without a team, the caller's own account.
 */
async function payoutOwner(ctx: Context, em: EntityManager, teamId: string | null | undefined): Promise<PayoutOwner> {
  const viewer = requireViewer(ctx);
  if (!teamId) return { userId: viewer.id };
  if (!isIdOf('Team', teamId) || !(await selectOne(em, 'select 1 from team where id = ?', [teamId]))) throw notFound('Team');
  await requireTeamPermission(ctx, teamId, Permission.ManagePayouts, em);
  return { teamId };
}

const ownerColumns = (owner: PayoutOwner): [string | null, string | null] => ('teamId' in owner ? [owner.teamId, null] : [null, owner.userId]);

// ---- payout methods -------------------------------------------------------------------------

/** PO-1: adds a validated payout method; the API only ever shows it masked. */
export async function addPayoutMethod(ctx: Context, input: AddPayoutMethodInput): Promise<{ payoutMethod: PayoutMethod }> {
  const viewer = requireViewer(ctx);
  const details = validatePayoutDetails(input);
  const id = await inTransaction(ctx, async (em, now) => {
    const owner = await payoutOwner(ctx, em, input.teamId);
    const [teamId, userId] = ownerColumns(owner);
    // Lock the owner's row (not its methods: a new method is not in the snapshot of a waiting
    // `for update`, and an account without methods locks nothing), so concurrent additions
    // queue and each counts what the previous ones added: never more than the limit.
    await selectRows(em, `select id from ${teamId ? 'team' : 'app_user'} where id = ? for no key update`, [teamId ?? userId]);
    const active = await selectRows(
      em,
      `select id from payout_method where ${teamId ? 'team_id' : 'user_id'} = ? and removed_at is null`,
      [teamId ?? userId],
    );
    if (active.length >= MAX_ACTIVE_PAYOUT_METHODS) {
      throw userError(PayoutErrorCode.TOO_MANY_PAYOUT_METHODS, `At most ${MAX_ACTIVE_PAYOUT_METHODS} payout methods; remove one first.`);
    }
    const methodId = newId('PayoutMethod');
    await executeSql(
      em,
      `insert into payout_method (id, team_id, user_id, kind, details, created_by_id, created_at) values (?, ?, ?, ?, ?::jsonb, ?, ?)`,
      [methodId, teamId, userId, input.kind, JSON.stringify(details), viewer.id, now],
    );
    return methodId;
  });
  return { payoutMethod: (await payoutMethodById(ctx).load(id))! };
}

/** Those who manage the owner's payouts remove its methods; past payouts keep referring to them. */
export async function removePayoutMethod(ctx: Context, input: RemovePayoutMethodInput): Promise<{ payoutMethod: PayoutMethod }> {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em, now) => {
    const method = isIdOf('PayoutMethod', input.payoutMethodId)
      ? await selectOne<{ teamId: string | null; userId: string | null; removedAt: Date | null }>(
          em,
          'select team_id as "teamId", user_id as "userId", removed_at as "removedAt" from payout_method where id = ? for update',
          [input.payoutMethodId],
        )
      : undefined;
    if (!method) throw notFound('Payout method');
    if (method.teamId) await requireTeamPermission(ctx, method.teamId, Permission.ManagePayouts, em, 'Payout method');
    else if (method.userId !== viewer.id) throw notFound('Payout method');
    if (method.removedAt) throw userError(PayoutErrorCode.PAYOUT_METHOD_ALREADY_REMOVED, 'That payout method was already removed.', ['input', 'payoutMethodId']);
    await executeSql(em, 'update payout_method set removed_at = ? where id = ?', [now, input.payoutMethodId]);
  });
  return { payoutMethod: (await payoutMethodById(ctx).load(input.payoutMethodId))! };
}

// ---- payouts --------------------------------------------------------------------------------

export interface NewPayout {
  owner: PayoutOwner;
  payoutMethodId: string;
  amount: Money;
  now: Date;
  /** The user whose request (or, for automatic payouts, whose money) it is. */
  requestedById: string;
  /** Where the money comes from: the payee's available balance (PO-1), or commission payable (RF-4). */
  from: LedgerAccountKind.PAYEE_AVAILABLE | LedgerAccountKind.COMMISSIONS_PAYABLE;
  transactionKind: LedgerTransactionKind.PAYOUT_REQUESTED | LedgerTransactionKind.COMMISSION_PAID;
}

/**
 * Creates a PENDING payout in the caller's transaction: checks that the method is an active
 * method of the owner (PAYOUT_METHOD_NOT_USABLE), moves the money from `from` to the owner's
 * payouts in flight (INSUFFICIENT_FUNDS when it does not cover it), and records the
 * PAYOUT_REQUESTED event (PO-2). `settlePayout` settles it like any other payout. Used by
 * `requestPayout` and by the affiliate program's monthly commission payouts (RF-4).
 */
export async function createPayout(em: EntityManager, input: NewPayout): Promise<{ payoutId: string }> {
  const { owner, amount, now } = input;
  const [ownerTeamId, ownerUserId] = ownerColumns(owner);
  const method = isIdOf('PayoutMethod', input.payoutMethodId)
    ? await selectOne<{ teamId: string | null; userId: string | null; removedAt: Date | null }>(
        em,
        'select team_id as "teamId", user_id as "userId", removed_at as "removedAt" from payout_method where id = ? for share',
        [input.payoutMethodId],
      )
    : undefined;
  if (!method || method.removedAt || method.teamId !== ownerTeamId || method.userId !== ownerUserId) {
    throw userError(PayoutErrorCode.PAYOUT_METHOD_NOT_USABLE, 'Choose an active payout method of this account.', ['input', 'payoutMethodId']);
  }
  const id = newId('Payout');
  const posted = await postTransaction(em, {
    kind: input.transactionKind,
    now,
    refs: { payoutId: id },
    actorId: input.requestedById,
    legs: [
      { account: { owner, kind: input.from }, amount: amount.negate() },
      { account: { owner, kind: LedgerAccountKind.PAYOUTS_IN_FLIGHT }, amount },
    ],
  });
  await executeSql(
    em,
    `insert into payout (id, team_id, user_id, payout_method_id, amount, currency, status, requested_by_id, requested_at, request_transaction_id)
     values (?, ?, ?, ?, ?::bigint, ?, ?, ?, ?, ?)`,
    [id, ownerTeamId, ownerUserId, input.payoutMethodId, amount.cents.toString(), amount.currency, PayoutStatus.PENDING, input.requestedById, now, posted.id],
  );
  await recordPaymentEvent(em, { type: PaymentEventType.PAYOUT_REQUESTED, now, holder: owner, amount, refs: { payoutId: id }, actorId: input.requestedById });
  return { payoutId: id };
}

/**
 * PO-1: moves `amount` from the owner's available money to its payouts in flight and records
 * a PENDING payout, in one transaction. The available account is changed by a conditional
 * UPDATE, so concurrent requests queue on it and never take it below zero (INSUFFICIENT_FUNDS).
 * MN-2: keyed per caller; a repeat returns the first payout and moves nothing.
 */
export async function requestPayout(ctx: Context, input: RequestPayoutInput): Promise<{ payout: Payout }> {
  const viewer = requireVerifiedEmail(ctx, 'request a payout');
  const amount = parsePositiveAmount(input.amount);
  const teamId = input.teamId ?? null;
  const { payoutId } = await inTransaction(ctx, async (em, now) => {
    const owner = await payoutOwner(ctx, em, teamId);
    return once(
      em,
      { actorId: viewer.id, key: input.idempotencyKey, operation: 'requestPayout', args: { teamId, payoutMethodId: input.payoutMethodId, amount: amount.cents.toString() }, now },
      async () => {
        const created = await createPayout(em, {
          owner,
          payoutMethodId: input.payoutMethodId,
          amount,
          now,
          requestedById: viewer.id,
          from: LedgerAccountKind.PAYEE_AVAILABLE,
          transactionKind: LedgerTransactionKind.PAYOUT_REQUESTED,
        }).catch((error: unknown) => {
          if (error instanceof UserErrorException && error.errors[0].code === MoneyErrorCode.INSUFFICIENT_FUNDS) {
            throw userError(MoneyErrorCode.INSUFFICIENT_FUNDS, `The available balance does not cover ${amount.amount}.`, ['input', 'amount']);
          }
          throw error;
        });
        return { payoutId: created.payoutId };
      },
    );
  });
  return { payout: (await payoutById(ctx).load(payoutId))! };
}

/**
 * PO-2, staff only: a PENDING payout becomes PAID (the money leaves the platform) or FAILED
 * (the money returns to the available balance). The payout row is locked, so it settles once;
 * a settled payout is refused with PAYOUT_NOT_PENDING unless the same idempotency key repeats.
 */
export async function settlePayout(ctx: Context, input: SettlePayoutInput): Promise<{ payout: Payout }> {
  const staff = requireStaff(ctx);
  const { payoutId } = await inTransaction(ctx, async (em, now) => {
    const settle = async () => {
      const payout = isIdOf('Payout', input.payoutId)
        ? await selectOne<{ teamId: string | null; userId: string | null; amount: string; currency: string; status: PayoutStatus }>(
            em,
            'select team_id as "teamId", user_id as "userId", amount, currency, status from payout where id = ? for update',
            [input.payoutId],
          )
        : undefined;
      if (!payout) throw notFound('Payout');
      if (payout.status !== PayoutStatus.PENDING) {
        throw userError(PayoutErrorCode.PAYOUT_NOT_PENDING, `The payout is already ${payout.status}.`, ['input', 'payoutId']);
      }
      const owner: PayoutOwner = payout.teamId ? { teamId: payout.teamId } : { userId: payout.userId! };
      const amount = Money.ofCents(payout.amount, payout.currency);
      const paid = input.outcome === PayoutOutcome.PAID;
      const posted = await postTransaction(em, {
        kind: paid ? LedgerTransactionKind.PAYOUT_PAID : LedgerTransactionKind.PAYOUT_FAILED,
        now,
        refs: { payoutId: input.payoutId },
        actorId: staff.id,
        legs: [
          { account: { owner, kind: LedgerAccountKind.PAYOUTS_IN_FLIGHT }, amount: amount.negate() },
          { account: { owner, kind: paid ? LedgerAccountKind.PAID_OUT : LedgerAccountKind.PAYEE_AVAILABLE }, amount },
        ],
      });
      await executeSql(em, 'update payout set status = ?, settled_at = ?, settled_by_id = ?, settle_transaction_id = ? where id = ?', [
        paid ? PayoutStatus.PAID : PayoutStatus.FAILED,
        now,
        staff.id,
        posted.id,
        input.payoutId,
      ]);
      // PO-2: every change of a payout is a payment event for the account's holders.
      await recordPaymentEvent(em, {
        type: paid ? PaymentEventType.PAYOUT_PAID : PaymentEventType.PAYOUT_FAILED,
        now,
        holder: owner,
        amount,
        refs: { payoutId: input.payoutId },
        actorId: staff.id,
      });
      return { payoutId: input.payoutId };
    };
    return once(em, { actorId: staff.id, key: input.idempotencyKey, operation: 'settlePayout', args: { payoutId: input.payoutId, outcome: input.outcome }, now }, settle);
  });
  return { payout: (await payoutById(ctx).load(payoutId))! };
}

// ---- reading --------------------------------------------------------------------------------

/** Seen where the money is: the team's financial roles (and staff), or the user themself (AC-1). */
async function canSeeMoneyOf(ctx: Context, owner: { teamId: string | null; userId: string | null }): Promise<boolean> {
  const viewer = requireViewer(ctx);
  if (owner.teamId) return hasTeamPermission(ctx, owner.teamId, Permission.ViewFinances);
  return owner.userId === viewer.id || viewer.isStaff;
}

export async function findPayoutMethod(ctx: Context, id: string): Promise<PayoutMethod | undefined> {
  const method = isIdOf('PayoutMethod', id) ? await payoutMethodById(ctx).load(id) : undefined;
  return method && (await canSeeMoneyOf(ctx, method)) ? method : undefined;
}

export async function findPayout(ctx: Context, id: string): Promise<Payout | undefined> {
  const payout = isIdOf('Payout', id) ? await payoutById(ctx).load(id) : undefined;
  return payout && (await canSeeMoneyOf(ctx, payout)) ? payout : undefined;
}

registerNodeType('PayoutMethod', findPayoutMethod);
registerNodeType('Payout', findPayout);

const ORDER: Record<PayoutOrderField, { column: string; type: 'timestamptz' | 'bigint' }> = {
  [PayoutOrderField.REQUESTED_AT]: { column: 'requestedAt', type: 'timestamptz' },
  [PayoutOrderField.AMOUNT]: { column: 'amountCents', type: 'bigint' },
};

/** Staff's list of every payout, for internal tools (AC-2). */
export async function listPayouts(ctx: Context, args: ConnectionArgs, filter?: PayoutFilter | null, order?: PayoutOrder | null): Promise<Page<Payout>> {
  requireStaff(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  whereIn('status', filter?.status, where, params);
  if (filter?.teamId) (where.push('team_id = ?'), params.push(filter.teamId));
  if (filter?.userId) (where.push('user_id = ?'), params.push(filter.userId));
  const after = filter?.requestedAfter ?? filter?.createdAfter;
  const before = filter?.requestedBefore ?? filter?.createdBefore;
  if (after) (where.push('requested_at >= ?'), params.push(after));
  if (before) (where.push('requested_at < ?'), params.push(before));
  const sort = ORDER[order?.field ?? PayoutOrderField.REQUESTED_AT];
  return loadPage<Payout>(
    ctx.em,
    {
      sql: `select ${PAYOUT_COLUMNS} from payout ${where.length ? 'where ' + where.join(' and ') : ''}`,
      params,
      sort: { ...sort, direction: order?.direction ?? SortDirection.DESC },
    },
    args,
  );
}
