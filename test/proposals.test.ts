import { graphql } from './gql';
import { addMember, createTeam, signUp } from './support/factories';
import {
  freelancer,
  startHiringWorld,
  postJob,
  sendOffer,
  submitProposal,
  SubmitProposalDoc,
  WithdrawProposalDoc,
  buyConnects,
  type HiringWorld,
} from './support/hiring';
import type { TestServer } from './support/server';

const ProposalBalancesDoc = graphql(`
  query ProposalBalances($teamId: ID!) {
    team(id: $teamId) { connectsBalance connectsHistory(first: 5) { nodes { kind change proposal { id } job { id } } } }
    viewer { connectsBalance }
  }
`);

const TeamProposalsDoc = graphql(`
  query TeamProposals($teamId: ID!, $filter: ProposalFilter, $orderBy: ProposalOrder) {
    team(id: $teamId) { proposals(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { id status createdAt freelancer { id } } } }
  }
`);

const ViewerProposalsDoc = graphql(`
  query ViewerProposals {
    viewer { proposals(first: 50) { totalCount nodes { id agency { id } } } }
  }
`);

const ProposalJobDoc = graphql(`
  query ProposalJob($id: ID!) {
    job(id: $id) { id status }
  }
`);

const ProposalNodeDoc = graphql(`
  query ProposalNode($id: ID!) {
    node(id: $id) { id ... on Proposal { status connectsSpent job { id } agency { id } freelancer { id } } }
  }
`);

let server: TestServer;
let world: HiringWorld;
beforeAll(async () => ({ server, world } = await startHiringWorld()));
afterAll(() => server.close());

const api = () => server.api;

