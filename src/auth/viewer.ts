import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { isPoolExhausted } from '../db/pool';
import { selectRows } from '../db/sql';
import { Batcher } from '../shared/batcher';
import type { Viewer } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { bearerToken, realTime, verifyToken } from './tokens';

export interface Authenticated {
  viewer: Viewer | null;
  /** When the token stops being valid; subscriptions close then. */
  expiresAt?: Date;
}

function refused(message: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

/** Staff are the verified users whose address STAFF_EMAILS lists. */
export function viewerOf(config: Config, user: { id: string; email: string; emailVerified: boolean }, sessionId: string): Viewer {
  return {
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerified,
    isStaff: user.emailVerified && config.staffEmails.has(user.email),
    sessionId,
  };
}

/** How often a session's "last seen" is written at most: once a minute, not on every request. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** A signed-in user as their session row and user row say now. */
export interface SessionUser {
  id: string;
  email: string;
  emailVerified: boolean;
}

/**
 * The users of several sessions in one statement (which also notes "last seen" where it is
 * stale): for each `[userId, sessionId]` asked, the user, or undefined when the session was
 * revoked or has expired, or the user is gone. The note skips a session row another transaction
 * holds (a sign-out, say): a request never waits for it.
 */
export async function sessionUsers(em: EntityManager, asked: [userId: string, sessionId: string][]): Promise<(SessionUser | undefined)[]> {
  const now = realTime();
  const rows = await selectRows<SessionUser & { sessionId: string }>(
    em,
    `with asked as (select * from json_to_recordset(?::json) as a(user_id text, session_id text)),
     seen as (
       update user_session set last_seen_at = ?
        where id in (select s.id from user_session s join asked a on a.session_id = s.id
                      where s.revoked_at is null and s.last_seen_at < ? for update of s skip locked)
     )
     select s.id as "sessionId", u.id, u.email, u.email_verified_at is not null as "emailVerified"
       from asked a join user_session s on s.id = a.session_id and s.user_id = a.user_id join app_user u on u.id = s.user_id
      where s.revoked_at is null and s.expires_at > ?`,
    [JSON.stringify(asked.map(([userId, sessionId]) => ({ user_id: userId, session_id: sessionId }))), now, new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS), now],
  );
  return asked.map(([userId, sessionId]) => {
    const row = rows.find((r) => r.sessionId === sessionId && r.id === userId);
    return row && { id: row.id, email: row.email, emailVerified: row.emailVerified };
  });
}

/** The user of one session: `sessionUsers` for one. */
export async function sessionUser(em: EntityManager, userId: string, sessionId: string): Promise<SessionUser | undefined> {
  return (await sessionUsers(em, [[userId, sessionId]]))[0];
}

/**
 * Session checks of one process, batched (shared/batcher.ts): the checks that arrive while one
 * statement is on its way are made together in the next, so a busy process sends a fraction of
 * a statement per request. Each check is still made after its request arrived, so a sign-out
 * that committed before is always seen. Its EntityManager is its own fork, used only to send
 * these statements.
 */
export class SessionChecks {
  private readonly batches: Batcher<[string, string], SessionUser | undefined>;

  constructor(em: EntityManager) {
    this.batches = new Batcher(
      async (asked) => {
        // One user and session asked by many requests is looked up once.
        const distinct = [...new Map(asked.map((pair) => [pair.join(' '), pair])).values()];
        const users = await sessionUsers(em, distinct);
        const byPair = new Map(distinct.map((pair, i) => [pair.join(' '), users[i]]));
        return asked.map((pair) => ({ status: 'fulfilled', value: byPair.get(pair.join(' ')) }));
      },
      // No connection came free in DB_ACQUIRE_TIMEOUT_MS: the requests waiting behind are
      // refused with it (SERVICE_UNAVAILABLE) rather than each waiting that long again in turn.
      { failsWaiting: isPoolExhausted },
    );
  }

  user(userId: string, sessionId: string): Promise<SessionUser | undefined> {
    return this.batches.call([userId, sessionId]);
  }
}

/**
 * Who an `Authorization` value names. No value means anonymous; a bad, expired, forged or
 * revoked token, or one whose user is gone, is refused rather than treated as anonymous.
 */
export async function authenticate(config: Config, sessions: EntityManager | SessionChecks, authorization: unknown): Promise<Authenticated> {
  const token = bearerToken(authorization);
  if (token === undefined) return { viewer: null };
  if (token === null) throw refused('The Authorization header must be "Bearer <token>".');
  const check = await verifyToken(config.jwtSecret, token);
  if (!check.ok) throw refused(check.reason === 'expired' ? 'The token has expired; sign in again.' : 'The token is not valid.');
  const { userId, sessionId } = check.claims;
  const user = sessions instanceof SessionChecks ? await sessions.user(userId, sessionId) : await sessionUser(sessions, userId, sessionId);
  if (!user) throw refused('The token is not valid any more (signed out); sign in again.');
  return { viewer: viewerOf(config, user, check.claims.sessionId), expiresAt: check.claims.expiresAt };
}
