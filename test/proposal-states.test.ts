import { graphql } from './gql';
import { type TestUser } from './support/factories';
import {
  acceptOffer,
  CancelJobDoc,
  CloseJobDoc,
  DeclineOfferDoc,
  freelancer,
  startHiringSuite,
  HiringRunDueWorkDoc,
  postJob,
  SendOfferDoc,
  sendOffer,
  submitProposal,
  WithdrawOfferDoc,
  type HiringWorld,
} from './support/hiring';
import type { TestServer } from './support/server';
import { setClockTo } from './support/clock';

const StatesProposalDoc = graphql(`
  query StatesProposal($id: ID!) {
    node(id: $id) { id ... on Proposal { status connectsSpent } }
  }
`);

const StatesBalancesDoc = graphql(`
  query StatesBalances($teamId: ID!) {
    team(id: $teamId) { id connectsBalance }
  }
`);

const StatesOwnBalanceDoc = graphql(`
  query StatesOwnBalance {
    viewer { id connectsBalance }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite({}, 200)));
afterAll(() => server.close());
const api = () => server.api;

const setNow = (iso: string) => setClockTo(api(), staff, iso);
const statusOf = async (id: string) => ((await api().ok(StatesProposalDoc, { id }, world.hiringManager.token)).node as { status: string }).status;
const agencyBalance = async () => (await api().ok(StatesBalancesDoc, { teamId: world.agency.id }, world.agencyOwner.token)).team!.connectsBalance!;
const ownBalance = async (user: TestUser) => (await api().ok(StatesOwnBalanceDoc, {}, user.token)).viewer!.connectsBalance!;

describe('proposals whose offer was declined or expired (CN-3)', () => {
  it('CN-3: a proposal whose offer was declined is OFFER_DECLINED and returns no Connects when the job is cancelled; the other live proposals do', async () => {
    await setNow('2030-05-06T09:00:00Z');
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 6 });
    const indie = await freelancer(api(), 10);
    const declined = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    const live = await submitProposal(api(), indie, job.id);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { proposalId: declined.id });
    const { declineOffer } = await api().ok(DeclineOfferDoc, { input: { offerId: offer.id } }, world.manager.token);
    expect(declineOffer).toMatchObject({ offer: { status: 'DECLINED' }, userErrors: [] });
    expect(await statusOf(declined.id)).toBe('OFFER_DECLINED');
    // No second offer from it: it is over.
    const again = await api().ok(SendOfferDoc, { input: { clientTeamId: world.client.id, title: 'Again', kind: 'HOURLY', hourlyRate: '50.00', weeklyLimitHours: 5, proposalId: declined.id } }, world.hiringManager.token);
    expect(again.sendOffer.userErrors[0].code).toBe('PROPOSAL_NOT_LIVE');

    const [agencyBefore, indieBefore] = [await agencyBalance(), await ownBalance(indie)];
    const { cancelJob } = await api().ok(CancelJobDoc, { input: { jobId: job.id } }, world.hiringManager.token);
    expect(cancelJob).toMatchObject({ job: { status: 'CANCELLED' }, refundedProposals: 1, userErrors: [] });
    expect([await agencyBalance(), await ownBalance(indie)]).toEqual([agencyBefore, indieBefore + 6]);
    expect([await statusOf(declined.id), await statusOf(live.id)]).toEqual(['OFFER_DECLINED', 'JOB_CANCELLED']);
  });

  it('CN-3, OF-2: a proposal whose offer expired is OFFER_EXPIRED and returns no Connects, whether or not the due work ran before the job is cancelled', async () => {
    await setNow('2030-05-13T09:00:00Z');
    const stored = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 4 });
    const unstored = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 4 });
    const first = await submitProposal(api(), world.member, stored.id, { agencyId: world.agency.id });
    const second = await submitProposal(api(), world.member, unstored.id, { agencyId: world.agency.id });
    for (const proposal of [first, second]) await sendOffer(api(), world.hiringManager, world.client.id, { proposalId: proposal.id, expiresAt: '2030-05-14T09:00:00Z' });

    await setNow('2030-05-14T09:00:01Z');
    // The first job's offer is stored EXPIRED by the due work; the second's only reads so.
    await api().ok(HiringRunDueWorkDoc, {}, staff.token);
    expect(await statusOf(first.id)).toBe('OFFER_EXPIRED');
    const before = await agencyBalance();
    const results = await Promise.all([stored, unstored].map((job) => api().ok(CancelJobDoc, { input: { jobId: job.id } }, world.hiringManager.token)));
    expect(results.map((r) => [r.cancelJob.userErrors, r.cancelJob.refundedProposals])).toEqual([[[], 0], [[], 0]]);
    expect(await agencyBalance()).toBe(before);
    expect([await statusOf(first.id), await statusOf(second.id)]).toEqual(['OFFER_EXPIRED', 'OFFER_EXPIRED']);
  });

  it('CN-3: a proposal whose offer the client withdrew stays live and is refunded when the job is cancelled', async () => {
    await setNow('2030-05-20T09:00:00Z');
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 3 });
    const proposal = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { proposalId: proposal.id });
    const { withdrawOffer } = await api().ok(WithdrawOfferDoc, { input: { offerId: offer.id } }, world.hiringManager.token);
    expect(withdrawOffer.offer!.status).toBe('WITHDRAWN');
    expect(await statusOf(proposal.id)).toBe('SUBMITTED');
    const before = await agencyBalance();
    const { cancelJob } = await api().ok(CancelJobDoc, { input: { jobId: job.id } }, world.hiringManager.token);
    expect(cancelJob.refundedProposals).toBe(1);
    expect(await agencyBalance()).toBe(before + 3);
  });
});

describe('a job closed while an offer from one of its proposals is pending (JB-1, OF-2)', () => {
  it('JB-1, OF-4: the offer may still be accepted, and its proposal is then HIRED, not left JOB_CLOSED; the other live proposals stay JOB_CLOSED', async () => {
    await setNow('2030-05-27T09:00:00Z');
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 2 });
    const indie = await freelancer(api(), 10);
    const chosen = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    const other = await submitProposal(api(), indie, job.id);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { proposalId: chosen.id });
    const { closeJob } = await api().ok(CloseJobDoc, { input: { jobId: job.id } }, world.hiringManager.token);
    expect(closeJob.job!.status).toBe('CLOSED');
    expect([await statusOf(chosen.id), await statusOf(other.id)]).toEqual(['JOB_CLOSED', 'JOB_CLOSED']);

    const { contract } = await acceptOffer(api(), world.manager, offer.id);
    expect(contract!.status).toBe('ACTIVE');
    expect([await statusOf(chosen.id), await statusOf(other.id)]).toEqual(['HIRED', 'JOB_CLOSED']);
  });
});
