import { selectRows } from '../db/sql';
import type { Context } from '../graphql/context';
import { byKey } from '../graphql/loaders';
import type { ActiveMembership } from './authorize';

const TOKEN = Symbol('viewerMembership');

/** The viewer's active membership per team id, batched: one statement for any number of teams. */
export function viewerMembership(ctx: Context) {
  const userId = ctx.viewer?.id ?? '';
  return ctx.loaders.get<string, ActiveMembership | undefined>(TOKEN, async (em, teamIds) => {
    const rows = await selectRows<ActiveMembership>(
      em,
      `select m.id as "memberId", m.team_id as "teamId", t.kind, m.roles
         from member m join team t on t.id = m.team_id
        where m.user_id = ? and m.status = 'ACTIVE' and m.team_id in (?)`,
      [userId, teamIds as string[]],
    );
    return byKey(teamIds, rows, (row) => row.teamId);
  });
}
