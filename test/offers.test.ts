import { graphql } from './gql';
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import {
  startHiringSuite,
  AcceptOfferDoc,
  acceptOffer,
  DeclineOfferDoc,
  FIXED_OFFER,
  freelancer,
  HiringNowDoc,
  HiringRunDueWorkDoc,
  HiringSetClockDoc,
  postJob,
  sendOffer,
  SendOfferDoc,
  submitProposal,
  WithdrawOfferDoc,
  type HiringWorld,
} from './support/hiring';
import type { TestServer } from './support/server';

const OfferNodeDoc = graphql(`
  query OfferNode($id: ID!) {
    node(id: $id) { id ... on Offer { status contract { id } } }
  }
`);

const TeamOffersNestedDoc = graphql(`
  query TeamOffersNested($teamId: ID!, $first: Int, $filter: OfferFilter) {
    team(id: $teamId) {
      offers(first: $first, filter: $filter) {
        totalCount
        nodes {
          id status title hourlyRate { amount } milestones { description amount { amount } }
          freelancer { id name } agency { id name } job { id title status } clientTeam { id }
          contract {
            id status hoursThisWeek
            freelancer { id } agency { id } job { id }
            milestones(first: 10) { totalCount nodes { id status amount { amount } } }
          }
        }
      }
    }
  }
`);

