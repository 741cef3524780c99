import type { EntityManager } from '@mikro-orm/postgresql';
import { OfferEventType, updateOffersWithEvents } from '../events/offer-events';

/** A cancelled job takes its pending offers back with it, each a WITHDRAWN event (OF-5). */
export async function withdrawPendingOffersOfJob(em: EntityManager, jobId: string, actorId: string, now: Date): Promise<number> {
  return updateOffersWithEvents(
    em,
    OfferEventType.WITHDRAWN,
    `update offer set status = 'WITHDRAWN', responded_at = ?, responded_by_id = ? where job_id = ? and status = 'PENDING' and expires_at > ?`,
    [now, actorId, jobId, now],
    now,
    actorId,
  );
}
