import type { EntityManager } from '@mikro-orm/postgresql';
import { executeSql, selectRows } from '../../db/sql';
import { changeConnects } from '../connects/connects.service';
import { ConnectsEntryKind } from '../connects/connects.types';
import { ProposalStatus } from './proposal.entity';

/**
 * Ends the live proposals of a job that stops taking them. CN-3: only a job cancelled before
 * anyone was hired returns their Connects, to whichever balance paid (agency or freelancer).
 * Returns how many proposals were refunded.
 */
export async function settleProposalsOfJob(
  em: EntityManager,
  job: { id: string; refund: boolean; status: ProposalStatus.JOB_CLOSED | ProposalStatus.JOB_CANCELLED },
  actorId: string,
  now: Date,
): Promise<number> {
  // CN-3: a proposal whose offer expired (also one the due work has not stored as EXPIRED yet)
  // is not live, and returns nothing; a declined one was marked when it was declined.
  await executeSql(
    em,
    `update proposal p set status = 'OFFER_EXPIRED'
      where p.job_id = ? and p.status = 'SUBMITTED'
        and exists (select 1 from offer o where o.proposal_id = p.id and (o.status = 'EXPIRED' or (o.status = 'PENDING' and o.expires_at <= ?)))`,
    [job.id, now],
  );
  const live = await selectRows<{ id: string; agencyId: string | null; freelancerId: string; connectsSpent: number }>(
    em,
    `update proposal set status = ?, connects_refunded = ?
      where job_id = ? and status = 'SUBMITTED'
      returning id, agency_id as "agencyId", freelancer_id as "freelancerId", connects_spent as "connectsSpent"`,
    [job.status, job.refund, job.id],
  );
  if (!job.refund) return 0;
  let refunded = 0;
  // A stable order keeps concurrent refunds to the same balances from deadlocking.
  for (const proposal of live.sort((a, b) => a.id.localeCompare(b.id))) {
    if (proposal.connectsSpent > 0) {
      await changeConnects(em, {
        owner: proposal.agencyId ? { teamId: proposal.agencyId } : { userId: proposal.freelancerId },
        amount: proposal.connectsSpent,
        kind: ConnectsEntryKind.REFUND,
        actorId,
        now,
        proposalId: proposal.id,
        jobId: job.id,
      });
    }
    refunded++;
  }
  return refunded;
}