describe('submitting proposals', () => {
  it('CN-1: an agency proposal spends the agency balance, whoever submits it', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 4 });
    const before = await api().ok(ProposalBalancesDoc, { teamId: world.agency.id }, world.member.token);
    const proposal = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    expect(proposal).toMatchObject({ status: 'SUBMITTED', connectsSpent: 4, agency: { id: world.agency.id }, freelancer: { id: world.member.id } });
    expect(proposal.hourlyRate).toEqual({ amount: '50.00', currency: 'USD' });
    const after = await api().ok(ProposalBalancesDoc, { teamId: world.agency.id }, world.member.token);
    expect(after.team.connectsBalance).toBe(before.team.connectsBalance! - 4);
    expect(after.viewer!.connectsBalance).toBe(before.viewer!.connectsBalance);
    expect(after.team.connectsHistory.nodes[0]).toMatchObject({ kind: 'SPEND', change: -4, job: { id: job.id } });
  });

  it("CN-1: an independent proposal spends the freelancer's own balance", async () => {
    const indie = await freelancer(api(), 10);
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 6 });
    const proposal = await submitProposal(api(), indie, job.id);
    expect(proposal.agency).toBeNull();
    const [row] = await server.sql<{ connects_balance: number }>('select connects_balance from app_user where id = $1', [indie.id]);
    expect(row.connects_balance).toBe(4);
    const again = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 6 });
    const { submitProposal: refused } = await api().ok(SubmitProposalDoc, { input: { jobId: again.id, coverLetter: 'x', hourlyRate: '10' } }, indie.token);
    expect(refused.userErrors[0].code).toBe('INSUFFICIENT_CONNECTS');
    expect(await server.sql('select 1 from proposal where job_id = $1', [again.id])).toHaveLength(0);
  });

  it('PR-2: a business manager submits for a member; the proposal is the member\'s and the agency pays', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    const proposal = await submitProposal(api(), world.manager, job.id, { agencyId: world.agency.id, freelancerId: world.member.id });
    expect(proposal).toMatchObject({ freelancer: { id: world.member.id }, submittedBy: { id: world.manager.id }, agency: { id: world.agency.id } });
  });

  it('PR-2: every member of the agency proposes for it as themself, whatever their roles, also one who holds only FINANCIAL', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    for (const roles of [['FINANCIAL'], ['ADMIN']] as const) {
      const colleague = await addMember(api(), world.agencyOwner, world.agency.id, [...roles], 'NON_EXCLUSIVE');
      const proposal = await submitProposal(api(), colleague, job.id, { agencyId: world.agency.id });
      expect(proposal).toMatchObject({ freelancer: { id: colleague.id }, agency: { id: world.agency.id }, submittedBy: { id: colleague.id } });
    }
  });

  it('PR-2: a plain member cannot submit for another member (FORBIDDEN), nor for someone outside the agency', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    const input = { jobId: job.id, agencyId: world.agency.id, freelancerId: world.freeMember.id, coverLetter: 'x', hourlyRate: '10' };
    expect(await api().errorCode(SubmitProposalDoc, { input }, world.member.token)).toBe('FORBIDDEN');
    const stranger = await signUp(api(), 'Stranger');
    const { submitProposal: payload } = await api().ok(SubmitProposalDoc, { input: { ...input, freelancerId: stranger.id } }, world.manager.token);
    expect(payload.userErrors[0].code).toBe('FREELANCER_NOT_IN_AGENCY');
  });

  it('AG-2: an exclusive member cannot submit an independent proposal', async () => {
    await buyConnects(api(), world.member, 5);
    const job = await postJob(api(), world.hiringManager, world.client.id);
    const { submitProposal: payload } = await api().ok(SubmitProposalDoc, { input: { jobId: job.id, coverLetter: 'x', hourlyRate: '10' } }, world.member.token);
    expect(payload.userErrors[0]).toMatchObject({ code: 'EXCLUSIVE_MEMBER', field: ['input', 'agencyId'] });
    expect(await server.sql('select 1 from proposal where job_id = $1', [job.id])).toHaveLength(0);
  });

  it('AG-4: a non-exclusive member chooses per proposal: independent or for the agency', async () => {
    await buyConnects(api(), world.freeMember, 5);
    const first = await postJob(api(), world.hiringManager, world.client.id);
    const second = await postJob(api(), world.hiringManager, world.client.id);
    const independent = await submitProposal(api(), world.freeMember, first.id);
    const forAgency = await submitProposal(api(), world.freeMember, second.id, { agencyId: world.agency.id });
    expect(independent.agency).toBeNull();
    expect(forAgency.agency).toEqual({ id: world.agency.id });
  });

  it('a client cannot submit a proposal: not for its client team (FORBIDDEN), not on its own job', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    const asTeam = { jobId: job.id, agencyId: world.client.id, coverLetter: 'x', hourlyRate: '10' };
    expect(await api().errorCode(SubmitProposalDoc, { input: asTeam }, world.clientOwner.token)).toBe('FORBIDDEN');
    await buyConnects(api(), world.hiringManager, 5);
    const { submitProposal: own } = await api().ok(SubmitProposalDoc, { input: { jobId: job.id, coverLetter: 'x', hourlyRate: '10' } }, world.hiringManager.token);
    expect(own.userErrors[0].code).toBe('OWN_JOB');
  });

  it('PR-1: one live proposal per freelancer per job, with the right kind of amount', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    await submitProposal(api(), world.manager, job.id, { agencyId: world.agency.id });
    const { submitProposal: dup } = await api().ok(
      SubmitProposalDoc,
      { input: { jobId: job.id, agencyId: world.agency.id, coverLetter: 'again', hourlyRate: '10' } },
      world.manager.token,
    );
    expect(dup.userErrors[0].code).toBe('ALREADY_PROPOSED');
    const fixed = await postJob(api(), world.hiringManager, world.client.id, { kind: 'FIXED_PRICE', budget: '1000' });
    for (const amounts of [{ hourlyRate: '10' }, { fixedPrice: '0' }, { fixedPrice: '-5.00' }]) {
      const { submitProposal: bad } = await api().ok(
        SubmitProposalDoc,
        { input: { jobId: fixed.id, agencyId: world.agency.id, coverLetter: 'x', ...amounts } },
        world.manager.token,
      );
      expect(bad.userErrors[0].code).toBe('INVALID_AMOUNT');
    }
  });

  it('PR-1: a closed job takes no proposals: JOB_NOT_OPEN to those who see it, NOT_FOUND (as for `job`) to those who may not', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    await submitProposal(api(), world.freeMember, job.id, { agencyId: world.agency.id });
    await server.sql(`update job set status = 'CLOSED' where id = $1`, [job.id]);
    const input = { jobId: job.id, agencyId: world.agency.id, coverLetter: 'x', hourlyRate: '10' };
    // The agency proposed on it, so its business manager still sees the job.
    const { submitProposal: payload } = await api().ok(SubmitProposalDoc, { input }, world.manager.token);
    expect(payload.userErrors[0].code).toBe('JOB_NOT_OPEN');
    // A freelancer who never touched it sees no closed job, by query or by mutation.
    const stranger = await freelancer(api(), 10, 'Stranger');
    const { jobId } = input;
    expect(await api().errorCode(ProposalJobDoc, { id: jobId }, stranger.token)).toBe('NOT_FOUND');
    expect(await api().errorCode(SubmitProposalDoc, { input: { jobId, coverLetter: 'x', hourlyRate: '10' } }, stranger.token)).toBe('NOT_FOUND');
    expect(await api().errorCode(SubmitProposalDoc, { input: { jobId: 'job_01M8NJ0000000000000000000Z', coverLetter: 'x', hourlyRate: '10' } }, stranger.token)).toBe('NOT_FOUND');
  });
});

