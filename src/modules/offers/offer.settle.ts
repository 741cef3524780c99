import type { EntityManager } from '@mikro-orm/postgresql';
import { executeSql } from '../../db/sql';

/** A cancelled job takes its pending offers back with it. */
export async function withdrawPendingOffersOfJob(em: EntityManager, jobId: string, actorId: string, now: Date): Promise<number> {
  return executeSql(
    em,
    `update offer set status = 'WITHDRAWN', responded_at = ?, responded_by_id = ? where job_id = ? and status = 'PENDING' and expires_at > ?`,
    [now, actorId, jobId, now],
  );
}
