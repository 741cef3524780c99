import { graphql } from './gql';
import { addMember, createTeam, signUp } from './support/factories';
import {
  acceptOffer,
  CancelJobDoc,
  CloseJobDoc,
  freelancer,
  startHiringWorld,
  PostJobDoc,
  postJob,
  sendOffer,
  submitProposal,
  SubmitProposalDoc,
  WithdrawProposalDoc,
  type HiringWorld,
} from './support/hiring';
import type { TestServer } from './support/server';

const OpenJobsDoc = graphql(`
  query OpenJobs($filter: JobFilter) {
    jobs(first: 100, filter: $filter) { totalCount nodes { id status kind } }
  }
`);

const JobByIdDoc = graphql(`
  query JobById($id: ID!) {
    job(id: $id) { id title status clientTeam { id } postedBy { id } proposals(first: 10) { totalCount } }
  }
`);

const TeamJobsDoc = graphql(`
  query TeamJobs($teamId: ID!, $filter: JobFilter) {
    team(id: $teamId) { jobs(first: 100, filter: $filter) { totalCount nodes { id status } } }
  }
`);

let server: TestServer;
let world: HiringWorld;
beforeAll(async () => ({ server, world } = await startHiringWorld()));
afterAll(() => server.close());

const api = () => server.api;
const balanceOf = async (table: 'team' | 'app_user', id: string) =>
  (await server.sql<{ connects_balance: number }>(`select connects_balance from ${table} where id = $1`, [id]))[0].connects_balance;

describe('posting jobs', () => {
  it('JB-1: a client team\'s owner and hiring manager post jobs; they are OPEN with their terms', async () => {
    const byOwner = await postJob(api(), world.clientOwner, world.client.id, { kind: 'FIXED_PRICE', budget: '2500', connectsRequired: 16 });
    expect(byOwner).toMatchObject({ status: 'OPEN', kind: 'FIXED_PRICE', connectsRequired: 16, budget: { amount: '2500.00' }, clientTeam: { id: world.client.id } });
    const byManager = await postJob(api(), world.hiringManager, world.client.id, { hourlyRateMin: '20', hourlyRateMax: '40.5' });
    expect(byManager.hourlyRateMin).toEqual({ amount: '20.00' });
  });

  it("JB-1: a status filter on the open-jobs lists keeps what matches it: CLOSED or [] finds nothing there, OPEN finds the open ones", async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id, { title: 'Unique quokka job' });
    const outsider = await signUp(api(), 'Status Browser');
    const search = (status?: ('OPEN' | 'CLOSED' | 'CANCELLED')[]) => ({ search: 'quokka', status });
    const open = async (status?: ('OPEN' | 'CLOSED' | 'CANCELLED')[]) => (await api().ok(OpenJobsDoc, { filter: search(status) }, outsider.token)).jobs.nodes.map((j) => j.id);
    const ofTeam = async (status?: ('OPEN' | 'CLOSED' | 'CANCELLED')[]) =>
      (await api().ok(TeamJobsDoc, { teamId: world.client.id, filter: search(status) }, outsider.token)).team.jobs.nodes.map((j) => j.id);
    for (const list of [open, ofTeam]) {
      expect(await list()).toEqual([job.id]);
      expect(await list(['OPEN'])).toEqual([job.id]);
      expect(await list(['OPEN', 'CLOSED'])).toEqual([job.id]);
      expect(await list(['CLOSED'])).toEqual([]);
      expect(await list(['CLOSED', 'CANCELLED'])).toEqual([]);
      expect(await list([])).toEqual([]);
    }
  });

  it('JB-1: FINANCIAL and agency roles may not post (FORBIDDEN); outsiders get NOT_FOUND', async () => {
    const input = { clientTeamId: world.client.id, title: 'x', description: 'y', kind: 'HOURLY' as const, connectsRequired: 1 };
    expect(await api().errorCode(PostJobDoc, { input }, world.clientFinancial.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(PostJobDoc, { input }, world.agencyOwner.token)).toBe('NOT_FOUND');
    expect(await api().errorCode(PostJobDoc, { input: { ...input, clientTeamId: world.agency.id } }, world.agencyOwner.token)).toBe('FORBIDDEN');
  });

  it('JB-1, CN-1: connectsRequired is 0 to 16 and amounts must be positive', async () => {
    for (const [overrides, code] of [
      [{ connectsRequired: 17 }, 'INVALID_CONNECTS_REQUIRED'],
      [{ connectsRequired: -1 }, 'INVALID_CONNECTS_REQUIRED'],
      [{ kind: 'FIXED_PRICE', budget: '0' }, 'INVALID_AMOUNT'],
      [{ hourlyRateMin: '50', hourlyRateMax: '20' }, 'INVALID_RATE_RANGE'],
      [{ title: '   ' }, 'INVALID_TEXT'],
    ] as const) {
      const base = { clientTeamId: world.client.id, title: 'x', description: 'y', kind: 'HOURLY' as const, connectsRequired: 1 };
      const { postJob: payload } = await api().ok(
        PostJobDoc,
        { input: { ...base, ...overrides } },
        world.hiringManager.token,
      );
      expect(payload.userErrors[0]?.code).toBe(code);
    }
  });

  it('JB-1: `jobs` lists open jobs only; a closed job is gone from it and from outsiders', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id, { title: 'Unique zebra job' });
    const outsider = await signUp(api(), 'Browser');
    const { jobs } = await api().ok(OpenJobsDoc, { filter: { search: 'zebra' } }, outsider.token);
    expect(jobs.nodes.map((j) => j.id)).toEqual([job.id]);
    const { closeJob } = await api().ok(CloseJobDoc, { input: { jobId: job.id } }, world.hiringManager.token);
    expect(closeJob.job!.status).toBe('CLOSED');
    const after = await api().ok(OpenJobsDoc, { filter: { search: 'zebra' } }, outsider.token);
    expect(after.jobs.totalCount).toBe(0);
    expect(await api().errorCode(JobByIdDoc, { id: job.id }, outsider.token)).toBe('NOT_FOUND');
    const { team } = await api().ok(TeamJobsDoc, { teamId: world.client.id, filter: { status: ['CLOSED'] } }, world.clientFinancial.token);
    expect(team.jobs.nodes.map((j) => j.id)).toContain(job.id);
    const { team: public_ } = await api().ok(TeamJobsDoc, { teamId: world.client.id }, outsider.token);
    expect(public_.jobs.nodes.every((j) => j.status === 'OPEN')).toBe(true);
    const { closeJob: again } = await api().ok(CloseJobDoc, { input: { jobId: job.id } }, world.hiringManager.token);
    expect(again.userErrors[0].code).toBe('JOB_NOT_OPEN');
  });

  it('JB-1: a job shows its proposals to its client team only', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    const asClient = await api().ok(JobByIdDoc, { id: job.id }, world.clientFinancial.token);
    expect(asClient.job.proposals!.totalCount).toBe(1);
    const asFreelancer = await api().ok(JobByIdDoc, { id: job.id }, world.member.token);
    expect(asFreelancer.job.proposals).toBeNull();
  });
});

