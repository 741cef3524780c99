import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { selectOne } from '../db/sql';
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

/**
 * The user and session a token names, in one statement (which also notes "last seen" when it is
 * stale). Undefined when the session was revoked or has expired, or the user is gone. The note
 * skips a session row another transaction holds (a sign-out, say): a request never waits for it.
 */
export async function sessionUser(
  em: EntityManager,
  userId: string,
  sessionId: string,
): Promise<{ id: string; email: string; emailVerified: boolean } | undefined> {
  const now = realTime();
  return selectOne(
    em,
    `with seen as (
       update user_session set last_seen_at = ?
        where id = (select id from user_session where id = ? and revoked_at is null and last_seen_at < ? for update skip locked)
     )
     select u.id, u.email, u.email_verified_at is not null as "emailVerified"
       from user_session s join app_user u on u.id = s.user_id
      where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > ?`,
    [now, sessionId, new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS), sessionId, userId, now],
  );
}

/**
 * Who an `Authorization` value names. No value means anonymous; a bad, expired, forged or
 * revoked token, or one whose user is gone, is refused rather than treated as anonymous.
 */
export async function authenticate(config: Config, em: EntityManager, authorization: unknown): Promise<Authenticated> {
  const token = bearerToken(authorization);
  if (token === undefined) return { viewer: null };
  if (token === null) throw refused('The Authorization header must be "Bearer <token>".');
  const check = await verifyToken(config.jwtSecret, token);
  if (!check.ok) throw refused(check.reason === 'expired' ? 'The token has expired; sign in again.' : 'The token is not valid.');
  const user = await sessionUser(em, check.claims.userId, check.claims.sessionId);
  if (!user) throw refused('The token is not valid any more (signed out); sign in again.');
  return { viewer: viewerOf(config, user, check.claims.sessionId), expiresAt: check.claims.expiresAt };
}
