import type { EntityManager } from '@mikro-orm/postgresql';
import { hasTeamPermission, requireTeamPermission, requireViewer } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import { executeSql, selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import type { Context } from '../../graphql/context';
import { forbidden, userError } from '../../graphql/errors';
import { createContractFromOffer, fundFirstMilestoneAtHire } from '../contracts/contract.create';
import { contractById } from '../contracts/contract.loaders';
import type { Contract } from '../contracts/contract.types';
import { exclusiveAgencyOf, isActiveMember } from '../teams/membership';
import { OfferErrorCode } from './offer.errors';
import { offerById } from './offer.loaders';
import { assertAnswerable, getOffer, lockPendingOffer } from './offer.service';
import { OfferEventType, recordOfferEvent } from '../events/offer-events';
import type { AcceptOfferInput, DeclineOfferInput, Offer } from './offer.types';

/**
 * OF-3: an agency offer is answered by the agency's business managers or owner
 * (RespondToOffers), never by the freelancer named on it; an independent offer by the
 * freelancer alone. The responder's membership stays locked until the answer commits.
 */
async function requireResponder(ctx: Context, em: EntityManager, offer: Offer): Promise<void> {
  const viewer = requireViewer(ctx);
  if (!offer.agencyId) {
    if (offer.freelancerId !== viewer.id) throw forbidden('Only the freelancer answers an independent offer (OF-3).');
    return;
  }
  if (!(await hasTeamPermission(ctx, offer.agencyId, Permission.RespondToOffers))) {
    throw forbidden("Only the agency's business managers or owner answer an agency offer (OF-3).");
  }
  await requireTeamPermission(ctx, offer.agencyId, Permission.RespondToOffers, em, 'Offer');
}

/**
 * OF-4: accepting makes the contract in the same transaction. The offer row is locked, so of
 * many concurrent accepts exactly one sees it PENDING; the others get OFFER_NOT_PENDING (and
 * the unique offer_id of contracts backs this up). MS-1: a fixed-price contract starts with its
 * first milestone funded, in this same transaction; if that cannot be done nothing is accepted.
 */
export async function acceptOffer(ctx: Context, input: AcceptOfferInput): Promise<{ offer: Offer; contract: Contract }> {
  const viewer = requireViewer(ctx);
  const contractId = await inTransaction(ctx, async (em, now) => {
    const visible = await getOffer(ctx, input.offerId);
    // The job first, the offer second: the same order as cancelJob, so the two never deadlock.
    if (visible.jobId) await selectOne(em, 'select 1 from job where id = ? for update', [visible.jobId]);
    const offer = await lockPendingOffer(ctx, em, input.offerId);
    // AG-5, AG-7: the agency's row (shared), which removing a member and leaving lock for
    // update first: the freelancer's membership cannot end between the check below and the
    // commit, so a member is never removed while their new contract is being made.
    if (offer.agencyId) await selectOne(em, 'select 1 from team where id = ? for share', [offer.agencyId]);
    await requireResponder(ctx, em, offer);
    assertAnswerable(offer, now);
    // The freelancer may have left the agency since the offer was sent (AG-5).
    if (offer.agencyId && !(await isActiveMember(em, offer.agencyId, offer.freelancerId))) {
      throw userError(OfferErrorCode.FREELANCER_NOT_IN_AGENCY, 'The freelancer is no longer a member of the agency.', ['input', 'offerId']);
    }
    // AG-2: a freelancer who became an exclusive member of an agency since the offer was sent
    // works only through it: no independent contract, nor one through another agency. The user
    // row is locked (shared) as membership changes lock it, so joining cannot slip in meanwhile.
    await selectOne(em, 'select 1 from app_user where id = ? for share', [offer.freelancerId]);
    const exclusive = await exclusiveAgencyOf(em, offer.freelancerId);
    if (exclusive && exclusive !== offer.agencyId) {
      throw userError(OfferErrorCode.EXCLUSIVE_MEMBER, 'The freelancer now works exclusively through another agency: this offer can no longer be accepted (AG-2).', ['input', 'offerId']);
    }
    // A team does not hire its own members: the freelancer may have joined the client team since.
    if (await isActiveMember(em, offer.clientTeamId, offer.freelancerId)) {
      throw userError(OfferErrorCode.OWN_TEAM, 'The freelancer has joined the client team since the offer was sent: a team does not hire its own members.', ['input', 'offerId']);
    }
    await executeSql(em, `update offer set status = 'ACCEPTED', responded_at = ?, responded_by_id = ? where id = ?`, [now, viewer.id, offer.id]);
    // Closing a job leaves its pending offers standing (cancelling withdraws them): a proposal
    // closed with its job while its offer was out is hired all the same when the offer is accepted.
    if (offer.proposalId) await executeSql(em, `update proposal set status = 'HIRED' where id = ? and status in ('SUBMITTED', 'JOB_CLOSED')`, [offer.proposalId]);
    if (offer.jobId) await executeSql(em, 'update job set hired_at = coalesce(hired_at, ?) where id = ?', [now, offer.jobId]);
    const created = await createContractFromOffer(em, offer, now);
    await fundFirstMilestoneAtHire(em, created, offer, now);
    await recordOfferEvent(em, OfferEventType.ACCEPTED, offer, now, viewer.id);
    return created;
  });
  const [offer, contract] = await Promise.all([offerById(ctx).load(input.offerId), contractById(ctx).load(contractId)]);
  return { offer: offer!, contract: contract! };
}

/**
 * OF-3: the same people who may accept decline. CN-3: the proposal it came from is OFFER_DECLINED:
 * no longer live, and its Connects are not returned if the job is cancelled later.
 */
export async function declineOffer(ctx: Context, input: DeclineOfferInput): Promise<{ offer: Offer }> {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em, now) => {
    const visible = await getOffer(ctx, input.offerId);
    // The job, the offer, then the proposal: the order of acceptOffer and cancelJob.
    if (visible.jobId) await selectOne(em, 'select 1 from job where id = ? for update', [visible.jobId]);
    const offer = await lockPendingOffer(ctx, em, input.offerId);
    await requireResponder(ctx, em, offer);
    assertAnswerable(offer, now);
    await executeSql(em, `update offer set status = 'DECLINED', responded_at = ?, responded_by_id = ? where id = ?`, [now, viewer.id, offer.id]);
    if (offer.proposalId) await executeSql(em, `update proposal set status = 'OFFER_DECLINED' where id = ? and status = 'SUBMITTED'`, [offer.proposalId]);
    await recordOfferEvent(em, OfferEventType.DECLINED, offer, now, viewer.id);
  });
  return { offer: (await offerById(ctx).load(input.offerId))! };
}
