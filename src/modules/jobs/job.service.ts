import type { EntityManager } from '@mikro-orm/postgresql';
import { hasTeamPermission, requireTeamPermission, requireViewer } from '../../auth/authorize';
import { Permission, TeamKind } from '../../auth/permissions';
import { containsPattern, executeSql, selectOne, whereIn } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import { loadPage, SortDirection, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { AppError, ErrorCode, forbidden, notFound, userError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { isIdOf } from '../../shared/ids';
import { checkedText, optionalPositiveCents } from '../../shared/input';
import { withdrawPendingOffersOfJob } from '../offers/offer.settle';
import { ProposalStatus } from '../proposals/proposal.entity';
import { settleProposalsOfJob } from '../proposals/proposal.settle';
import { ContractKind, JobEntity, JobStatus } from './job.entity';
import { JobErrorCode } from './job.errors';
import { jobById } from './job.loaders';
import { JOB_COLUMNS, type CancelJobInput, type CloseJobInput, type Job, type JobFilter, type JobOrder, type PostJobInput, type UpdateJobInput } from './job.types';

export const MAX_CONNECTS_REQUIRED = 16;

// ---- reading ------------------------------------------------------------------------------

/**
 * Open jobs are public to anyone signed in. A closed or cancelled one stays visible to its
 * client team, staff, and the freelancers and agencies who proposed on it or got an offer from it.
 */
export async function findJob(ctx: Context, id: string): Promise<Job | undefined> {
  const viewer = requireViewer(ctx);
  const job = isIdOf('Job', id) ? await jobById(ctx).load(id) : undefined;
  if (!job) return undefined;
  if (job.status === JobStatus.OPEN || viewer.isStaff) return job;
  if (await hasTeamPermission(ctx, job.clientTeamId, Permission.ViewWork)) return job;
  const mine = `(freelancer_id = ? or agency_id in (select team_id from member where user_id = ? and status = 'ACTIVE'))`;
  const involved = await selectOne(
    ctx.em,
    `select 1 from proposal where job_id = ? and ${mine} union all select 1 from offer where job_id = ? and ${mine} limit 1`,
    [id, viewer.id, viewer.id, id, viewer.id, viewer.id],
  );
  return involved ? job : undefined;
}

export async function getJob(ctx: Context, id: string): Promise<Job> {
  const job = await findJob(ctx, id);
  if (!job) throw notFound('Job');
  return job;
}

registerNodeType('Job', findJob);

function jobFilterSql(filter: JobFilter | null | undefined, where: string[], params: unknown[]): void {
  if (filter?.kind) (where.push('kind = ?'), params.push(filter.kind));
  if (filter?.search) {
    const pattern = containsPattern(filter.search);
    where.push('(title ilike ? or description ilike ?)');
    params.push(pattern, pattern);
  }
}

/** The public list: open jobs only (JB-1). */
export async function listOpenJobs(ctx: Context, args: ConnectionArgs, filter?: JobFilter | null, order?: JobOrder | null): Promise<Page<Job>> {
  requireViewer(ctx);
  const where = [`status = 'OPEN'`];
  const params: unknown[] = [];
  // The filter narrows what this list may show: `status: [CLOSED]` (or `[]`) finds nothing here.
  whereIn('status', filter?.status, where, params);
  jobFilterSql(filter, where, params);
  return loadPage<Job>(
    ctx.em,
    {
      sql: `select ${JOB_COLUMNS} from job where ${where.join(' and ')}`,
      params,
      sort: { column: 'createdAt', type: 'timestamptz', direction: order?.direction ?? SortDirection.DESC },
    },
    args,
  );
}

/** A client team's jobs: all of them for its members and staff, the open ones for anyone else. */
export async function listTeamJobs(ctx: Context, teamId: string, args: ConnectionArgs, filter?: JobFilter | null, order?: JobOrder | null): Promise<Page<Job>> {
  requireViewer(ctx);
  const where = ['client_team_id = ?'];
  const params: unknown[] = [teamId];
  const insider = await hasTeamPermission(ctx, teamId, Permission.ViewWork);
  // Others see the open jobs only, and the status filter narrows that further.
  if (!insider) where.push(`status = 'OPEN'`);
  whereIn('status', filter?.status, where, params);
  jobFilterSql(filter, where, params);
  return loadPage<Job>(
    ctx.em,
    {
      sql: `select ${JOB_COLUMNS} from job where ${where.join(' and ')}`,
      params,
      sort: { column: 'createdAt', type: 'timestamptz', direction: order?.direction ?? SortDirection.DESC },
    },
    args,
  );
}

// ---- changing -----------------------------------------------------------------------------

/** JB-1: a client team's owner, admin or hiring manager posts a job. */
export async function postJob(ctx: Context, input: PostJobInput): Promise<{ job: Job }> {
  const viewer = requireViewer(ctx);
  const title = checkedText(input.title, 200, ['input', 'title'], 'The title');
  const description = checkedText(input.description, 20_000, ['input', 'description'], 'The description');
  if (!Number.isInteger(input.connectsRequired) || input.connectsRequired < 0 || input.connectsRequired > MAX_CONNECTS_REQUIRED) {
    throw userError(JobErrorCode.INVALID_CONNECTS_REQUIRED, `A job asks 0 to ${MAX_CONNECTS_REQUIRED} Connects per proposal (CN-1).`, ['input', 'connectsRequired']);
  }
  const hourly = input.kind === ContractKind.HOURLY;
  const budgetCents = hourly ? null : optionalPositiveCents(input.budget, ['input', 'budget']);
  const rateMin = hourly ? optionalPositiveCents(input.hourlyRateMin, ['input', 'hourlyRateMin']) : null;
  const rateMax = hourly ? optionalPositiveCents(input.hourlyRateMax, ['input', 'hourlyRateMax']) : null;
  if (rateMin != null && rateMax != null && rateMin > rateMax) {
    throw userError(JobErrorCode.INVALID_RATE_RANGE, 'The lowest rate cannot be above the highest.', ['input', 'hourlyRateMin']);
  }
  const jobId = await inTransaction(ctx, async (em, now) => {
    const team = await selectOne<{ kind: TeamKind }>(em, 'select kind from team where id = ?', [input.clientTeamId]);
    if (!team) throw notFound('Team');
    await requireTeamPermission(ctx, input.clientTeamId, Permission.PostJobs, em);
    if (team.kind !== TeamKind.CLIENT) throw userError(JobErrorCode.NOT_A_CLIENT_TEAM, 'Only client teams post jobs.', ['input', 'clientTeamId']);
    const job = em.create(JobEntity, {
      clientTeam: input.clientTeamId,
      postedBy: viewer.id,
      title,
      description,
      kind: input.kind,
      connectsRequired: input.connectsRequired,
      budgetCents,
      hourlyRateMinCents: rateMin,
      hourlyRateMaxCents: rateMax,
      createdAt: now,
    });
    await em.flush();
    return job.id;
  });
  return { job: (await jobById(ctx).load(jobId))! };
}

interface LockedJob {
  id: string;
  clientTeamId: string;
  status: JobStatus;
  hiredAt: Date | null;
}

/** Locks an open job of a team the caller hires for. */
async function lockOwnOpenJob(ctx: Context, em: EntityManager, jobId: string): Promise<LockedJob> {
  const job = isIdOf('Job', jobId)
    ? await selectOne<LockedJob>(em, `select id, client_team_id as "clientTeamId", status, hired_at as "hiredAt" from job where id = ? for update`, [jobId])
    : undefined;
  if (!job) throw notFound('Job');
  try {
    await requireTeamPermission(ctx, job.clientTeamId, Permission.PostJobs, em, 'Job');
  } catch (error) {
    // An outsider who can see the job (an open one is public) is refused, not told it does not exist.
    if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND && (await findJob(ctx, job.id))) {
      throw forbidden("Only the client team's owners, admins and hiring managers may change its jobs.");
    }
    throw error;
  }
  if (job.status !== JobStatus.OPEN) throw userError(JobErrorCode.JOB_NOT_OPEN, 'The job is no longer open.', ['input', 'jobId']);
  return job;
}

/**
 * JB-1: the client team's OWNER, ADMIN or HIRING_MANAGER (PostJobs) edits an open job; the
 * kind and the Connects a proposal costs stay as posted (proposals already paid for them).
 */
export async function updateJob(ctx: Context, input: UpdateJobInput): Promise<{ job: Job }> {
  requireViewer(ctx);
  const sets: string[] = [];
  const params: unknown[] = [];
  if (input.title != null) {
    sets.push('title = ?');
    params.push(checkedText(input.title, 200, ['input', 'title'], 'The title'));
  }
  if (input.description != null) {
    sets.push('description = ?');
    params.push(checkedText(input.description, 20_000, ['input', 'description'], 'The description'));
  }
  const budget = optionalPositiveCents(input.budget, ['input', 'budget']);
  const rateMin = optionalPositiveCents(input.hourlyRateMin, ['input', 'hourlyRateMin']);
  const rateMax = optionalPositiveCents(input.hourlyRateMax, ['input', 'hourlyRateMax']);
  await inTransaction(ctx, async (em) => {
    const job = await lockOwnOpenJob(ctx, em, input.jobId);
    const current = (await selectOne<{ kind: ContractKind; min: string | null; max: string | null }>(
      em,
      'select kind, hourly_rate_min_cents::text as min, hourly_rate_max_cents::text as max from job where id = ?',
      [job.id],
    ))!;
    const hourly = current.kind === ContractKind.HOURLY;
    if (hourly && budget != null) throw userError(JobErrorCode.FIELD_NOT_FOR_KIND, 'An hourly job has rates, not a budget.', ['input', 'budget']);
    if (!hourly && (rateMin != null || rateMax != null)) {
      throw userError(JobErrorCode.FIELD_NOT_FOR_KIND, 'A fixed-price job has a budget, not rates.', ['input', rateMin != null ? 'hourlyRateMin' : 'hourlyRateMax']);
    }
    const min = rateMin ?? (current.min == null ? null : BigInt(current.min));
    const max = rateMax ?? (current.max == null ? null : BigInt(current.max));
    if (min != null && max != null && min > max) {
      throw userError(JobErrorCode.INVALID_RATE_RANGE, 'The lowest rate cannot be above the highest.', ['input', rateMin != null ? 'hourlyRateMin' : 'hourlyRateMax']);
    }
    const moneySets: [string, bigint | null][] = [
      ['budget_cents', budget],
      ['hourly_rate_min_cents', rateMin],
      ['hourly_rate_max_cents', rateMax],
    ];
    const changes = [...sets];
    const values = [...params];
    for (const [column, cents] of moneySets) {
      if (cents == null) continue;
      changes.push(`${column} = ?`);
      values.push(cents.toString());
    }
    if (changes.length) await executeSql(em, `update job set ${changes.join(', ')} where id = ?`, [...values, job.id]);
  });
  return { job: (await jobById(ctx).load(input.jobId))! };
}

/** The client stops taking proposals; nothing is refunded (CN-3). */
export async function closeJob(ctx: Context, input: CloseJobInput): Promise<{ job: Job }> {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em, now) => {
    const job = await lockOwnOpenJob(ctx, em, input.jobId);
    await executeSql(em, `update job set status = 'CLOSED', closed_at = ? where id = ?`, [now, job.id]);
    await settleProposalsOfJob(em, { id: job.id, refund: false, status: ProposalStatus.JOB_CLOSED }, viewer.id, now);
  });
  return { job: (await jobById(ctx).load(input.jobId))! };
}

/** CN-3: cancelling before anyone is hired returns the Connects of every live proposal. */
export async function cancelJob(ctx: Context, input: CancelJobInput): Promise<{ job: Job; refundedProposals: number }> {
  const viewer = requireViewer(ctx);
  const refundedProposals = await inTransaction(ctx, async (em, now) => {
    const job = await lockOwnOpenJob(ctx, em, input.jobId);
    await executeSql(em, `update job set status = 'CANCELLED', closed_at = ? where id = ?`, [now, job.id]);
    await withdrawPendingOffersOfJob(em, job.id, viewer.id, now);
    return settleProposalsOfJob(em, { id: job.id, refund: !job.hiredAt, status: ProposalStatus.JOB_CANCELLED }, viewer.id, now);
  });
  return { job: (await jobById(ctx).load(input.jobId))!, refundedProposals };
}
