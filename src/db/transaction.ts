import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../graphql/context';

/**
 * Runs `work` in one database transaction on a fork of `em`: everything it writes (entities it
 * created are flushed at the end) commits together, or nothing does. Begin/commit rather than
 * `em.transactional`, which keeps its context in AsyncLocalStorage and so switches on promise
 * hooks for the whole process: a measurable tax on every read that follows.
 */
export async function transaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const tx = em.fork({ clear: true, useContext: false }) as EntityManager;
  await tx.begin();
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
 * Runs `work` in one database transaction with the request's instant. Afterwards the request's
 * loaders are emptied so that reads see what was written.
 */
export async function inTransaction<T>(ctx: Context, work: (em: EntityManager, now: Date) => Promise<T>): Promise<T> {
  const now = await ctx.clock.now();
  try {
    return await transaction(ctx.em, (em) => work(em, now));
  } finally {
    ctx.loaders.clearAll();
  }
}
