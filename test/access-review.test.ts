import { graphql } from './gql';
import { addMember, InviteDoc, signUp, type TestUser } from './support/factories';
import { agencyContract, FIXED_OFFER, startHiringSuite, HiringNowDoc, HiringPurchaseConnectsDoc, PostJobDoc, sendOffer, SendOfferDoc, type HiringWorld } from './support/hiring';
import { AddPayoutMethodDoc } from './support/money';
import type { TestServer } from './support/server';
import { submit } from './support/work-money';

const ReviewTeamWalkDoc = graphql(`
  query AccessReviewTeamWalk($id: ID!) {
    team(id: $id) {
      id name
      offers(first: 10) { nodes { id proposal { id coverLetter } contract { id } } }
      contracts(first: 10) { nodes { id offer { proposal { id } } job { id } milestones { nodes { id amount { amount } } } } }
    }
  }
`);

const ReviewTeamMoneyDoc = graphql(`
  query AccessReviewTeamMoney($id: ID!) {
    team(id: $id) { id account { available { amount } } }
  }
`);

const ReviewTeamPayoutsDoc = graphql(`
  query AccessReviewTeamPayouts($id: ID!) {
    team(id: $id) { id payouts(first: 5) { totalCount } }
  }
`);

const ReviewTeamMembersDoc = graphql(`
  query AccessReviewTeamMembers($id: ID!) {
    team(id: $id) { id members(first: 20) { nodes { id user { id email connectsBalance } } } }
  }
`);

const ReviewTeamInvitationsDoc = graphql(`
  query AccessReviewTeamInvitations($id: ID!) {
    team(id: $id) { id pendingInvitations { id email } }
  }
`);

const ReviewNodeDoc = graphql(`
  query AccessReviewNode($id: ID!) {
    node(id: $id) { id }
  }
`);

const ReviewUserDoc = graphql(`
  query AccessReviewUser($id: ID!) {
    node(id: $id) {
      id
      ... on User { email connectsBalance memberships { id } offers(first: 5) { totalCount } contracts(first: 5) { totalCount } account { available { amount } } affiliate { id } }
    }
  }
`);

const ReviewLeaveDoc = graphql(`
  mutation AccessReviewLeave($input: LeaveTeamInput!) {
    leaveTeam(input: $input) { member { id status } userErrors { code message } }
  }
`);

const ReviewAcceptDoc = graphql(`
  mutation AccessReviewAccept($input: AcceptOfferInput!) {
    acceptOffer(input: $input) { offer { id status } userErrors { code message } }
  }
`);

const ReviewPauseDoc = graphql(`
  mutation AccessReviewPause($input: PauseContractInput!) {
    pauseContract(input: $input) { contract { id status } userErrors { code message } }
  }
`);

const ReviewLogTimeDoc = graphql(`
  mutation AccessReviewLogTime($input: LogTimeInput!) {
    logTime(input: $input) { timeEntry { id } userErrors { code message } }
  }
`);

const ReviewSubmitDoc = graphql(`
  mutation AccessReviewSubmit($input: SubmitMilestoneInput!) {
    submitMilestone(input: $input) { milestone { id status } userErrors { code message } }
  }
`);

const ReviewStaffViewDoc = graphql(`
  query AccessReviewStaffView($id: ID!) {
    team(id: $id) { id account { available { amount } } members(first: 5) { totalCount } }
  }
`);