describe('closing and cancelling (CN-3)', () => {
  it('CN-3: cancelling before anyone is hired returns the Connects of every live proposal, agency and independent', async () => {
    const indie = await freelancer(api(), 10);
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 5 });
    const agencyBefore = await balanceOf('team', world.agency.id);
    await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    await submitProposal(api(), world.manager, job.id, { agencyId: world.agency.id });
    await submitProposal(api(), indie, job.id);
    expect(await balanceOf('team', world.agency.id)).toBe(agencyBefore - 10);
    expect(await balanceOf('app_user', indie.id)).toBe(5);
    expect(await api().errorCode(CancelJobDoc, { input: { jobId: job.id } }, world.clientFinancial.token)).toBe('FORBIDDEN');
    const { cancelJob } = await api().ok(CancelJobDoc, { input: { jobId: job.id } }, world.hiringManager.token);
    expect(cancelJob).toMatchObject({ job: { status: 'CANCELLED' }, refundedProposals: 3, userErrors: [] });
    expect(await balanceOf('team', world.agency.id)).toBe(agencyBefore);
    expect(await balanceOf('app_user', indie.id)).toBe(10);
    const statuses = await server.sql<{ status: string; connects_refunded: boolean }>('select status, connects_refunded from proposal where job_id = $1', [job.id]);
    expect(statuses.every((p) => p.status === 'JOB_CANCELLED' && p.connects_refunded)).toBe(true);
    const refunds = await server.sql('select 1 from connects_entry where job_id = $1 and kind = $2', [job.id, 'REFUND']);
    expect(refunds).toHaveLength(3);
  });

  it('CN-3: a withdrawn proposal returns nothing, even when the job is then cancelled', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 4 });
    const before = await balanceOf('team', world.agency.id);
    const proposal = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    await api().ok(WithdrawProposalDoc, { input: { proposalId: proposal.id } }, world.member.token);
    const { cancelJob } = await api().ok(CancelJobDoc, { input: { jobId: job.id } }, world.hiringManager.token);
    expect(cancelJob.refundedProposals).toBe(0);
    expect(await balanceOf('team', world.agency.id)).toBe(before - 4);
  });

  it('CN-3: once someone is hired, cancelling returns nothing; closing never does', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 2 });
    const hired = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    await submitProposal(api(), world.manager, job.id, { agencyId: world.agency.id });
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { proposalId: hired.id });
    await acceptOffer(api(), world.manager, offer.id);
    const before = await balanceOf('team', world.agency.id);
    const { cancelJob } = await api().ok(CancelJobDoc, { input: { jobId: job.id } }, world.hiringManager.token);
    expect(cancelJob.refundedProposals).toBe(0);
    expect(await balanceOf('team', world.agency.id)).toBe(before);

    const closed = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 2 });
    await submitProposal(api(), world.member, closed.id, { agencyId: world.agency.id });
    const beforeClose = await balanceOf('team', world.agency.id);
    await api().ok(CloseJobDoc, { input: { jobId: closed.id } }, world.hiringManager.token);
    expect(await balanceOf('team', world.agency.id)).toBe(beforeClose);
    const { submitProposal: late } = await api().ok(
      SubmitProposalDoc,
      { input: { jobId: closed.id, agencyId: world.agency.id, coverLetter: 'late', hourlyRate: '10' } },
      world.manager.token,
    );
    expect(late.userErrors[0].code).toBe('JOB_NOT_OPEN');
  });

  it('JB-1: another client team cannot close or cancel a job: FORBIDDEN while it is open (public), NOT_FOUND once it is not', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    const other = await signUp(api(), 'Other Client');
    const team = await createTeam(api(), other, 'CLIENT');
    await addMember(api(), other, team.id, ['HIRING_MANAGER']);
    expect(await api().errorCode(CloseJobDoc, { input: { jobId: job.id } }, other.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(CancelJobDoc, { input: { jobId: job.id } }, other.token)).toBe('FORBIDDEN');
    await api().ok(CloseJobDoc, { input: { jobId: job.id } }, world.hiringManager.token);
    // A closed job is no longer public: to an outsider it does not exist.
    expect(await api().errorCode(CancelJobDoc, { input: { jobId: job.id } }, other.token)).toBe('NOT_FOUND');
  });
});