describe('withdrawing proposals', () => {
  it('PR-3: the freelancer withdraws their own; no Connects come back (CN-3)', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 3 });
    const proposal = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    const [before] = await server.sql<{ connects_balance: number }>('select connects_balance from team where id = $1', [world.agency.id]);
    const { withdrawProposal } = await api().ok(WithdrawProposalDoc, { input: { proposalId: proposal.id } }, world.member.token);
    expect(withdrawProposal.proposal).toMatchObject({ status: 'WITHDRAWN' });
    const [after] = await server.sql<{ connects_balance: number }>('select connects_balance from team where id = $1', [world.agency.id]);
    expect(after.connects_balance).toBe(before.connects_balance);
  });

  it('PR-3: a business manager withdraws an agency proposal; the client cannot (FORBIDDEN); not once it has an offer', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    const proposal = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    expect(await api().errorCode(WithdrawProposalDoc, { input: { proposalId: proposal.id } }, world.hiringManager.token)).toBe('FORBIDDEN');
    await sendOffer(api(), world.hiringManager, world.client.id, { proposalId: proposal.id });
    const { withdrawProposal: refused } = await api().ok(WithdrawProposalDoc, { input: { proposalId: proposal.id } }, world.manager.token);
    expect(refused.userErrors[0].code).toBe('PROPOSAL_HAS_OFFER');
    const other = await submitProposal(api(), world.freeMember, job.id, { agencyId: world.agency.id });
    const { withdrawProposal: ok } = await api().ok(WithdrawProposalDoc, { input: { proposalId: other.id } }, world.manager.token);
    expect(ok.proposal!.status).toBe('WITHDRAWN');
  });
});