const ReviewIsStaffDoc = graphql(`
  query AccessReviewIsStaff($id: ID!) {
    node(id: $id) { ... on User { id isStaff } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
let outsider: TestUser;
beforeAll(async () => {
  ({ server, world, staff } = await startHiringSuite());
  outsider = await signUp(server.api, 'Outsider');
});
afterAll(() => server.close());
const api = () => server.api;

describe('access review: walking the graph as an attacker (AC-1, AC-3)', () => {
  it('AC-1: a plain agency MEMBER sees offers and contracts but not another member\'s proposal through any nested field', async () => {
    const { proposal, contract } = await agencyContract(api(), world, FIXED_OFFER);
    const { team } = await api().ok(ReviewTeamWalkDoc, { id: world.agency.id }, world.freeMember.token);
    const offers = team.offers.nodes;
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) expect(offer.proposal).toBeNull();
    const seen = team.contracts.nodes.find((c) => c.id === contract.id)!;
    expect(seen.offer.proposal).toBeNull();
    expect(await api().errorCode(ReviewNodeDoc, { id: proposal.id }, world.freeMember.token)).toBe('NOT_FOUND');
  });

  it('AC-1: financial figures and member management stay with their roles; outsiders get NOT_FOUND', async () => {
    for (const user of [world.member, world.manager]) {
      expect(await api().errorCode(ReviewTeamMoneyDoc, { id: world.agency.id }, user.token)).toBe('FORBIDDEN');
      expect(await api().errorCode(ReviewTeamPayoutsDoc, { id: world.agency.id }, user.token)).toBe('FORBIDDEN');
      expect(await api().errorCode(ReviewTeamInvitationsDoc, { id: world.agency.id }, user.token)).toBe('FORBIDDEN');
    }
    expect(await api().errorCode(ReviewTeamMoneyDoc, { id: world.client.id }, world.hiringManager.token)).toBe('FORBIDDEN');
    const probes = [
      (id: string) => api().errorCode(ReviewTeamMoneyDoc, { id }, outsider.token),
      (id: string) => api().errorCode(ReviewTeamPayoutsDoc, { id }, outsider.token),
      (id: string) => api().errorCode(ReviewTeamMembersDoc, { id }, outsider.token),
      (id: string) => api().errorCode(ReviewTeamInvitationsDoc, { id }, outsider.token),
      (id: string) => api().errorCode(ReviewTeamWalkDoc, { id }, outsider.token),
    ];
    for (const probe of probes) {
      expect(await probe(world.agency.id)).toBe('NOT_FOUND');
      expect(await probe(world.client.id)).toBe('NOT_FOUND');
    }
    const { team } = await api().ok(ReviewTeamMembersDoc, { id: world.agency.id }, world.member.token);
    for (const m of team.members.nodes.filter((m) => m.user.id !== world.member.id)) {
      expect(m.user).toMatchObject({ email: null, connectsBalance: null });
    }
  });

  it("AC-1: another user's private fields are null; anonymous callers are UNAUTHENTICATED", async () => {
    const { node } = await api().ok(ReviewUserDoc, { id: world.member.id }, outsider.token);
    expect(node).toMatchObject({ email: null, connectsBalance: null, memberships: null, offers: null, contracts: null, account: null, affiliate: null });
    expect(await api().errorCode(ReviewNodeDoc, { id: world.agency.id })).toBe('UNAUTHENTICATED');
  });

  it('AG-5: a member who left sees the team only as its public profile', async () => {
    const leaver = await addMember(api(), world.agencyOwner, world.agency.id, ['BUSINESS_MANAGER'], 'NON_EXCLUSIVE');
    const { contract } = await agencyContract(api(), world);
    await api().ok(ReviewLeaveDoc, { input: { teamId: world.agency.id } }, leaver.token);
    expect(await api().errorCode(ReviewTeamWalkDoc, { id: world.agency.id }, leaver.token)).toBe('NOT_FOUND');
    expect(await api().errorCode(ReviewNodeDoc, { id: contract.id }, leaver.token)).toBe('NOT_FOUND');
    expect(await api().errorCode(ReviewPauseDoc, { input: { contractId: contract.id } }, leaver.token)).toBe('NOT_FOUND');
  });

  it('AC-2: staff read everything but cannot act as a user', async () => {
    const { contract } = await agencyContract(api(), world);
    expect((await api().ok(ReviewNodeDoc, { id: contract.id }, staff.token)).node!.id).toBe(contract.id);
    expect(await api().errorCode(ReviewPauseDoc, { input: { contractId: contract.id } }, staff.token)).toBe('FORBIDDEN');
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: world.member.id });
    expect(await api().errorCode(ReviewAcceptDoc, { input: { offerId: offer.id } }, staff.token)).toBe('FORBIDDEN');
  });

  it("AC-2, AC-3: staff see every team, so its members' acts are refused to them as FORBIDDEN, never NOT_FOUND", async () => {
    const acts = (who: TestUser) => [
      api().errorCode(HiringPurchaseConnectsDoc, { input: { teamId: world.agency.id, quantity: 1, idempotencyKey: `acts-${who.id}` } }, who.token),
      api().errorCode(InviteDoc, { input: { teamId: world.agency.id, email: 'someone@example.test', roles: ['MEMBER'] } }, who.token),
      api().errorCode(PostJobDoc, { input: { clientTeamId: world.client.id, title: 'T', description: 'D', kind: 'HOURLY', connectsRequired: 1 } }, who.token),
      api().errorCode(SendOfferDoc, { input: { clientTeamId: world.client.id, freelancerId: world.member.id, title: 'T', kind: 'HOURLY', hourlyRate: '10.00', weeklyLimitHours: 5 } }, who.token),
      api().errorCode(AddPayoutMethodDoc, { input: { teamId: world.agency.id, kind: 'PAYPAL', paypalEmail: 'staff@example.test' } }, who.token),
    ];
    expect(await Promise.all(acts(staff))).toEqual(Array(5).fill('FORBIDDEN'));
    // Someone who may not see inside the team still cannot tell what it holds.
    expect(await Promise.all(acts(outsider))).toEqual(Array(5).fill('NOT_FOUND'));
  });

  it("AG-5: a freelancer who left the agency no longer logs time or submits milestones on its contracts; its managers still submit", async () => {
    const leaver = await addMember(api(), world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
    const hourly = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: leaver.id, agencyId: world.agency.id });
    const accepted = await api().ok(ReviewAcceptDoc, { input: { offerId: hourly.id } }, world.manager.token);
    const fixedOffer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: leaver.id, agencyId: world.agency.id, ...FIXED_OFFER });
    await api().ok(ReviewAcceptDoc, { input: { offerId: fixedOffer.id } }, world.manager.token);
    const { node } = await api().ok(ReviewNodeDoc, { id: fixedOffer.id }, world.manager.token);
    expect(node).toBeTruthy();
    const contracts = await server.sql<{ id: string; offer_id: string }>('select id, offer_id from contract where offer_id = any($1)', [[hourly.id, fixedOffer.id]]);
    const hourlyContract = contracts.find((c) => c.offer_id === hourly.id)!.id;
    const fixedContract = contracts.find((c) => c.offer_id === fixedOffer.id)!.id;
    const [milestone] = await server.sql<{ id: string }>('select id from milestone where contract_id = $1 order by position limit 1', [fixedContract]);
    expect(accepted.acceptOffer.offer!.status).toBe('ACCEPTED');
    await api().ok(ReviewLeaveDoc, { input: { teamId: world.agency.id } }, leaver.token);
    const { now } = await api().ok(HiringNowDoc, {});
    const startedAt = new Date(Date.parse(now) - 3600_000).toISOString(); // an hour ago, business time
    expect(await api().errorCode(ReviewLogTimeDoc, { input: { contractId: hourlyContract, startedAt, minutes: 30 } }, leaver.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(ReviewSubmitDoc, { input: { milestoneId: milestone.id, message: 'done' } }, leaver.token)).toBe('FORBIDDEN');
    const byManager = await submit(api(), world.manager, milestone.id);
    expect(byManager.milestone!.status).toBe('SUBMITTED');
  });

  it('AC-2: staff who also belong to a team read all of it, whatever their role there', async () => {
    const member = await addMember(api(), world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE', staff);
    expect(member.memberId).toBeTruthy();
    const { team } = await api().ok(ReviewStaffViewDoc, { id: world.agency.id }, staff.token);
    expect(team.account).toBeTruthy();
    expect(team.members.totalCount).toBeGreaterThan(0);
  });

  it("AC-1: whether someone is staff is shown to themselves and staff only", async () => {
    expect((await api().ok(ReviewIsStaffDoc, { id: staff.id }, outsider.token)).node).toEqual({ id: staff.id, isStaff: null });
    expect((await api().ok(ReviewIsStaffDoc, { id: staff.id }, staff.token)).node).toEqual({ id: staff.id, isStaff: true });
    expect((await api().ok(ReviewIsStaffDoc, { id: outsider.id }, staff.token)).node).toEqual({ id: outsider.id, isStaff: false });
  });
});
