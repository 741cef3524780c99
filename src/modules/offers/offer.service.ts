import type { EntityManager } from '@mikro-orm/postgresql';
import { hasTeamPermission, requireStaff, requireTeamPermission, requireViewer } from '../../auth/authorize';
import { Permission, TeamKind } from '../../auth/permissions';
import { canSeeWork } from '../../auth/work-access';
import { executeSql, selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import { loadPage, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { forbidden, notFound, userError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { toDate } from '../../graphql/scalars';
import { isIdOf } from '../../shared/ids';
import { checkedText, positiveCents } from '../../shared/input';
import { ContractKind } from '../jobs/job.entity';
import { ProposalStatus } from '../proposals/proposal.entity';
import { exclusiveAgencyOf, isActiveMember } from '../teams/membership';
import { OfferEntity, OfferStatus, type OfferMilestoneTerms } from './offer.entity';
import { OfferErrorCode } from './offer.errors';
import { offerById, offerFilterSql, offersOfAgency, offersOfClientTeam, offersOfFreelancer, offerSort, type OfferListArgs } from './offer.loaders';
import { OfferEventType, recordOfferEvent } from '../events/offer-events';
import { OFFER_COLUMNS, type Offer, type OfferFilter, type OfferOrder, type SendOfferInput, type WithdrawOfferInput } from './offer.types';

export const DEFAULT_OFFER_LIFETIME_MS = 7 * 24 * 3600 * 1000;
const MAX_MILESTONES = 20;

// ---- reading ------------------------------------------------------------------------------

/** OF-2: a pending offer past its expiry is EXPIRED to every reader, before the due work runs. */
export function offerStatusAt(offer: Pick<Offer, 'storedStatus' | 'expiresAt'>, now: Date): OfferStatus {
  if (offer.storedStatus === OfferStatus.PENDING && toDate(offer.expiresAt).getTime() <= now.getTime()) return OfferStatus.EXPIRED;
  return offer.storedStatus;
}

export async function findOffer(ctx: Context, id: string): Promise<Offer | undefined> {
  requireViewer(ctx);
  const offer = isIdOf('Offer', id) ? await offerById(ctx).load(id) : undefined;
  return offer && (await canSeeWork(ctx, offer)) ? offer : undefined;
}

export async function getOffer(ctx: Context, id: string): Promise<Offer> {
  const offer = await findOffer(ctx, id);
  if (!offer) throw notFound('Offer');
  return offer;
}

registerNodeType('Offer', findOffer);

/** The offers made to a user as the freelancer: the user and staff only. */
export async function userOffers(ctx: Context, userId: string, args: OfferListArgs): Promise<Page<Offer> | null> {
  if (!ctx.viewer || (ctx.viewer.id !== userId && !ctx.viewer.isStaff)) return null;
  return offersOfFreelancer(ctx, userId, { ...args, asOf: await ctx.clock.now() });
}

/** AC-1: a team's offers, agency or client side, for its members and staff. */
export async function teamOffers(ctx: Context, team: { id: string; kind: TeamKind }, args: OfferListArgs): Promise<Page<Offer>> {
  await requireTeamPermission(ctx, team.id, Permission.ViewWork);
  const list = team.kind === TeamKind.AGENCY ? offersOfAgency : offersOfClientTeam;
  return list(ctx, team.id, { ...args, asOf: await ctx.clock.now() });
}

/** Staff's list of every offer, for internal tools. */
export async function listOffers(ctx: Context, args: ConnectionArgs, filter?: OfferFilter | null, order?: OfferOrder | null): Promise<Page<Offer>> {
  requireStaff(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  offerFilterSql(filter, await ctx.clock.now(), where, params);
  return loadPage<Offer>(
    ctx.em,
    { sql: `select ${OFFER_COLUMNS} from offer o ${where.length ? 'where ' + where.join(' and ') : ''}`, params, sort: offerSort(order) },
    args,
  );
}

// ---- sending ------------------------------------------------------------------------------

interface Parties {
  freelancerId: string;
  agencyId: string | null;
  jobId: string | null;
  proposalId: string | null;
}

async function partiesFromProposal(em: EntityManager, clientTeamId: string, proposalId: string, now: Date): Promise<Parties> {
  const proposal = isIdOf('Proposal', proposalId)
    ? await selectOne<{ freelancerId: string; agencyId: string | null; jobId: string; clientTeamId: string; status: ProposalStatus }>(
        em,
        `select p.freelancer_id as "freelancerId", p.agency_id as "agencyId", p.job_id as "jobId", j.client_team_id as "clientTeamId", p.status
           from proposal p join job j on j.id = p.job_id where p.id = ? for update of p`,
        [proposalId],
      )
    : undefined;
  if (!proposal || proposal.clientTeamId !== clientTeamId) throw notFound('Proposal');
  if (proposal.status !== ProposalStatus.SUBMITTED) throw userError(OfferErrorCode.PROPOSAL_NOT_LIVE, 'That proposal is no longer live.', ['input', 'proposalId']);
  // CN-3: a proposal whose offer was declined or expired is over, even before the due work stores it.
  const answered = await selectOne(em, `select 1 from offer where proposal_id = ? and (status in ('DECLINED', 'EXPIRED') or (status = 'PENDING' and expires_at <= ?))`, [proposalId, now]);
  if (answered) throw userError(OfferErrorCode.PROPOSAL_NOT_LIVE, 'The offer made from that proposal was declined or expired.', ['input', 'proposalId']);
  const pending = await selectOne(em, `select 1 from offer where proposal_id = ? and status = 'PENDING' and expires_at > ?`, [proposalId, now]);
  if (pending) throw userError(OfferErrorCode.OFFER_ALREADY_PENDING, 'That proposal already has a pending offer.', ['input', 'proposalId']);
  // AG-2: a freelancer who became an exclusive member of an agency since proposing works only
  // through it; an offer on a proposal of theirs outside it could never be accepted.
  const exclusive = await exclusiveAgencyOf(em, proposal.freelancerId);
  if (exclusive && exclusive !== proposal.agencyId) {
    throw userError(OfferErrorCode.EXCLUSIVE_MEMBER, 'The freelancer now works exclusively through another agency (AG-2).', ['input', 'proposalId']);
  }
  return { freelancerId: proposal.freelancerId, agencyId: proposal.agencyId, jobId: proposal.jobId, proposalId };
}

/**
 * A direct offer (OF-1). An offer to an exclusive member goes through their agency (AG-2): the
 * client may not know the relationship, so rather than refuse, the offer is routed to the
 * member's agency automatically; naming another agency is refused.
 */
async function partiesDirect(em: EntityManager, input: SendOfferInput): Promise<Parties> {
  if (!input.freelancerId) throw userError(OfferErrorCode.FREELANCER_REQUIRED, 'Give a proposal or a freelancer.', ['input', 'freelancerId']);
  const freelancerId = input.freelancerId;
  if (!isIdOf('User', freelancerId) || !(await selectOne(em, 'select 1 from app_user where id = ?', [freelancerId]))) throw notFound('User');
  let agencyId = input.agencyId ?? null;
  if (agencyId) {
    const team = isIdOf('Team', agencyId) ? await selectOne<{ kind: TeamKind }>(em, 'select kind from team where id = ?', [agencyId]) : undefined;
    if (!team) throw notFound('Team');
    if (team.kind !== TeamKind.AGENCY) throw userError(OfferErrorCode.NOT_AN_AGENCY, 'Hire through an agency, not a client team.', ['input', 'agencyId']);
    if (!(await isActiveMember(em, agencyId, freelancerId))) {
      throw userError(OfferErrorCode.FREELANCER_NOT_IN_AGENCY, 'That freelancer is not a member of the agency.', ['input', 'agencyId']);
    }
  }
  const exclusive = await exclusiveAgencyOf(em, freelancerId);
  if (exclusive && agencyId && exclusive !== agencyId) {
    throw userError(OfferErrorCode.EXCLUSIVE_MEMBER, 'That freelancer works exclusively through another agency (AG-2).', ['input', 'agencyId']);
  }
  agencyId ??= exclusive ?? null;
  return { freelancerId, agencyId, jobId: null, proposalId: null };
}

function offerTerms(input: SendOfferInput) {
  if (input.kind === ContractKind.HOURLY) {
    if (input.hourlyRate == null) throw userError(OfferErrorCode.INVALID_AMOUNT, 'An hourly offer needs an hourly rate.', ['input', 'hourlyRate']);
    const hourlyRateCents = positiveCents(input.hourlyRate, ['input', 'hourlyRate']);
    const limit = input.weeklyLimitHours;
    if (limit == null || !Number.isInteger(limit) || limit < 1 || limit > 168) {
      throw userError(OfferErrorCode.INVALID_WEEKLY_LIMIT, 'The weekly limit is 1 to 168 hours.', ['input', 'weeklyLimitHours']);
    }
    if (input.milestones?.length) throw userError(OfferErrorCode.INVALID_MILESTONES, 'An hourly offer has no milestones.', ['input', 'milestones']);
    return { hourlyRateCents, weeklyLimitHours: limit, milestones: [] as OfferMilestoneTerms[] };
  }
  const milestones = input.milestones ?? [];
  if (!milestones.length || milestones.length > MAX_MILESTONES) {
    throw userError(OfferErrorCode.INVALID_MILESTONES, `A fixed-price offer has 1 to ${MAX_MILESTONES} milestones (OF-1).`, ['input', 'milestones']);
  }
  if (input.hourlyRate != null || input.weeklyLimitHours != null) {
    throw userError(OfferErrorCode.INVALID_MILESTONES, 'A fixed-price offer has no hourly rate or weekly limit.', ['input', 'hourlyRate']);
  }
  return {
    hourlyRateCents: null,
    weeklyLimitHours: null,
    milestones: milestones.map((m, i) => ({
      description: checkedText(m.description, 500, ['input', 'milestones', String(i), 'description'], 'A milestone description'),
      amountCents: positiveCents(m.amount, ['input', 'milestones', String(i), 'amount']).toString(),
      dueAt: m.dueAt ? m.dueAt.toISOString() : null,
    })),
  };
}

/** OF-1: a client team's owner, admin or hiring manager sends an offer. */
export async function sendOffer(ctx: Context, input: SendOfferInput): Promise<{ offer: Offer }> {
  const viewer = requireViewer(ctx);
  const title = checkedText(input.title, 200, ['input', 'title'], 'The title');
  const terms = offerTerms(input);
  const offerId = await inTransaction(ctx, async (em, now) => {
    const team = isIdOf('Team', input.clientTeamId) ? await selectOne<{ kind: TeamKind }>(em, 'select kind from team where id = ?', [input.clientTeamId]) : undefined;
    if (!team) throw notFound('Team');
    await requireTeamPermission(ctx, input.clientTeamId, Permission.SendOffers, em);
    if (team.kind !== TeamKind.CLIENT) throw userError(OfferErrorCode.NOT_A_CLIENT_TEAM, 'Only client teams send offers.', ['input', 'clientTeamId']);
    const parties = input.proposalId ? await partiesFromProposal(em, input.clientTeamId, input.proposalId, now) : await partiesDirect(em, input);
    if (await isActiveMember(em, input.clientTeamId, parties.freelancerId)) {
      throw userError(OfferErrorCode.OWN_TEAM, 'A team does not hire its own members.', ['input', 'freelancerId']);
    }
    const expiresAt = input.expiresAt ?? new Date(now.getTime() + DEFAULT_OFFER_LIFETIME_MS);
    if (expiresAt.getTime() <= now.getTime()) throw userError(OfferErrorCode.INVALID_EXPIRY, 'The expiry must be in the future.', ['input', 'expiresAt']);
    const offer = em.create(OfferEntity, {
      clientTeam: input.clientTeamId,
      job: parties.jobId,
      proposal: parties.proposalId,
      freelancer: parties.freelancerId,
      agency: parties.agencyId,
      sentBy: viewer.id,
      title,
      kind: input.kind,
      ...terms,
      expiresAt,
      createdAt: now,
    });
    await em.flush();
    await recordOfferEvent(em, OfferEventType.SENT, { id: offer.id, clientTeamId: input.clientTeamId, agencyId: parties.agencyId, freelancerId: parties.freelancerId }, now, viewer.id);
    return offer.id;
  });
  return { offer: (await offerById(ctx).load(offerId))! };
}

/** Locks a visible offer and checks it can still be answered (OF-2). */
export async function lockPendingOffer(ctx: Context, em: EntityManager, offerId: string): Promise<Offer> {
  const offer = await getOffer(ctx, offerId);
  const locked = await selectOne<{ status: OfferStatus; expiresAt: Date }>(em, 'select status, expires_at as "expiresAt" from offer where id = ? for update', [offer.id]);
  return { ...offer, storedStatus: locked!.status, expiresAt: locked!.expiresAt };
}

export function assertAnswerable(offer: Offer, now: Date): void {
  if (offer.storedStatus !== OfferStatus.PENDING) {
    throw userError(OfferErrorCode.OFFER_NOT_PENDING, `The offer is already ${offer.storedStatus.toLowerCase()}.`, ['input', 'offerId']);
  }
  if (offerStatusAt(offer, now) === OfferStatus.EXPIRED) throw userError(OfferErrorCode.OFFER_EXPIRED, 'The offer has expired (OF-2).', ['input', 'offerId']);
}

/** The client team takes a pending offer back. */
export async function withdrawOffer(ctx: Context, input: WithdrawOfferInput): Promise<{ offer: Offer }> {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em, now) => {
    const offer = await lockPendingOffer(ctx, em, input.offerId);
    if (!(await hasTeamPermission(ctx, offer.clientTeamId, Permission.SendOffers))) throw forbidden('Only the client team withdraws its offer.');
    await requireTeamPermission(ctx, offer.clientTeamId, Permission.SendOffers, em, 'Offer');
    assertAnswerable(offer, now);
    await executeSql(em, `update offer set status = 'WITHDRAWN', responded_at = ?, responded_by_id = ? where id = ?`, [now, viewer.id, offer.id]);
    await recordOfferEvent(em, OfferEventType.WITHDRAWN, offer, now, viewer.id);
  });
  return { offer: (await offerById(ctx).load(input.offerId))! };
}
