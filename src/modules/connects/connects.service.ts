import type { EntityManager } from '@mikro-orm/postgresql';
import { hasTeamPermission, requireTeamPermission, requireViewer } from '../../auth/authorize';
import { Permission, TeamKind } from '../../auth/permissions';
import { selectOne, selectRows } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import { defineNestedList, SortDirection, type ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { notFound, userError } from '../../graphql/errors';
import { rowsById } from '../../graphql/loaders';
import { registerNodeType } from '../../graphql/node';
import { isIdOf, newId } from '../../shared/ids';
import { once } from '../idempotency/idempotency.service';
import { teamById } from '../teams/team.loaders';
import { userById } from '../users/user.loaders';
import { ConnectsErrorCode } from './connects.errors';
import { CONNECTS_ENTRY_COLUMNS, ConnectsEntryKind, type ConnectsEntry, type PurchaseConnectsInput } from './connects.types';

export const MAX_PURCHASE = 1000;

export const connectsEntryById = rowsById<ConnectsEntry>(`select ${CONNECTS_ENTRY_COLUMNS} from connects_entry`);

/** Whose balance: an agency's collective one or a freelancer's own (CN-1). */
export type ConnectsOwner = { teamId: string } | { userId: string };

/**
 * The only way a Connects balance changes (CN-2, CN-4): one conditional UPDATE that refuses to
 * go below zero (so concurrent spends queue on the row lock and exactly as many succeed as the
 * balance pays for), and one history row carrying the balance after it.
 */
export async function changeConnects(
  em: EntityManager,
  change: { owner: ConnectsOwner; amount: number; kind: ConnectsEntryKind; actorId: string; now: Date; proposalId?: string; jobId?: string },
): Promise<string> {
  const [table, ownerId] = 'teamId' in change.owner ? ['team', change.owner.teamId] : ['app_user', change.owner.userId];
  const updated = await selectOne<{ balance: number }>(
    em,
    `update ${table} set connects_balance = connects_balance + ? where id = ? and connects_balance + ? >= 0 returning connects_balance as balance`,
    [change.amount, ownerId, change.amount],
  );
  if (!updated) {
    throw userError(ConnectsErrorCode.INSUFFICIENT_CONNECTS, `Not enough Connects: this needs ${-change.amount}.`);
  }
  const id = newId('ConnectsEntry');
  await selectRows(
    em,
    `insert into connects_entry (id, team_id, user_id, kind, change, balance_after, proposal_id, job_id, actor_id, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      'teamId' in change.owner ? change.owner.teamId : null,
      'userId' in change.owner ? change.owner.userId : null,
      change.kind,
      change.amount,
      updated.balance,
      change.proposalId ?? null,
      change.jobId ?? null,
      change.actorId,
      change.now,
    ],
  );
  return id;
}

/** CN-4: owners and admins buy for the agency; anyone buys for themself. */
export async function purchaseConnects(ctx: Context, input: PurchaseConnectsInput) {
  const viewer = requireViewer(ctx);
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > MAX_PURCHASE) {
    throw userError(ConnectsErrorCode.INVALID_QUANTITY, `Buy between 1 and ${MAX_PURCHASE} Connects at a time.`, ['input', 'quantity']);
  }
  const teamId = input.teamId ?? null;
  const { entryId } = await inTransaction(ctx, async (em, now) => {
    if (teamId) {
      const team = await selectOne<{ kind: TeamKind }>(em, 'select kind from team where id = ?', [teamId]);
      if (!team) throw notFound('Team');
      // A team's kind is public, so saying a client team holds no Connects reveals nothing.
      if (team.kind !== TeamKind.AGENCY) throw userError(ConnectsErrorCode.NOT_AN_AGENCY, 'Only agencies hold Connects.', ['input', 'teamId']);
      await requireTeamPermission(ctx, teamId, Permission.BuyConnects, em);
    }
    return once(
      em,
      { actorId: viewer.id, key: input.idempotencyKey, operation: 'purchaseConnects', args: { teamId, quantity: input.quantity }, now },
      async () => ({
        entryId: await changeConnects(em, {
          owner: teamId ? { teamId } : { userId: viewer.id },
          amount: input.quantity,
          kind: ConnectsEntryKind.PURCHASE,
          actorId: viewer.id,
          now,
        }),
      }),
    );
  });
  const entry = await connectsEntryById(ctx).load(entryId);
  return {
    entry: entry!,
    team: teamId ? await teamById(ctx).load(teamId) : null,
    user: teamId ? null : await userById(ctx).load(viewer.id),
  };
}

// ---- reading ------------------------------------------------------------------------------

/** The team's Connects history, batched across teams, newest first. */
export const teamConnectsHistory = defineNestedList<ConnectsEntry, ConnectionArgs>((teamIds) => ({
  sql: `select ${CONNECTS_ENTRY_COLUMNS} from connects_entry where team_id in (?)`,
  params: [teamIds],
  partitionBy: 'teamId',
  sort: { column: 'id', type: 'text', direction: SortDirection.DESC },
}));

/** A user's own Connects history, batched across users, newest first. */
export const userConnectsHistory = defineNestedList<ConnectsEntry, ConnectionArgs>((userIds) => ({
  sql: `select ${CONNECTS_ENTRY_COLUMNS} from connects_entry where user_id in (?)`,
  params: [userIds],
  partitionBy: 'userId',
  sort: { column: 'id', type: 'text', direction: SortDirection.DESC },
}));

/** A history row is visible where its balance is: the agency's members, or the user; and staff. */
export async function findConnectsEntry(ctx: Context, id: string): Promise<ConnectsEntry | undefined> {
  const viewer = requireViewer(ctx);
  const entry = isIdOf('ConnectsEntry', id) ? await connectsEntryById(ctx).load(id) : undefined;
  if (!entry) return undefined;
  if (entry.userId) return entry.userId === viewer.id || viewer.isStaff ? entry : undefined;
  return (await hasTeamPermission(ctx, entry.teamId!, Permission.ViewConnects)) ? entry : undefined;
}

registerNodeType('ConnectsEntry', findConnectsEntry);
