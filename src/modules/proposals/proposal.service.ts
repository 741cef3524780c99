import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasTeamPermission, requireTeamPermission, requireViewer } from '../../auth/authorize';
import { Permission, TeamKind } from '../../auth/permissions';
import { executeSql, selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { forbidden, notFound, userError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { isIdOf, newId } from '../../shared/ids';
import { checkedText, positiveCents } from '../../shared/input';
import { changeConnects } from '../connects/connects.service';
import { ConnectsEntryKind } from '../connects/connects.types';
import { ContractKind, JobStatus } from '../jobs/job.entity';
import { findJob } from '../jobs/job.service';
import { ProposalEntity, ProposalStatus } from './proposal.entity';
import { ProposalErrorCode } from './proposal.errors';
import { proposalById, proposalsOfAgency, proposalsOfClientTeam, proposalsOfFreelancer, proposalsOfJob, type ProposalListArgs } from './proposal.loaders';
import { exclusiveAgencyOf, isActiveMember } from '../teams/membership';
import type { Proposal, SubmitProposalInput, WithdrawProposalInput } from './proposal.types';

// ---- reading ------------------------------------------------------------------------------

/** A proposal is seen by its freelancer, the agency's managers, the job's client team and staff. */
export async function canSeeProposal(ctx: Context, proposal: Proposal): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.isStaff || proposal.freelancerId === viewer.id) return true;
  const [client, agency] = await Promise.all([
    hasTeamPermission(ctx, proposal.clientTeamId, Permission.ViewWork),
    proposal.agencyId ? hasTeamPermission(ctx, proposal.agencyId, Permission.ManageProposals) : false,
  ]);
  return client || agency;
}

export async function findProposal(ctx: Context, id: string): Promise<Proposal | undefined> {
  requireViewer(ctx);
  const proposal = isIdOf('Proposal', id) ? await proposalById(ctx).load(id) : undefined;
  return proposal && (await canSeeProposal(ctx, proposal)) ? proposal : undefined;
}

registerNodeType('Proposal', findProposal);

/** A user's own proposals, as the freelancer: the user and staff only. */
export function userProposals(ctx: Context, userId: string, args: ProposalListArgs): Promise<Page<Proposal>> | null {
  if (!ctx.viewer || (ctx.viewer.id !== userId && !ctx.viewer.isStaff)) return null;
  return proposalsOfFreelancer(ctx, userId, { ...args, onlyFreelancerId: null });
}

/**
 * A team's proposals: an agency's for its managers (a plain member sees only their own), a
 * client team's (on its jobs) for those who may view its work, and staff.
 */
export async function teamProposals(ctx: Context, team: { id: string; kind: TeamKind }, args: ProposalListArgs): Promise<Page<Proposal>> {
  const viewer = requireViewer(ctx);
  await requireTeamPermission(ctx, team.id, Permission.ViewWork);
  if (team.kind === TeamKind.CLIENT) return proposalsOfClientTeam(ctx, team.id, { ...args, onlyFreelancerId: null });
  const manager = viewer.isStaff || (await hasTeamPermission(ctx, team.id, Permission.ManageProposals));
  return proposalsOfAgency(ctx, team.id, { ...args, onlyFreelancerId: manager ? null : viewer.id });
}

/** A job's proposals: for its client team and staff; null for anyone else. */
export async function jobProposals(ctx: Context, job: { id: string; clientTeamId: string }, args: ProposalListArgs): Promise<Page<Proposal> | null> {
  if (!(await hasTeamPermission(ctx, job.clientTeamId, Permission.ViewWork))) return null;
  return proposalsOfJob(ctx, job.id, { ...args, onlyFreelancerId: null });
}

// ---- changing -----------------------------------------------------------------------------

interface OpenJob {
  id: string;
  clientTeamId: string;
  kind: ContractKind;
  status: JobStatus;
  connectsRequired: number;
}

/**
 * Who a proposal is for and whose Connects pay (CN-1, PR-2, AG-2, AG-4): an agency proposal
 * is submitted by a member for themself or by a business manager for any member; an
 * exclusive member's proposal is always their agency's.
 */
async function resolveProposer(ctx: Context, em: EntityManager, input: SubmitProposalInput, viewerId: string) {
  const freelancerId = input.freelancerId ?? viewerId;
  const agencyId = input.agencyId ?? null;
  if (agencyId) {
    const team = await selectOne<{ kind: TeamKind }>(em, 'select kind from team where id = ?', [agencyId]);
    if (!team) throw notFound('Team');
    await requireTeamPermission(ctx, agencyId, freelancerId === viewerId ? Permission.SubmitProposals : Permission.ManageProposals, em);
    if (team.kind !== TeamKind.AGENCY) throw userError(ProposalErrorCode.NOT_AN_AGENCY, 'Only agencies submit proposals.', ['input', 'agencyId']);
    if (freelancerId !== viewerId && !(await isActiveMember(em, agencyId, freelancerId))) {
      throw userError(ProposalErrorCode.FREELANCER_NOT_IN_AGENCY, 'That freelancer is not a member of the agency.', ['input', 'freelancerId']);
    }
  } else if (freelancerId !== viewerId) {
    throw userError(ProposalErrorCode.AGENCY_REQUIRED, "A proposal for someone else is an agency's: give agencyId (PR-2).", ['input', 'agencyId']);
  }
  const exclusiveAgency = await exclusiveAgencyOf(em, freelancerId);
  if (exclusiveAgency && exclusiveAgency !== agencyId) {
    throw userError(
      ProposalErrorCode.EXCLUSIVE_MEMBER,
      'An exclusive member works only through their agency: submit the proposal for it (AG-2).',
      ['input', 'agencyId'],
    );
  }
  return { freelancerId, agencyId };
}

