import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer } from '../../auth/authorize';
import { realTime, signToken } from '../../auth/tokens';
import { executeSql, selectOne } from '../../db/sql';
import { transaction } from '../../db/transaction';
import { loadPage, SortDirection, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { isIdOf, newId } from '../../shared/ids';
import { SESSION_COLUMNS, type Session } from './session.types';

/** Sockets of a user whose sessions changed are re-checked on every server process. */
export const SESSIONS_CHANNEL = 'user_sessions';

/** A new session and its token, inside the caller's transaction. */
export async function openSession(ctx: Context, em: EntityManager, userId: string): Promise<{ sessionId: string; token: string }> {
  const sessionId = newId('Session');
  const now = realTime();
  // Whole seconds, as the token states its expiry.
  const expiresAt = new Date((Math.floor(now.getTime() / 1000) + ctx.config.jwtTtlSeconds) * 1000);
  await executeSql(
    em,
    `insert into user_session (id, user_id, created_at, last_seen_at, expires_at, user_agent) values (?, ?, ?, ?, ?, ?)`,
    [sessionId, userId, now, now, expiresAt, ctx.userAgent ?? null],
  );
  return { sessionId, token: await signToken(ctx.config.jwtSecret, userId, sessionId, expiresAt) };
}

/** Tells every process to re-check this user's sockets once the transaction commits. */
export async function announceSessionChange(em: EntityManager, userId: string): Promise<void> {
  await executeSql(em, `select pg_notify('${SESSIONS_CHANNEL}', ?)`, [userId]);
}

/**
 * Revokes a user's live sessions: all of them, all but one (`except`), or one (`only`).
 * Runs in the caller's transaction; returns how many were ended.
 */
export async function revokeSessions(em: EntityManager, userId: string, which: { only?: string; except?: string } = {}): Promise<number> {
  const params: unknown[] = [realTime(), userId];
  let filter = '';
  if (which.only) (filter += ' and id = ?'), params.push(which.only);
  if (which.except) (filter += ' and id <> ?'), params.push(which.except);
  const count = await executeSql(em, `update user_session set revoked_at = ? where user_id = ? and revoked_at is null${filter}`, params);
  if (count > 0) await announceSessionChange(em, userId);
  return count;
}

/** `logOut`: ends the caller's session, or another of their sessions named by id. */
export async function logOut(ctx: Context, sessionId?: string | null): Promise<{ revokedCount: number }> {
  const viewer = requireViewer(ctx);
  const target = sessionId ?? viewer.sessionId;
  const revokedCount = await transaction(ctx.em, async (em) => {
    if (!isIdOf('Session', target)) throw notFound('Session');
    const live = await selectOne(em, 'select 1 from user_session where id = ? and user_id = ? and revoked_at is null and expires_at > ?', [target, viewer.id, realTime()]);
    if (!live) throw notFound('Session');
    return revokeSessions(em, viewer.id, { only: target });
  });
  return { revokedCount };
}

/** `logOutEverywhere`: ends every session of the caller, this one too unless `keepCurrent`. */
export async function logOutEverywhere(ctx: Context, keepCurrent = false): Promise<{ revokedCount: number }> {
  const viewer = requireViewer(ctx);
  const revokedCount = await transaction(ctx.em, (em) => revokeSessions(em, viewer.id, keepCurrent ? { except: viewer.sessionId } : {}));
  return { revokedCount };
}

/** A user's live sessions, newest first; the user themself and staff only. */
export async function sessionsOf(ctx: Context, userId: string, args: ConnectionArgs): Promise<Page<Session>> {
  return loadPage<Session>(
    ctx.em,
    {
      sql: `select ${SESSION_COLUMNS}, ? as "currentId" from user_session where user_id = ? and revoked_at is null and expires_at > ?`,
      params: [ctx.viewer?.sessionId ?? null, userId, realTime()],
      sort: { column: 'createdAt', type: 'timestamptz', direction: SortDirection.DESC },
    },
    args,
  );
}

registerNodeType('Session', async (ctx, id) => {
  if (!ctx.viewer) return undefined;
  const row = await selectOne<Session>(ctx.em, `select ${SESSION_COLUMNS}, ? as "currentId" from user_session where id = ?`, [ctx.viewer.sessionId, id]);
  return row && (row.userId === ctx.viewer.id || ctx.viewer.isStaff) ? row : undefined;
});
