/**
 * Edge cases of the business rules and limits: exclusive membership checked when an offer is
 * sent and accepted, a freelancer who joined the client team, a member's removal racing an accept, weekly limits across Monday 00:00 UTC, time
 * logged across a pause, subscriptions sent over HTTP, the tracking-click budget, the client
 * address behind a proxy, and the financial role on payment events. Each test names its rule.
 */
import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { graphql } from './gql';
import type { SignUpInput } from './gql/graphql';
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import { postGraphQL } from './support/raw';
import { agencyContract, FIXED_OFFER, freelancer, postJob, sendOffer, SendOfferDoc, startHiringSuite, submitProposal, type HiringWorld } from './support/hiring';
import { startTestServer, type TestServer } from './support/server';
import { approvedAffiliate } from './support/affiliates';
import { setClockTo } from './support/clock';
import { Subscriber } from './support/ws';

const EdgeLogTimeDoc = graphql(`
  mutation EdgeLogTime($input: LogTimeInput!) {
    logTime(input: $input) { timeEntry { id } userErrors { code } }
  }
`);

const EdgeAcceptOfferDoc = graphql(`
  mutation EdgeAcceptOffer($id: ID!) {
    acceptOffer(input: { offerId: $id }) {
      contract { id agency { id } payeeTeam { id } payeeUser { id } }
      userErrors { code message }
    }
  }
`);

const EdgeRemoveTeamMemberDoc = graphql(`
  mutation EdgeRemoveTeamMember($id: ID!) {
    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }
  }
`);

const EdgeRunDueWorkDoc = graphql(`
  mutation EdgeRunDueWork {
    runDueWork { userErrors { code } }
  }
`);

const EdgeContractInvoicesDoc = graphql(`
  query EdgeContractInvoices($id: ID!) {
    node(id: $id) { ... on Contract { invoices { nodes { weekStart hours } } } }
  }
`);

const EdgePauseContractDoc = graphql(`
  mutation EdgePauseContract($id: ID!) {
    pauseContract(input: { contractId: $id }) { contract { status } userErrors { code } }
  }
`);

const EdgeResumeContractDoc = graphql(`
  mutation EdgeResumeContract($id: ID!) {
    resumeContract(input: { contractId: $id }) { contract { status } userErrors { code } }
  }
`);

const EdgeHttpPaymentEventsDoc = graphql(`
  subscription EdgeHttpPaymentEvents($teamId: ID) {
    paymentEvents(teamId: $teamId) { id type }
  }
`);

const EdgeHttpOfferEventsDoc = graphql(`
  subscription EdgeHttpOfferEvents {
    offerEvents { id type }
  }
`);

const EdgeAddMilestoneDoc = graphql(`
  mutation EdgeAddMilestone($i: AddMilestoneInput!) {
    addMilestone(input: $i) { milestone { id } userErrors { code } }
  }
`);

const EdgePaymentEventsDoc = graphql(`
  subscription EdgePaymentEvents($t: ID!) {
    paymentEvents(teamId: $t) { id type amount { amount } }
  }
`);

const EdgeFundMilestoneDoc = graphql(`
  mutation EdgeFundMilestone($i: FundMilestoneInput!) {
    fundMilestone(input: $i) { milestone { status } userErrors { code } }
  }
`);

const EdgeUpdateTeamMemberDoc = graphql(`
  mutation EdgeUpdateTeamMember($i: UpdateTeamMemberInput!) {
    updateTeamMember(input: $i) { member { roles } userErrors { code } }
  }
`);

const EdgeRecordReferralClickDoc = graphql(`
  mutation EdgeRecordReferralClick($code: String!) {
    recordReferralClick(input: { code: $code }) { clickId userErrors { code } }
  }
`);

