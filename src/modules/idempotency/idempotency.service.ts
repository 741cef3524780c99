import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeSql, selectOne, selectRows } from '../../db/sql';
import { userError } from '../../graphql/errors';
import { IdempotencyErrorCode } from './idempotency.errors';

function hashOf(args: unknown): string {
  return createHash('sha256').update(JSON.stringify(args)).digest('hex');
}

/**
 * MN-2: runs `work` once per (caller, key) inside the caller's transaction. The key row is
 * inserted first, so a concurrent repeat waits on it and then sees the committed result; if
 * the first attempt rolls back, its key goes with it and a retry runs afresh. A repeat
 * returns the stored result and does nothing; the same key with other arguments is refused.
 */
export async function once<R extends Record<string, unknown>>(
  em: EntityManager,
  request: { actorId: string; key: string; operation: string; args: unknown; now: Date },
  work: () => Promise<R>,
): Promise<R> {
  const key = request.key.trim();
  if (!key || key.length > 200) {
    throw userError(IdempotencyErrorCode.INVALID_IDEMPOTENCY_KEY, 'The idempotency key must be 1 to 200 characters.', ['input', 'idempotencyKey']);
  }
  const requestHash = hashOf([request.operation, request.args]);
  const inserted = await selectRows(
    em,
    `insert into idempotency_key (actor_id, key, operation, request_hash, result, created_at)
     values (?, ?, ?, ?, '{}'::jsonb, ?) on conflict do nothing returning key`,
    [request.actorId, key, request.operation, requestHash, request.now],
  );
  if (!inserted.length) {
    const first = await selectOne<{ requestHash: string; result: R }>(
      em,
      'select request_hash as "requestHash", result from idempotency_key where actor_id = ? and key = ?',
      [request.actorId, key],
    );
    if (!first || first.requestHash !== requestHash) {
      throw userError(
        IdempotencyErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This idempotency key was already used for a different request.',
        ['input', 'idempotencyKey'],
      );
    }
    return first.result;
  }
  const result = await work();
  await executeSql(em, 'update idempotency_key set result = ?::jsonb where actor_id = ? and key = ?', [JSON.stringify(result), request.actorId, key]);
  return result;
}
