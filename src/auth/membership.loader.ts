import { selectRows } from '../db/sql';
import type { Context } from '../graphql/context';
import { byKey, defineLoader } from '../graphql/loaders';
import type { ActiveMembership } from './authorize';

interface MembershipRow extends ActiveMembership {
  userId: string;
}

const keyOf = (userId: string, teamId: string) => `${userId}|${teamId}`;

/**
 * Active memberships by (user, team), batched: one statement for any number of pairs. Keyed by
 * the pair, not by the viewer, so a bag of loaders holds nothing one viewer may see and another
 * may not (subscriptions share one bag among the subscribers of an event).
 */
const membershipByPair = defineLoader<string, ActiveMembership | undefined>(async (em, pairs) => {
  const split = pairs.map((pair) => pair.split('|'));
  const rows = await selectRows<MembershipRow>(
    em,
    `select m.id as "memberId", m.team_id as "teamId", m.user_id as "userId", t.kind, m.roles
       from member m join team t on t.id = m.team_id
      where m.status = 'ACTIVE' and m.user_id in (?) and m.team_id in (?)`,
    [[...new Set(split.map(([userId]) => userId))], [...new Set(split.map(([, teamId]) => teamId))]],
  );
  return byKey(pairs, rows, (row) => keyOf(row.userId, row.teamId));
});

/** The viewer's active membership per team id. */
export function viewerMembership(ctx: Context) {
  const userId = ctx.viewer?.id ?? '';
  return { load: (teamId: string) => membershipByPair(ctx).load(keyOf(userId, teamId)) };
}
