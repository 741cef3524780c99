import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '../../db/sql';
import { appendEvent } from './event-log';
import { EventStream } from './event.entity';

/** Every change of an offer (OF-5). */
export enum OfferEventType {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

export interface OfferParties {
  id: string;
  clientTeamId: string;
  agencyId: string | null;
  freelancerId: string;
}

/**
 * OF-5: records an offer's change for its client team, its agency (agency offers) and its
 * freelancer, in the caller's transaction (written when it commits).
 */
export async function recordOfferEvent(em: EntityManager, type: OfferEventType, offer: OfferParties, now: Date, actorId: string | null): Promise<void> {
  return appendEvent(em, {
    stream: EventStream.OFFER,
    type,
    occurredAt: now,
    subjectId: offer.id,
    teamIds: offer.agencyId ? [offer.clientTeamId, offer.agencyId] : [offer.clientTeamId],
    userIds: [offer.freelancerId],
    actorId,
  });
}

/**
 * Changes offers with one UPDATE ... RETURNING the parties (the SQL must return id,
 * client_team_id, agency_id, freelancer_id) and records the event of each, in `em`'s transaction.
 */
export async function updateOffersWithEvents(
  em: EntityManager,
  type: OfferEventType,
  updateSql: string,
  params: unknown[],
  now: Date,
  actorId: string | null,
): Promise<number> {
  const changed = await selectRows<OfferParties>(
    em,
    `${updateSql} returning id, client_team_id as "clientTeamId", agency_id as "agencyId", freelancer_id as "freelancerId"`,
    params,
  );
  for (const offer of changed) await recordOfferEvent(em, type, offer, now, actorId);
  return changed.length;
}
