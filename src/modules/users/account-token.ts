import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { realTime } from '../../auth/tokens';
import { executeSql, selectOne } from '../../db/sql';
import { userError } from '../../graphql/errors';
import { AccountTokenPurpose } from './account-token.entity';
import { AuthErrorCode } from './user.errors';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new single-use token for a mail link; only its hash is stored. Runs in the caller's transaction. */
export async function issueToken(
  em: EntityManager,
  userId: string,
  purpose: AccountTokenPurpose,
  email: string,
  ttlSeconds: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = realTime();
  await executeSql(
    em,
    `insert into account_token (token_hash, user_id, purpose, email, created_at, expires_at) values (?, ?, ?, ?, ?, ?)`,
    [hashToken(token), userId, purpose, email, now, new Date(now.getTime() + ttlSeconds * 1000)],
  );
  return token;
}

export interface UsedToken {
  userId: string;
  email: string;
}

/**
 * Uses a token up: exactly one of any number of concurrent uses succeeds. Anything else (unknown,
 * already used, expired, of another purpose) is a userError that says which.
 */
export async function useToken(em: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<UsedToken> {
  const hash = typeof token === 'string' && token.length <= 200 ? hashToken(token) : '';
  const now = realTime();
  const used = await selectOne<UsedToken>(
    em,
    `update account_token set used_at = ?
      where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
      returning user_id as "userId", email`,
    [now, hash, purpose, now],
  );
  if (used) return used;
  const known = await selectOne<{ used: boolean }>(em, 'select used_at is not null as used from account_token where token_hash = ? and purpose = ?', [hash, purpose]);
  if (!known) throw userError(AuthErrorCode.TOKEN_INVALID, 'That link is not valid.', ['input', 'token']);
  if (known.used) throw userError(AuthErrorCode.TOKEN_USED, 'That link was already used.', ['input', 'token']);
  throw userError(AuthErrorCode.TOKEN_EXPIRED, 'That link has expired; ask for a new one.', ['input', 'token']);
}

/** Ends every other outstanding token of one purpose (after a reset, or a verification). */
export async function useUpTokens(em: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
  await executeSql(em, 'update account_token set used_at = ? where user_id = ? and purpose = ? and used_at is null', [realTime(), userId, purpose]);
}