function proposalTerms(job: OpenJob, input: SubmitProposalInput): { hourlyRateCents: bigint | null; fixedPriceCents: bigint | null } {
  if (job.kind === ContractKind.HOURLY) {
    if (input.hourlyRate == null || input.fixedPrice != null) {
      throw userError(ProposalErrorCode.INVALID_AMOUNT, 'An hourly job takes an hourly rate, not a fixed price.', ['input', 'hourlyRate']);
    }
    return { hourlyRateCents: positiveCents(input.hourlyRate, ['input', 'hourlyRate']), fixedPriceCents: null };
  }
  if (input.fixedPrice == null || input.hourlyRate != null) {
    throw userError(ProposalErrorCode.INVALID_AMOUNT, 'A fixed-price job takes a fixed price, not an hourly rate.', ['input', 'fixedPrice']);
  }
  return { hourlyRateCents: null, fixedPriceCents: positiveCents(input.fixedPrice, ['input', 'fixedPrice']) };
}

/** PR-1, PR-2, CN-1, CN-2, AG-2, AG-4. */
export async function submitProposal(ctx: Context, input: SubmitProposalInput): Promise<{ proposal: Proposal }> {
  const viewer = requireViewer(ctx);
  const coverLetter = checkedText(input.coverLetter, 5000, ['input', 'coverLetter'], 'The cover letter');
  const alreadyProposed = () => userError(ProposalErrorCode.ALREADY_PROPOSED, 'That freelancer already has a live proposal for this job (PR-1).', ['input', 'jobId']);
  let proposalId: string;
  try {
    proposalId = await inTransaction(ctx, async (em, now) => {
      // A shared lock: proposals go in side by side, while closing or cancelling the job waits.
      const job = isIdOf('Job', input.jobId)
        ? await selectOne<OpenJob>(
            em,
            `select id, client_team_id as "clientTeamId", kind, status, connects_required as "connectsRequired" from job where id = ? for share`,
            [input.jobId],
          )
        : undefined;
      if (!job) throw notFound('Job');
      // A closed or cancelled job is hidden from those not involved in it (`job` says NOT_FOUND to
      // them); JOB_NOT_OPEN would tell them it exists.
      if (job.status !== JobStatus.OPEN && !(await findJob(ctx, job.id))) throw notFound('Job');
      const { freelancerId, agencyId } = await resolveProposer(ctx, em, input, viewer.id);
      if (job.status !== JobStatus.OPEN) throw userError(ProposalErrorCode.JOB_NOT_OPEN, 'The job no longer takes proposals.', ['input', 'jobId']);
      if (await isActiveMember(em, job.clientTeamId, freelancerId)) {
        throw userError(ProposalErrorCode.OWN_JOB, "A client does not propose on its own team's job.", ['input', 'jobId']);
      }
      const terms = proposalTerms(job, input);
      const live = await selectOne(em, `select 1 from proposal where job_id = ? and freelancer_id = ? and status in ('SUBMITTED', 'HIRED')`, [job.id, freelancerId]);
      if (live) throw alreadyProposed();
      const id = newId('Proposal');
      if (job.connectsRequired > 0) {
        await changeConnects(em, {
          owner: agencyId ? { teamId: agencyId } : { userId: freelancerId },
          amount: -job.connectsRequired,
          kind: ConnectsEntryKind.SPEND,
          actorId: viewer.id,
          now,
          proposalId: id,
          jobId: job.id,
        });
      }
      em.create(ProposalEntity, {
        id,
        job: job.id,
        freelancer: freelancerId,
        agency: agencyId,
        submittedBy: viewer.id,
        coverLetter,
        ...terms,
        connectsSpent: job.connectsRequired,
        createdAt: now,
      });
      await em.flush();
      return id;
    });
  } catch (error) {
    // Two proposals by one freelancer at the same moment: the partial unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw alreadyProposed();
    throw error;
  }
  return { proposal: (await proposalById(ctx).load(proposalId))! };
}

/** PR-3: the freelancer, or a business manager for an agency proposal, withdraws one without an offer. Nothing is refunded (CN-3). */
export async function withdrawProposal(ctx: Context, input: WithdrawProposalInput): Promise<{ proposal: Proposal }> {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em, now) => {
    const visible = await findProposal(ctx, input.proposalId);
    if (!visible) throw notFound('Proposal');
    const locked = await selectOne<{ status: ProposalStatus }>(em, 'select status from proposal where id = ? for update', [visible.id]);
    if (visible.freelancerId !== viewer.id) {
      if (!visible.agencyId) throw forbidden('Only the freelancer withdraws an independent proposal.');
      if (!(await hasTeamPermission(ctx, visible.agencyId, Permission.ManageProposals))) {
        throw forbidden("Only the freelancer or the agency's business managers withdraw a proposal (PR-3).");
      }
      await requireTeamPermission(ctx, visible.agencyId, Permission.ManageProposals, em, 'Proposal');
    }
    if (locked!.status !== ProposalStatus.SUBMITTED) {
      throw userError(ProposalErrorCode.PROPOSAL_NOT_LIVE, 'Only a live proposal can be withdrawn.', ['input', 'proposalId']);
    }
    const offer = await selectOne(
      em,
      `select 1 from offer where proposal_id = ? and (status = 'ACCEPTED' or (status = 'PENDING' and expires_at > ?))`,
      [visible.id, now],
    );
    if (offer) throw userError(ProposalErrorCode.PROPOSAL_HAS_OFFER, 'The proposal has an offer; answer the offer instead (PR-3).', ['input', 'proposalId']);
    await executeSql(em, `update proposal set status = 'WITHDRAWN', withdrawn_at = ? where id = ?`, [now, visible.id]);
  });
  return { proposal: (await proposalById(ctx).load(input.proposalId))! };
}
