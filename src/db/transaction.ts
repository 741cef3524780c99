import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../graphql/context';

/**
 * Runs `work` in one database transaction with the request's instant. Everything it writes
 * commits together or not at all; afterwards the request's loaders are emptied so that
 * reads see what was written.
 */
export async function inTransaction<T>(ctx: Context, work: (em: EntityManager, now: Date) => Promise<T>): Promise<T> {
  const now = await ctx.clock.now();
  try {
    return await ctx.em.transactional((em) => work(em as EntityManager, now));
  } finally {
    ctx.loaders.clearAll();
  }
}

