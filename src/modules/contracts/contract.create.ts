import type { EntityManager } from '@mikro-orm/postgresql';
import { MilestoneEntity } from '../milestones/milestone.entity';
import type { Offer } from '../offers/offer.types';
import { ContractEntity } from './contract.entity';

/**
 * OF-4, CT-1: the contract an accepted offer makes, inside the accepting transaction, with the
 * payee fixed once: the agency for agency work, the freelancer otherwise. A fixed-price
 * offer's milestones become the contract's, waiting for funding (MS-1).
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