const EdgeSignUpDoc = graphql(`
  mutation EdgeSignUp($input: SignUpInput!) {
    signUp(input: $input) { token userErrors { code } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const api = () => server.api;

describe('edges of the rules', () => {
  it('AG-2: an independent offer cannot be accepted as independent work once the freelancer is an exclusive agency member', async () => {
    const indie = await freelancer(api(), 0, 'Later Exclusive');
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id });
    expect(offer.agency).toBeNull();
    // The freelancer then joins an agency exclusively (AG-2: everything of theirs is now the agency's).
    const agencyOwner = await signUp(api(), 'Other Agency Owner');
    const agency = await createTeam(api(), agencyOwner, 'AGENCY');
    await addMember(api(), agencyOwner, agency.id, ['MEMBER'], 'EXCLUSIVE', indie);
    const { acceptOffer: payload } = await api().ok(EdgeAcceptOfferDoc, { id: offer.id }, indie.token);
    // Either refused, or the contract is the agency's: never an independent contract paying the freelancer.
    if (!payload.userErrors.length) {
      expect(payload.contract?.agency?.id).toBe(agency.id);
    } else {
      expect(payload.contract).toBeNull();
    }
  });

  it('AG-2: an agency offer cannot be accepted once its freelancer became an exclusive member of another agency', async () => {
    const member = await addMember(api(), world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: member.id, agencyId: world.agency.id });
    const otherOwner = await signUp(api(), 'Exclusive Agency Owner');
    const other = await createTeam(api(), otherOwner, 'AGENCY');
    await addMember(api(), otherOwner, other.id, ['MEMBER'], 'EXCLUSIVE', member);
    const { acceptOffer: payload } = await api().ok(EdgeAcceptOfferDoc, { id: offer.id }, world.manager.token);
    expect(payload.contract).toBeNull();
    expect(payload.userErrors.map((e) => e.code)).toEqual(['EXCLUSIVE_MEMBER']);
  });

  it('AG-2: no offer is sent on an independent proposal once its freelancer became an exclusive member of an agency', async () => {
    const indie = await freelancer(api(), 20, 'Proposing Then Exclusive');
    const job = await postJob(api(), world.hiringManager, world.client.id);
    const proposal = await submitProposal(api(), indie, job.id);
    const agencyOwner = await signUp(api(), 'Exclusive Home Owner');
    const agency = await createTeam(api(), agencyOwner, 'AGENCY');
    await addMember(api(), agencyOwner, agency.id, ['MEMBER'], 'EXCLUSIVE', indie);
    const { sendOffer: payload } = await api().ok(
      SendOfferDoc,
      { input: { clientTeamId: world.client.id, proposalId: proposal.id, title: 'The work', kind: 'HOURLY', hourlyRate: '60.00', weeklyLimitHours: 10 } },
      world.hiringManager.token,
    );
    expect(payload.offer).toBeNull();
    expect(payload.userErrors.map((e) => e.code)).toEqual(['EXCLUSIVE_MEMBER']);
  });

  it('OF-4: an offer is not accepted once its freelancer joined the client team that sent it (OWN_TEAM)', async () => {
    const indie = await freelancer(api(), 0, 'Joins The Client');
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id });
    await addMember(api(), world.clientOwner, world.client.id, ['HIRING_MANAGER'], undefined, indie);
    const { acceptOffer: payload } = await api().ok(EdgeAcceptOfferDoc, { id: offer.id }, indie.token);
    expect(payload.contract).toBeNull();
    expect(payload.userErrors.map((e) => e.code)).toEqual(['OWN_TEAM']);
  });

  it('AG-7: removing a member and accepting an agency offer for them at the same moment never leaves a removed member with an active contract', async () => {
    let violations = 0;
    for (let round = 0; round < 12; round++) {
      const member = await addMember(api(), world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
      const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: member.id, agencyId: world.agency.id });
      const [removed, accepted] = await Promise.all([
        api().run(EdgeRemoveTeamMemberDoc, { id: member.memberId }, world.agencyOwner.token),
        api().run(EdgeAcceptOfferDoc, { id: offer.id }, world.manager.token),
      ]);
      const removedOk = removed.data?.removeTeamMember?.member?.status === 'REMOVED';
      const acceptedOk = Boolean(accepted.data?.acceptOffer?.contract?.id);
      expect(removed.errors ?? []).toEqual([]);
      expect(accepted.errors ?? []).toEqual([]);
      if (removedOk && acceptedOk) violations++;
    }
    expect(violations).toBe(0);
  });

  it('TM-2: time worked after Monday 00:00 UTC counts in that week\'s limit, also when its entry started on the Sunday before', async () => {
    await setClockTo(api(), staff, '2030-02-04T09:00:00Z'); // a Monday
    const { contract } = await agencyContract(api(), world, { hourlyRate: '60.00', weeklyLimitHours: 10 });
    await setClockTo(api(), staff, '2030-02-12T12:00:00Z'); // Tuesday of the next week
    // Sunday 23:00 for 10 hours: one hour in the first week, nine in the second.
    await api().run(EdgeLogTimeDoc, { input: { contractId: contract.id, startedAt: '2030-02-10T23:00:00Z', minutes: 600 } }, world.member.token);
    // Monday 10:00 for 10 hours: the second week's limit is now reached by this entry alone.
    const monday = await api().ok(EdgeLogTimeDoc, { input: { contractId: contract.id, startedAt: '2030-02-11T10:00:00Z', minutes: 600 } }, world.member.token);
    expect(monday.logTime.userErrors).toEqual([]);
    await setClockTo(api(), staff, '2030-02-18T01:00:00Z');
    await api().run(EdgeRunDueWorkDoc, {}, staff.token);
    const { node } = await api().ok(EdgeContractInvoicesDoc, { id: contract.id }, world.clientOwner.token);
    const invoices = (node as { invoices: { nodes: { weekStart: string; hours: number }[] } }).invoices.nodes;
    const billed = invoices.reduce((sum, invoice) => sum + invoice.hours, 0);
    // At most 1 h of the first week and the 10 h limit of the second: never 20 h.
    expect(billed).toBeLessThanOrEqual(11);
  });

  it('CT-3: time logged after a contract resumed cannot cover the hours it was paused', async () => {
    await setClockTo(api(), staff, '2030-03-04T09:00:00Z');
    const { contract } = await agencyContract(api(), world, { hourlyRate: '60.00', weeklyLimitHours: 40 });
    await setClockTo(api(), staff, '2030-03-05T10:00:00Z');
    const paused = await api().ok(EdgePauseContractDoc, { id: contract.id }, world.hiringManager.token);
    expect(paused.pauseContract.contract?.status).toBe('PAUSED');
    await setClockTo(api(), staff, '2030-03-05T14:00:00Z');
    const resumed = await api().ok(EdgeResumeContractDoc, { id: contract.id }, world.hiringManager.token);
    expect(resumed.resumeContract.contract?.status).toBe('ACTIVE');
    await setClockTo(api(), staff, '2030-03-05T18:00:00Z');
    // 09:00 to 15:00: four of its six hours fall in the pause.
    const res = await api().ok(EdgeLogTimeDoc, { input: { contractId: contract.id, startedAt: '2030-03-05T09:00:00Z', minutes: 360 } }, world.member.token);
    expect(res.logTime.userErrors).toEqual([{ code: 'CONTRACT_NOT_ACTIVE' }]);
    // Up to the pause is fine.
    const before = await api().ok(EdgeLogTimeDoc, { input: { contractId: contract.id, startedAt: '2030-03-05T09:00:00Z', minutes: 60 } }, world.member.token);
    expect(before.logTime.userErrors).toEqual([]);
  });

  it('API (Transport, Limits): a subscription sent over HTTP is refused as a broken request, never an internal error', async () => {
    for (const res of [
      await api().run(EdgeHttpPaymentEventsDoc, { teamId: world.agency.id }, world.member.token),
      await api().run(EdgeHttpOfferEventsDoc, {}, world.freeMember.token),
    ]) {
      const codes = (res.errors ?? []).map((error) => error.extensions?.code);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(codes).toEqual(['BAD_REQUEST']);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });

  it('AC-3, PO-2: a member who loses the financial role stops receiving the team\'s payment events at once', async () => {
    const financial = await addMember(api(), world.clientOwner, world.client.id, ['FINANCIAL']);
    const { contract } = await agencyContract(api(), world, FIXED_OFFER);
    const added = await api().ok(EdgeAddMilestoneDoc,
      { i: { contractId: contract.id, description: 'Polish', amount: '100.00' } }, world.hiringManager.token);
    const third = added.addMilestone.milestone!.id;
    const second = contract.milestones.nodes[1].id;
    const socket = await Subscriber.connect(server.wsUrl, financial.token);
    const subscription = socket.subscribe(EdgePaymentEventsDoc, { t: world.client.id });
    const events = subscription.received;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await api().run(EdgeFundMilestoneDoc, { i: { milestoneId: second, idempotencyKey: `fund-${second}` } }, world.hiringManager.token);
    await subscription.waitFor(1, 5000);
    expect(events.map((e) => e.data?.paymentEvents?.type)).toEqual(['MILESTONE_FUNDED']);
    // Demoted: no financial role any more.
    const demoted = await api().ok(EdgeUpdateTeamMemberDoc,
      { i: { memberId: financial.memberId, roles: ['HIRING_MANAGER'] } }, world.clientOwner.token);
    expect(demoted.updateTeamMember.member?.roles).toEqual(['HIRING_MANAGER']);
    await api().run(EdgeFundMilestoneDoc, { i: { milestoneId: third, idempotencyKey: `fund-${third}` } }, world.hiringManager.token);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(events.filter((e) => e.data?.paymentEvents).length).toBe(1);
    socket.close();
  });
});

describe('the tracking-click budget', () => {
  let clicks: TestServer;
  beforeAll(async () => (clicks = await startTestServer({ REFERRAL_CLICKS_PER_ADDRESS: '3' })));
  afterAll(() => clicks.close());

  it('API (Limits), RF-1: recordReferralClick counts against the same per-address click budget as GET /r/:code', async () => {
    const affiliate = await approvedAffiliate(clicks.api);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await clicks.api.run(EdgeRecordReferralClickDoc, { code: affiliate.code }));
    const recorded = answers.filter((a) => a.data?.recordReferralClick?.clickId).length;
    expect(recorded).toBe(3);
    expect(answers[5].errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The link itself is now over budget too: one budget per address for both ways of clicking.
    const link = await fetch(`${clicks.url.replace(/\/graphql$/, '')}/r/${affiliate.code}`, { redirect: 'manual' });
    expect(link.status).toBe(429);
  });
});

describe('the client address behind a proxy', () => {
  let proxied: TestServer;
  beforeAll(async () => (proxied = await startTestServer({ TRUST_PROXY: 'true', SIGNUPS_PER_ADDRESS: '2' })));
  afterAll(() => proxied.close());

  it('API (Limits): a client cannot pick its own address for the per-address limits by sending X-Forwarded-For through the proxy', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      // The client wrote the first address; the proxy appended the address it saw (the last one),
      // which is the only one WebSocket connections are counted by.
      // Sent with postGraphQL, the typed document printed: the test client (server.api) sends no
      // X-Forwarded-For header, and this test is about that header.
      const input: SignUpInput = { email: `spoof-${i}-${randomBytes(4).toString('hex')}@example.test`, password: 'correct horse battery', name: 'Spoofer' };
      const res = await postGraphQL(proxied.url, print(EdgeSignUpDoc), { input }, { address: `203.0.113.${i + 1}, 198.51.100.7` });
      codes.push(res.body.errors?.[0]?.extensions?.code as string | undefined);
    }
    expect(codes).toEqual([undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('API (Limits): an IPv6 client is one client address for its whole /64, and an IPv4-mapped address is its IPv4 address', async () => {
    const signUpFrom = async (address: string) => {
      const input: SignUpInput = { email: `v6-${randomBytes(4).toString('hex')}@example.test`, password: 'correct horse battery', name: 'Rotator' };
      const res = await postGraphQL(proxied.url, print(EdgeSignUpDoc), { input }, { address });
      return res.body.errors?.[0]?.extensions?.code as string | undefined;
    };
    const rotated = [];
    for (const address of ['2001:db8:7:7::1', '2001:db8:7:7:a:b:c:d', '2001:db8:7:7:ffff::2']) rotated.push(await signUpFrom(address));
    expect(rotated).toEqual([undefined, undefined, 'RATE_LIMITED']);
    // The next /64 is another client.
    expect(await signUpFrom('2001:db8:7:8::1')).toBeUndefined();
    const mapped = [];
    for (const form of ['198.51.100.77', '::ffff:198.51.100.77', '::ffff:c633:644d']) mapped.push(await signUpFrom(form));
    expect(mapped).toEqual([undefined, undefined, 'RATE_LIMITED']);
  });
});
