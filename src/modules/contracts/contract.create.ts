import type { EntityManager } from '@mikro-orm/postgresql';
import { selectOne } from '../../db/sql';
import { MilestoneEntity } from '../milestones/milestone.entity';
import { fundLockedMilestone } from '../milestones/milestone.money';
import { MILESTONE_COLUMNS, type Milestone } from '../milestones/milestone.types';
import type { Offer } from '../offers/offer.types';
import { ContractEntity } from './contract.entity';

/**
 * OF-4, CT-1: the contract an accepted offer makes, inside the accepting transaction, with the
 * payee fixed once: the agency for agency work, the freelancer otherwise. A fixed-price
 * offer's milestones become the contract's, waiting for funding (MS-1) but the first.
 */
export async function createContractFromOffer(em: EntityManager, offer: Offer, now: Date): Promise<string> {
  const contract = em.create(ContractEntity, {
    offer: offer.id,
    job: offer.jobId,
    clientTeam: offer.clientTeamId,
    freelancer: offer.freelancerId,
    agency: offer.agencyId,
    payeeTeam: offer.agencyId,
    payeeUser: offer.agencyId ? null : offer.freelancerId,
    title: offer.title,
    kind: offer.kind,
    hourlyRateCents: offer.hourlyRateCents == null ? null : BigInt(offer.hourlyRateCents),
    weeklyLimitHours: offer.weeklyLimitHours,
    createdAt: now,
  });
  offer.milestoneTerms.forEach((terms, index) =>
    em.create(MilestoneEntity, {
      contract,
      position: index + 1,
      description: terms.description,
      amountCents: BigInt(terms.amountCents),
      dueAt: terms.dueAt ? new Date(terms.dueAt) : null,
      createdAt: now,
    }),
  );
  await em.flush();
  return contract.id;
}

/**
 * MS-1: the client funds at least the first milestone at the start, so accepting a fixed-price
 * offer funds its first milestone in the accepting transaction: the offer the client sent is
 * their commitment to it, so the charge is recorded as the offer's sender's. A refusal (a
 * userError thrown by the money) rolls the whole acceptance back.
 */
export async function fundFirstMilestoneAtHire(em: EntityManager, contractId: string, offer: Offer, now: Date): Promise<void> {
  if (!offer.milestoneTerms.length) return;
  const first = await selectOne<Milestone>(em, `select ${MILESTONE_COLUMNS} from milestone where contract_id = ? and position = 1 for update`, [contractId]);
  await fundLockedMilestone(em, { id: contractId, clientTeamId: offer.clientTeamId }, first!, {
    now,
    actorId: offer.sentById,
    message: 'Funded when the offer was accepted: the first milestone is funded at the start (MS-1).',
  });
}
