import { hasTeamPermission, requireStaff, requireViewer } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import { selectRows, whereIn, whereRange } from '../../db/sql';
import { defineNestedList, SortDirection } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { defineLoader, rowsById } from '../../graphql/loaders';
import { registerNodeType } from '../../graphql/node';
import { isIdOf } from '../../shared/ids';
import { Money } from '../../shared/money';
import { LedgerAccountKind, LedgerOwnerType } from './ledger.entity';
import { checkLedger, type LedgerCheck } from './ledger.service';
import { ACCOUNT_ENTRY_COLUMNS, ACCOUNT_ENTRY_FROM, type Account, type AccountEntriesArgs, type AccountEntry } from './money.types';

/** The balances of every team or user of a request, in one statement (grouped by owner and kind). */
const balancesOfOwner = defineLoader<string, Account>(async (em, ownerIds) => {
  const rows = await selectRows<{ ownerId: string; kind: LedgerAccountKind; balance: string }>(
    em,
    `select owner_id as "ownerId", kind, sum(balance)::bigint as balance from ledger_account
      where owner_type in ('TEAM', 'USER') and owner_id in (?) group by owner_id, kind`,
    [ownerIds as string[]],
  );
  const sums = new Map<string, Map<LedgerAccountKind, bigint>>();
  for (const row of rows) {
    const byKind = sums.get(row.ownerId) ?? new Map<LedgerAccountKind, bigint>();
    byKind.set(row.kind, BigInt(row.balance));
    sums.set(row.ownerId, byKind);
  }
  return ownerIds.map((ownerId) => {
    const of = (kind: LedgerAccountKind) => Money.ofCents(sums.get(ownerId)?.get(kind) ?? 0n);
    return {
      ownerId,
      available: of(LedgerAccountKind.PAYEE_AVAILABLE),
      pending: of(LedgerAccountKind.PAYEE_PENDING),
      inFlight: of(LedgerAccountKind.PAYOUTS_IN_FLIGHT),
      inEscrow: of(LedgerAccountKind.ESCROW),
    };
  });
});

/**
 * The account of a team or user. The figures are the accounts' balances, each kept equal to
 * the sum of its entries in the same transaction (and proved so by `ledgerCheck`). The caller
 * has checked visibility.
 */
export function accountOf(ctx: Context, ownerId: string): Promise<Account> {
  return balancesOfOwner(ctx).load(ownerId);
}

/** `Account.entries` for every account of a request in one statement, newest first. */
export const entriesOfOwner = defineNestedList<AccountEntry, AccountEntriesArgs>((ownerIds, args) => {
  const where: string[] = [];
  const params: unknown[] = [ownerIds];
  const accountKinds = args.filter?.accountKinds ?? (args.accountKinds?.length ? args.accountKinds : null);
  whereIn('a.kind', accountKinds, where, params);
  whereIn('t.kind', args.filter?.kinds, where, params);
  whereRange('t.occurred_at', args.filter?.occurredAfter, args.filter?.occurredBefore, where, params);
  return {
    sql: `select ${ACCOUNT_ENTRY_COLUMNS} from ${ACCOUNT_ENTRY_FROM}
           where a.owner_type in ('TEAM', 'USER') and a.owner_id in (?)${where.map((condition) => ` and ${condition}`).join('')}`,
    params,
    partitionBy: 'ownerId',
    // Entry ids grow in the order they were recorded, which is the order money moved.
    sort: args.orderBy
      ? { column: 'occurredAt', type: 'timestamptz', direction: args.orderBy.direction ?? SortDirection.DESC }
      : { column: 'id', type: 'text', direction: SortDirection.DESC },
  };
});

const DESCRIPTIONS: Record<string, string> = {
  CLIENT_CHARGE: 'Charged to the funding source into escrow',
  ESCROW_RELEASE: 'Released from escrow',
  ESCROW_REFUND: 'Refunded from escrow',
  FUNDS_AVAILABLE: 'Security period over: now available',
  PAYOUT_REQUESTED: 'Payout requested',
  PAYOUT_PAID: 'Payout paid',
  PAYOUT_FAILED: 'Payout failed: money returned',
  COMMISSION_ACCRUED: 'Commission earned',
  COMMISSION_REVERSED: 'Commission reduced by a refund',
  COMMISSION_PAID: 'Commission paid',
};

/** A readable line for a statement: the memo when there is one, else what the kind means. */
export function describeEntry(entry: AccountEntry): string {
  const base = entry.memo ?? DESCRIPTIONS[entry.kind] ?? entry.kind;
  const about = entry.milestoneId ? ` (milestone ${entry.milestoneId})` : entry.invoiceId ? ` (invoice ${entry.invoiceId})` : '';
  return base + about;
}

export function entryAmount(entry: AccountEntry): Money {
  return Money.ofCents(entry.amountCents, entry.currency);
}

const entryById = rowsById<AccountEntry>(`select ${ACCOUNT_ENTRY_COLUMNS} from ${ACCOUNT_ENTRY_FROM}`, 'e.id');

/** An entry is seen where its account is: the team's financial roles, the user, and staff (AC-1). */
export async function findAccountEntry(ctx: Context, id: string): Promise<AccountEntry | undefined> {
  const viewer = requireViewer(ctx);
  const entry = isIdOf('AccountEntry', id) ? await entryById(ctx).load(id) : undefined;
  if (!entry) return undefined;
  if (viewer.isStaff) return entry;
  if (entry.ownerType === LedgerOwnerType.USER) return entry.ownerId === viewer.id ? entry : undefined;
  if (entry.ownerType === LedgerOwnerType.TEAM) return (await hasTeamPermission(ctx, entry.ownerId!, Permission.ViewFinances)) ? entry : undefined;
  return undefined;
}

registerNodeType('AccountEntry', findAccountEntry);

/** Staff: proves the ledger sound (MN-1). */
export async function ledgerCheck(ctx: Context): Promise<LedgerCheck> {
  requireStaff(ctx);
  return checkLedger(ctx.em);
}