const StaffOffersDoc = graphql(`
  query StaffOffers($filter: OfferFilter) {
    offers(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const api = () => server.api;

async function agencyOffer(overrides = {}) {
  const job = await postJob(api(), world.hiringManager, world.client.id);
  const proposal = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
  const offer = await sendOffer(api(), world.hiringManager, world.client.id, { proposalId: proposal.id, ...overrides });
  return { job, proposal, offer };
}

describe('sending offers', () => {
  it('OF-1: a client sends an offer from a proposal; it carries the freelancer, agency and job', async () => {
    const { job, proposal, offer } = await agencyOffer();
    expect(offer).toMatchObject({
      status: 'PENDING',
      kind: 'HOURLY',
      weeklyLimitHours: 10,
      hourlyRate: { amount: '60.00' },
      freelancer: { id: world.member.id },
      agency: { id: world.agency.id },
      job: { id: job.id },
      proposal: { id: proposal.id },
    });
    const { now } = await api().ok(HiringNowDoc, {}, world.member.token);
    const days = (Date.parse(offer.expiresAt) - Date.parse(now)) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
  });

  it('OF-1: a fixed-price offer carries its milestones; bad terms are refused', async () => {
    const indie = await freelancer(api(), 0);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id, ...FIXED_OFFER });
    expect(offer.milestones).toEqual([
      { description: 'Design', amount: { amount: '500.00' }, dueAt: '2030-01-01T00:00:00.000Z' },
      { description: 'Build', amount: { amount: '1500.50' }, dueAt: null },
    ]);
    const cases: [object, string][] = [
      [{ ...FIXED_OFFER, milestones: [] }, 'INVALID_MILESTONES'],
      [{ ...FIXED_OFFER, milestones: [{ description: 'x', amount: '0.00' }] }, 'INVALID_AMOUNT'],
      [{ hourlyRate: '-1.00' }, 'INVALID_AMOUNT'],
      [{ weeklyLimitHours: 0 }, 'INVALID_WEEKLY_LIMIT'],
      [{ expiresAt: '2000-01-01T00:00:00Z' }, 'INVALID_EXPIRY'],
    ];
    for (const [terms, code] of cases) {
      const { sendOffer: payload } = await api().ok(
        SendOfferDoc,
        { input: { clientTeamId: world.client.id, freelancerId: indie.id, title: 'x', kind: 'HOURLY', hourlyRate: '10', weeklyLimitHours: 5, ...terms } },
        world.hiringManager.token,
      );
      expect(payload.userErrors[0]?.code).toBe(code);
    }
  });

  it('OF-1: an offer sent directly to an exclusive member goes through their agency', async () => {
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: world.member.id });
    expect(offer.agency).toEqual({ id: world.agency.id });
    const otherOwner = await signUp(api(), 'Other Agency');
    const other = await createTeam(api(), otherOwner, 'AGENCY');
    const { sendOffer: refused } = await api().ok(
      SendOfferDoc,
      { input: { clientTeamId: world.client.id, freelancerId: world.member.id, agencyId: other.id, title: 'x', kind: 'HOURLY', hourlyRate: '10', weeklyLimitHours: 5 } },
      world.hiringManager.token,
    );
    expect(refused.userErrors[0].code).toBe('FREELANCER_NOT_IN_AGENCY');
  });

  it('OF-1: only the client team\'s hiring roles send offers: FINANCIAL is FORBIDDEN, an agency member NOT_FOUND', async () => {
    const indie = await freelancer(api(), 0);
    const input = { clientTeamId: world.client.id, freelancerId: indie.id, title: 'x', kind: 'HOURLY' as const, hourlyRate: '10', weeklyLimitHours: 5 };
    expect(await api().errorCode(SendOfferDoc, { input }, world.clientFinancial.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(SendOfferDoc, { input }, world.manager.token)).toBe('NOT_FOUND');
  });
});

describe('answering offers', () => {
  it('OF-3: a MEMBER named on an agency offer cannot accept or decline it', async () => {
    const { offer } = await agencyOffer();
    expect(await api().errorCode(AcceptOfferDoc, { input: { offerId: offer.id } }, world.member.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(DeclineOfferDoc, { input: { offerId: offer.id } }, world.member.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(AcceptOfferDoc, { input: { offerId: offer.id } }, world.hiringManager.token)).toBe('FORBIDDEN');
    expect(await server.sql('select 1 from contract where offer_id = $1', [offer.id])).toHaveLength(0);
  });

  it('OF-3, OF-4, CT-1: a business manager accepts an agency offer; the contract is made at once, paying the agency', async () => {
    const { offer, proposal, job } = await agencyOffer();
    const { offer: accepted, contract } = await acceptOffer(api(), world.manager, offer.id);
    expect(accepted!.status).toBe('ACCEPTED');
    expect(contract).toMatchObject({
      status: 'ACTIVE',
      kind: 'HOURLY',
      hourlyRate: { amount: '60.00' },
      weeklyLimitHours: 10,
      freelancer: { id: world.member.id },
      agency: { id: world.agency.id },
      clientTeam: { id: world.client.id },
      payeeTeam: { id: world.agency.id },
      payeeUser: null,
      offer: { id: offer.id },
    });
    const [row] = await server.sql<{ status: string }>('select status from proposal where id = $1', [proposal.id]);
    expect(row.status).toBe('HIRED');
    const [jobRow] = await server.sql<{ hired_at: Date | null }>('select hired_at from job where id = $1', [job.id]);
    expect(jobRow.hired_at).not.toBeNull();
  });

  it('OF-3: the agency owner may accept too', async () => {
    const { offer } = await agencyOffer();
    const { contract } = await acceptOffer(api(), world.agencyOwner, offer.id);
    expect(contract!.id).toBeTruthy();
  });

  it('OF-3, CT-1, MS-1: an independent offer is accepted by the freelancer alone and pays the freelancer; fixed price makes milestones, the first funded', async () => {
    const indie = await freelancer(api(), 0);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id, ...FIXED_OFFER });
    expect(await api().errorCode(AcceptOfferDoc, { input: { offerId: offer.id } }, world.hiringManager.token)).toBe('FORBIDDEN');
    const { contract } = await acceptOffer(api(), indie, offer.id);
    expect(contract).toMatchObject({ kind: 'FIXED_PRICE', agency: null, payeeTeam: null, payeeUser: { id: indie.id }, hourlyRate: null });
    expect(contract!.milestones.nodes).toEqual([
      { id: expect.any(String), position: 1, description: 'Design', status: 'FUNDED', amount: { amount: '500.00' } },
      { id: expect.any(String), position: 2, description: 'Build', status: 'PENDING_FUNDING', amount: { amount: '1500.50' } },
    ]);
  });

  it('OF-2: an offer is accepted at most once; declined and withdrawn offers cannot be accepted', async () => {
    const { offer } = await agencyOffer();
    await acceptOffer(api(), world.manager, offer.id);
    const { acceptOffer: again } = await api().ok(AcceptOfferDoc, { input: { offerId: offer.id } }, world.agencyOwner.token);
    expect(again.userErrors[0].code).toBe('OFFER_NOT_PENDING');
    const { offer: declinedOffer } = await agencyOffer();
    const { declineOffer } = await api().ok(DeclineOfferDoc, { input: { offerId: declinedOffer.id } }, world.manager.token);
    expect(declineOffer.offer!.status).toBe('DECLINED');
    const { offer: withdrawnOffer } = await agencyOffer();
    expect(await api().errorCode(WithdrawOfferDoc, { input: { offerId: withdrawnOffer.id } }, world.manager.token)).toBe('FORBIDDEN');
    const { withdrawOffer } = await api().ok(WithdrawOfferDoc, { input: { offerId: withdrawnOffer.id } }, world.hiringManager.token);
    expect(withdrawOffer.offer!.status).toBe('WITHDRAWN');
    for (const id of [declinedOffer.id, withdrawnOffer.id]) {
      const { acceptOffer: refused } = await api().ok(AcceptOfferDoc, { input: { offerId: id } }, world.manager.token);
      expect(refused.userErrors[0].code).toBe('OFFER_NOT_PENDING');
    }
  });

  it('OF-4: 10 concurrent accepts by two business managers create exactly one contract', async () => {
    const secondManager = await addMember(api(), world.agencyOwner, world.agency.id, ['BUSINESS_MANAGER'], 'NON_EXCLUSIVE');
    const { offer } = await agencyOffer();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => api().ok(AcceptOfferDoc, { input: { offerId: offer.id } }, (i % 2 ? world.manager : secondManager).token)),
    );
    // Exactly one caller is told it won (with the contract), the nine others why they did not.
    const told = results.map((r) => r.acceptOffer.userErrors[0]?.code ?? 'ACCEPTED');
    expect(told.sort()).toEqual(['ACCEPTED', ...Array(9).fill('OFFER_NOT_PENDING')]);
    const winner = results.find((r) => !r.acceptOffer.userErrors.length)!.acceptOffer;
    expect(winner.offer!.status).toBe('ACCEPTED');
    expect(results.filter((r) => r.acceptOffer.contract)).toHaveLength(1);
    expect(await server.sql('select id from contract where offer_id = $1', [offer.id])).toEqual([{ id: winner.contract!.id }]);
  });
});

describe('who sees offers', () => {
  it('AC-1: the client team, the freelancer, the agency members and staff see an offer; another team gets NOT_FOUND and an empty list', async () => {
    const { offer } = await agencyOffer();
    for (const user of [world.hiringManager, world.clientFinancial, world.member, world.freeMember, world.manager, staff]) {
      const { node } = await api().ok(OfferNodeDoc, { id: offer.id }, user.token);
      expect(node!.id).toBe(offer.id);
    }
    const outsider = await signUp(api(), 'Outsider');
    const ownTeam = await createTeam(api(), outsider, 'CLIENT');
    expect(await api().errorCode(OfferNodeDoc, { id: offer.id }, outsider.token)).toBe('NOT_FOUND');
    expect(await api().errorCode(AcceptOfferDoc, { input: { offerId: offer.id } }, outsider.token)).toBe('NOT_FOUND');
    expect(await api().errorCode(TeamOffersNestedDoc, { teamId: world.client.id }, outsider.token)).toBe('NOT_FOUND');
    const { team } = await api().ok(TeamOffersNestedDoc, { teamId: ownTeam.id }, outsider.token);
    expect(team.offers.totalCount).toBe(0);
    expect(await api().errorCode(StaffOffersDoc, {}, outsider.token)).toBe('FORBIDDEN');
  });

  it('staff list every offer, filtered by status, team and freelancer', async () => {
    const { team } = await api().ok(TeamOffersNestedDoc, { teamId: world.agency.id, first: 100 }, world.manager.token);
    const { offers: all } = await api().ok(StaffOffersDoc, { filter: { teamId: world.agency.id } }, staff.token);
    expect(all.totalCount).toBe(team.offers.totalCount);
    const { offers: accepted } = await api().ok(StaffOffersDoc, { filter: { status: ['ACCEPTED'], freelancerId: world.member.id } }, staff.token);
    expect(accepted.totalCount).toBeGreaterThan(0);
    expect(accepted.nodes.every((o) => o.status === 'ACCEPTED' && o.freelancer.id === world.member.id)).toBe(true);
    // An empty status list keeps nothing, here and in a team's nested list (as every list's filter).
    expect((await api().ok(StaffOffersDoc, { filter: { status: [], teamId: world.agency.id } }, staff.token)).offers.totalCount).toBe(0);
    expect((await api().ok(TeamOffersNestedDoc, { teamId: world.agency.id, first: 100, filter: { status: [] } }, world.manager.token)).team.offers.totalCount).toBe(0);
  });
});

describe('statement count', () => {
  it('a nested page of 100 offers with contract, freelancer, agency, job and milestones costs as many statements as 5', async () => {
    const owner = await signUp(api(), 'Big Client');
    const client = await createTeam(api(), owner, 'CLIENT');
    const agencyOwner = await signUp(api(), 'Big Agency');
    const agency = await createTeam(api(), agencyOwner, 'AGENCY');
    const members = await Promise.all(Array.from({ length: 10 }, () => addMember(api(), agencyOwner, agency.id, ['MEMBER'])));
    // Offers made from proposals, so that each has a job; every other one accepted into a contract.
    const makeOffers = async (count: number) => {
      let made = 0;
      while (made < count) {
        const job = await postJob(api(), owner, client.id, { connectsRequired: 0, kind: 'FIXED_PRICE' });
        for (const member of members.slice(0, count - made)) {
          const proposal = await submitProposal(api(), member, job.id, { agencyId: agency.id, hourlyRate: null, fixedPrice: '2000.50' });
          const offer = await sendOffer(api(), owner, client.id, { proposalId: proposal.id, ...FIXED_OFFER });
          if (made % 2 === 0) await acceptOffer(api(), agencyOwner, offer.id);
          made++;
        }
      }
    };
    await makeOffers(5);
    server.statements.reset();
    const small = await api().ok(TeamOffersNestedDoc, { teamId: client.id, first: 100 }, owner.token);
    const smallCount = server.statements.count;
    expect(small.team.offers.nodes).toHaveLength(5);
    expect(smallCount).toBeLessThan(20);
    await makeOffers(95);
    server.statements.reset();
    const big = await api().ok(TeamOffersNestedDoc, { teamId: client.id, first: 100 }, owner.token);
    expect(big.team.offers.nodes).toHaveLength(100);
    expect(big.team.offers.nodes.filter((o) => o.contract).length).toBe(51);
    expect(server.statements.count).toBe(smallCount);
  }, 240_000); // a hundred offers made one by one (fixed-price accepts also fund, MS-1): time, not speed, on a shared machine
});

describe('expiry', () => {
  it('OF-2: a pending offer past its expiry reads EXPIRED, cannot be accepted, and runDueWork stores it', async () => {
    const { offer } = await agencyOffer();
    const { now } = await api().ok(HiringNowDoc, {}, world.member.token);
    const later = new Date(Date.parse(now) + 8 * 86_400_000).toISOString();
    await api().ok(HiringSetClockDoc, { input: { now: later } }, staff.token);
    const { node } = await api().ok(OfferNodeDoc, { id: offer.id }, world.manager.token);
    expect(node).toMatchObject({ status: 'EXPIRED' });
    const { acceptOffer: refused } = await api().ok(AcceptOfferDoc, { input: { offerId: offer.id } }, world.manager.token);
    expect(refused.userErrors[0].code).toBe('OFFER_EXPIRED');
    const [before] = await server.sql<{ status: string }>('select status from offer where id = $1', [offer.id]);
    expect(before.status).toBe('PENDING');
    const { runDueWork } = await api().ok(HiringRunDueWorkDoc, {}, staff.token);
    expect(runDueWork.reports!.find((r) => r.name === 'offers.expire')!.changed).toBeGreaterThanOrEqual(1);
    const [after] = await server.sql<{ status: string }>('select status from offer where id = $1', [offer.id]);
    expect(after.status).toBe('EXPIRED');
    const { offers } = await api().ok(StaffOffersDoc, { filter: { status: ['PENDING'] } }, staff.token);
    expect(offers.totalCount).toBe(0);
  });
});
