import type { EntityManager } from '@mikro-orm/postgresql';
import { selectOne } from '../../db/sql';

/** Whether a user is an active member of a team, read in `em`'s transaction. */
export async function isActiveMember(em: EntityManager, teamId: string, userId: string): Promise<boolean> {
  return Boolean(await selectOne(em, `select 1 from member where team_id = ? and user_id = ? and status = 'ACTIVE'`, [teamId, userId]));
}

/** The agency a user is an exclusive, active member of, if any: at most one (AG-2, AG-6). */
export async function exclusiveAgencyOf(em: EntityManager, userId: string): Promise<string | undefined> {
  const row = await selectOne<{ teamId: string }>(
    em,
    `select m.team_id as "teamId" from member m join team t on t.id = m.team_id
      where m.user_id = ? and m.status = 'ACTIVE' and m.relationship = 'EXCLUSIVE' and t.kind = 'AGENCY'`,
    [userId],
  );
  return row?.teamId;
}
