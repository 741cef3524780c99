import { Client } from 'pg';

/**
 * Runs `work` while this process holds the PostgreSQL advisory lock `key`, taken on a connection
 * of its own: outside the ORM's pool (which could hand the unlock to another session) and outside
 * the transaction gate, so `work` may use the pool like any request. A process that dies releases
 * the lock with its session. `wait: false` gives up at once when another session holds it.
 * Returns `work`'s result, or undefined when the lock was not taken.
 */
export async function withAdvisoryLock<T>(url: string, key: number, wait: boolean, work: () => Promise<T>): Promise<T | undefined> {
  const lock = new Client({ connectionString: url });
  // A connection dropped by a database restart surfaces in the queries below, not as an event.
  lock.on('error', () => undefined);
  await lock.connect();
  try {
    if (wait) await lock.query('select pg_advisory_lock($1)', [key]);
    else if (!(await lock.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [key])).rows[0].locked) return undefined;
    try {
      return await work();
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
    }
  } finally {
    await lock.end().catch(() => undefined);
  }
}
