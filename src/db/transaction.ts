import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../graphql/context';
import { serviceUnavailable } from '../graphql/errors';
import { Loaders } from '../graphql/loaders';
import { isPoolExhausted } from './pool';

/**
 * Admits at most `limit` transactions of one process at a time, first come first served. It is
 * set to half the pool (at least one), so connections are always left for reads (the answers of
 * mutations that just committed, other users' queries): transactions can never take the whole
 * pool, and a read never waits on a transaction that waits for a connection. Half, not all but
 * one: a burst of mutations on the same rows holds its connections idle while they queue on the
 * row locks, and the reads of every other request would share what is left. A caller that
 * cannot get in within `timeoutMs` is refused (SERVICE_UNAVAILABLE) before anything began.
 */
export class TransactionGate {
  private running = 0;
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(
    readonly limit: number,
    readonly timeoutMs: number,
  ) {}

  /** Waits for a place; resolves to the function that gives it back (call it exactly once). */
  enter(): Promise<() => void> {
    if (this.running < this.limit && !this.waiting.length) {
      this.running++;
      return Promise.resolve(this.leaveOnce());
    }
    return new Promise((resolve, reject) => {
      const entry = {
        admit: () => {
          clearTimeout(entry.timer);
          resolve(this.leaveOnce());
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(serviceUnavailable());
        }, this.timeoutMs),
      };
      this.waiting.push(entry);
    });
  }

  private leaveOnce(): () => void {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.waiting.shift();
      if (next) next.admit();
      else this.running--;
    };
  }
}

/** One gate per ORM (its forks share one configuration object, and one pool). */
const gates = new WeakMap<object, TransactionGate>();

export function gateOf(em: EntityManager): TransactionGate {
  const config = em.config;
  let gate = gates.get(config);
  if (!gate) {
    const pool = (config.get('pool') ?? {}) as { max?: number; acquireTimeoutMillis?: number };
    const size = pool.max ?? 10;
    gate = new TransactionGate(Math.max(1, Math.floor(size / 2)), pool.acquireTimeoutMillis ?? 60_000);
    gates.set(config, gate);
  }
  return gate;
}

/**
 * Runs `work` in one database transaction on a fork of `em`: everything it writes (entities it
 * created are flushed at the end) commits together, or nothing does. Begin/commit rather than
 * `em.transactional`, which keeps its context in AsyncLocalStorage and so switches on promise
 * hooks for the whole process: a measurable tax on every read that follows.
 *
 * Called with an EntityManager that is already in a transaction, `work` joins it: one
 * transaction never waits for a second connection. When the process's transactions are all
 * busy, or the pool has no connection to begin with, it throws SERVICE_UNAVAILABLE before
 * anything was done. One that PostgreSQL rolls back for a deadlock or a serialization failure
 * runs again, up to TRANSACTION_ATTEMPTS times.
 */
export async function transaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (em.isInTransaction()) return work(em);
  const leave = await gateOf(em).enter();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(em, work);
      } catch (error) {
        if (attempt >= TRANSACTION_ATTEMPTS || !isRetryable(error)) throw error;
        // Rolled back whole: nothing of it stands, so it runs again from the start (after a
        // moment, so that the transaction it collided with can finish).
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
      }
    }
  } finally {
    leave();
  }
}

/**
 * How often a transaction runs when PostgreSQL rolls it back for a deadlock (40P01) or a
 * serialization failure (40001): those say nothing about the request, only about its timing
 * against another transaction, and the client would only have to send it again.
 */
export const TRANSACTION_ATTEMPTS = 3;

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

async function once<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const tx = em.fork({ clear: true, useContext: false }) as EntityManager;
  try {
    await tx.begin();
  } catch (error) {
    throw isPoolExhausted(error) ? serviceUnavailable() : error;
  }
  let result: T;
  try {
    // STATEMENT_TIMEOUT_MS is for reads: a write may wait its turn for the rows it locks.
    await tx.getConnection().execute('set local statement_timeout = 0', [], 'run', tx.getTransactionContext());
    result = await work(tx);
  } catch (error) {
    await tx.rollback();
    throw error;
  }
  try {
    await tx.commit();
  } catch (error) {
    // A failed COMMIT (a deferred constraint, say) leaves the transaction to be rolled back.
    if (tx.isInTransaction()) await tx.rollback().catch(() => undefined);
    throw error;
  }
  return result;
}

/**
 * Runs `work` in one database transaction with the request's instant. While it runs, the
 * request reads through the transaction: `ctx.em` is the transaction's EntityManager and
 * `ctx.loaders` are loaders on it, so services and permission checks that read through the
 * context use the transaction's connection and see its writes. Afterwards the request's own
 * EntityManager and loaders come back, emptied so that reads see what was written.
 *
 * Outside production the request's own EntityManager refuses to be used meanwhile: a read that
 * bypasses the transaction would hold one connection while waiting for a second, the way a pool
 * deadlocks, so it fails loudly in tests instead.
 */
export async function inTransaction<T>(ctx: Context, work: (em: EntityManager, now: Date) => Promise<T>): Promise<T> {
  const now = await ctx.clock.now();
  // A service called from inside another's transaction joins it.
  if (ctx.em.isInTransaction()) return work(ctx.em, now);
  const outer = { em: ctx.em, loaders: ctx.loaders };
  try {
    const result = await transaction(outer.em, async (tx) => {
      ctx.em = tx;
      ctx.loaders = new Loaders(tx);
      const release = ctx.config.env === 'production' ? undefined : forbidUse(outer.em);
      try {
        return await work(tx, now);
      } finally {
        release?.();
        ctx.em = outer.em;
        ctx.loaders = outer.loaders;
      }
    });
    // From here on an error in this request must not claim that nothing changed.
    ctx.committed = true;
    return result;
  } finally {
    outer.loaders.clearAll();
  }
}

/** The message of the guard's error: names the mistake and its fix. */
export const SECOND_CONNECTION =
  "A second database connection was asked for while this request's transaction is open; read through the transaction (ctx.em and ctx.loaders inside inTransaction, or its em).";

/**
 * Until the returned function is called, every query through `em` throws: its driver (which
 * every query, `getConnection` and flush go through) is swapped for one that refuses.
 */
function forbidUse(em: EntityManager): () => void {
  const holder = em as unknown as { driver: object };
  const driver = holder.driver;
  holder.driver = new Proxy(driver, {
    get() {
      throw new Error(SECOND_CONNECTION);
    },
  });
  return () => {
    holder.driver = driver;
  };
}