describe('who sees proposals', () => {
  it('AC-1: the freelancer, the agency managers and the client team see a proposal; others get NOT_FOUND', async () => {
    const job = await postJob(api(), world.hiringManager, world.client.id);
    const proposal = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    for (const user of [world.member, world.manager, world.agencyOwner, world.hiringManager, world.clientFinancial]) {
      const { node } = await api().ok(ProposalNodeDoc, { id: proposal.id }, user.token);
      expect(node).toMatchObject({ id: proposal.id, connectsSpent: 2 });
    }
    const outsider = await signUp(api(), 'Outsider');
    const otherTeam = await createTeam(api(), outsider, 'AGENCY');
    await addMember(api(), outsider, otherTeam.id, ['BUSINESS_MANAGER']);
    for (const user of [outsider, world.freeMember]) {
      expect(await api().errorCode(ProposalNodeDoc, { id: proposal.id }, user.token)).toBe('NOT_FOUND');
    }
    expect(await api().errorCode(TeamProposalsDoc, { teamId: world.agency.id }, outsider.token)).toBe('NOT_FOUND');
    const { viewer } = await api().ok(ViewerProposalsDoc, {}, outsider.token);
    expect(viewer!.proposals!.totalCount).toBe(0);
  });

  it("AC-1: an agency's list shows managers every proposal and a member only their own, filterable and ordered", async () => {
    const { team: asManager } = await api().ok(TeamProposalsDoc, { teamId: world.agency.id }, world.manager.token);
    const { team: asMember } = await api().ok(TeamProposalsDoc, { teamId: world.agency.id }, world.member.token);
    expect(asManager.proposals.totalCount).toBeGreaterThan(asMember.proposals.totalCount);
    expect(asMember.proposals.nodes.every((p) => p.freelancer.id === world.member.id)).toBe(true);
    const { team: withdrawn } = await api().ok(TeamProposalsDoc, { teamId: world.agency.id, filter: { status: ['WITHDRAWN'] } }, world.manager.token);
    expect(withdrawn.proposals.totalCount).toBeGreaterThan(0);
    expect(withdrawn.proposals.nodes.every((p) => p.status === 'WITHDRAWN')).toBe(true);
    const { team: noStatus } = await api().ok(TeamProposalsDoc, { teamId: world.agency.id, filter: { status: [] } }, world.manager.token);
    expect(noStatus.proposals.totalCount).toBe(0);
    const { team: oldest } = await api().ok(
      TeamProposalsDoc,
      { teamId: world.agency.id, orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
      world.manager.token,
    );
    const times = oldest.proposals.nodes.map((p) => p.createdAt);
    expect([...times].sort()).toEqual(times);
    const { team: client } = await api().ok(TeamProposalsDoc, { teamId: world.client.id }, world.hiringManager.token);
    expect(client.proposals.totalCount).toBeGreaterThanOrEqual(asManager.proposals.totalCount);
  });
});

describe('races', () => {
  it('CN-2: 50 concurrent proposals by different members on a balance that pays for 10 leave exactly 10 and a balance of 0', async () => {
    const owner = await signUp(api(), 'Race Owner');
    const agency = await createTeam(api(), owner, 'AGENCY');
    const members = await Promise.all(Array.from({ length: 50 }, () => addMember(api(), owner, agency.id, ['MEMBER'])));
    await buyConnects(api(), owner, 30, agency.id);
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 3 });
    const results = await Promise.all(
      members.map((m) =>
        api().ok(SubmitProposalDoc, { input: { jobId: job.id, agencyId: agency.id, coverLetter: 'me!', hourlyRate: '40' } }, m.token),
      ),
    );
    const ok = results.filter((r) => r.submitProposal.userErrors.length === 0);
    expect(ok).toHaveLength(10);
    expect(results.filter((r) => r.submitProposal.userErrors[0]?.code === 'INSUFFICIENT_CONNECTS')).toHaveLength(40);
    const [team] = await server.sql<{ connects_balance: number }>('select connects_balance from team where id = $1', [agency.id]);
    expect(team.connects_balance).toBe(0);
    expect(await server.sql('select 1 from proposal where job_id = $1', [job.id])).toHaveLength(10);
    const [sum] = await server.sql<{ total: string }>('select sum(change) as total from connects_entry where team_id = $1', [agency.id]);
    expect(Number(sum.total)).toBe(0);
  });
});
