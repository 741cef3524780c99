import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { selectOne } from '../db/sql';
import type { Viewer } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { bearerToken, verifyToken } from './tokens';

export interface Authenticated {
  viewer: Viewer | null;
  /** When the token stops being valid; subscriptions close then. */
  expiresAt?: Date;
}

function refused(message: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

/**
 * Who an `Authorization` value names. No value means anonymous; a bad, expired or forged
 * token, or one whose user is gone, is refused rather than treated as anonymous.
 */
export async function authenticate(config: Config, em: EntityManager, authorization: unknown): Promise<Authenticated> {
  const token = bearerToken(authorization);
  if (token === undefined) return { viewer: null };
  if (token === null) throw refused('The Authorization header must be "Bearer <token>".');
  const check = await verifyToken(config.jwtSecret, token);
  if (!check.ok) throw refused(check.reason === 'expired' ? 'The token has expired; sign in again.' : 'The token is not valid.');
  const user = await selectOne<{ id: string; email: string }>(em, 'select id, email from app_user where id = ?', [check.claims.userId]);
  if (!user) throw refused('The token is not valid.');
  return {
    viewer: { id: user.id, email: user.email, isStaff: config.staffEmails.has(user.email) },
    expiresAt: check.claims.expiresAt,
  };
}
