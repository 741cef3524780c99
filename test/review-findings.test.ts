/**
 * Findings of a hostile review: each test names the rule it proves (DOMAIN.md / API.md).
 */
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import { openSocket, postGraphQL } from './support/raw';
import { agencyContract, FIXED_OFFER, freelancer, sendOffer, startHiringSuite, type HiringWorld } from './support/hiring';
import { startTestServer, type TestServer } from './support/server';
import { approvedAffiliate } from './support/affiliates';

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const gql = (query: string, variables: unknown, token?: string) => postGraphQL(server.url, query, variables, { token });

const setNow = async (now: string) => {
  const res = await gql(`mutation($now: DateTime!) { setClock(input: { now: $now }) { now userErrors { code } } }`, { now }, staff.token);
  expect((res.body.data as any).setClock.userErrors).toEqual([]);
};
const LOG = `mutation($input: LogTimeInput!) { logTime(input: $input) { timeEntry { id } userErrors { code } } }`;

const ACCEPT = `mutation($id: ID!) { acceptOffer(input: { offerId: $id }) {
  contract { id agency { id } payeeTeam { id } payeeUser { id } }
  userErrors { code message } } }`;

describe('review findings', () => {
  it('AG-2: an independent offer cannot be accepted as independent work once the freelancer is an exclusive agency member', async () => {
    const indie = await freelancer(server.api, 0, 'Later Exclusive');
    const offer = await sendOffer(server.api, world.hiringManager, world.client.id, { freelancerId: indie.id });
    expect(offer.agency).toBeNull();
    // The freelancer then joins an agency exclusively (AG-2: everything of theirs is now the agency's).
    const agencyOwner = await signUp(server.api, 'Other Agency Owner');
    const agency = await createTeam(server.api, agencyOwner, 'AGENCY');
    await addMember(server.api, agencyOwner, agency.id, ['MEMBER'], 'EXCLUSIVE', indie);
    const res = await gql(ACCEPT, { id: offer.id }, indie.token);
    const payload = (res.body.data as any).acceptOffer;
    // Either refused, or the contract is the agency's: never an independent contract paying the freelancer.
    if (!payload.userErrors.length) {
      expect(payload.contract.agency?.id).toBe(agency.id);
    } else {
      expect(payload.contract).toBeNull();
    }
  });

  it('AG-2: an agency offer cannot be accepted once its freelancer became an exclusive member of another agency', async () => {
    const member = await addMember(server.api, world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
    const offer = await sendOffer(server.api, world.hiringManager, world.client.id, { freelancerId: member.id, agencyId: world.agency.id });
    const otherOwner = await signUp(server.api, 'Exclusive Agency Owner');
    const other = await createTeam(server.api, otherOwner, 'AGENCY');
    await addMember(server.api, otherOwner, other.id, ['MEMBER'], 'EXCLUSIVE', member);
    const res = await gql(ACCEPT, { id: offer.id }, world.manager.token);
    const payload = (res.body.data as any).acceptOffer;
    expect(payload.contract).toBeNull();
    expect(payload.userErrors.map((e: { code: string }) => e.code)).toEqual(['EXCLUSIVE_MEMBER']);
  });

  it('AG-7: removing a member and accepting an agency offer for them at the same moment never leaves a removed member with an active contract', async () => {
    const REMOVE = `mutation($id: ID!) { removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } } }`;
    let violations = 0;
    for (let round = 0; round < 12; round++) {
      const member = await addMember(server.api, world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
      const offer = await sendOffer(server.api, world.hiringManager, world.client.id, { freelancerId: member.id, agencyId: world.agency.id });
      const [removed, accepted] = await Promise.all([
        gql(REMOVE, { id: member.memberId }, world.agencyOwner.token),
        gql(ACCEPT, { id: offer.id }, world.manager.token),
      ]);
      const removedOk = (removed.body.data as any)?.removeTeamMember?.member?.status === 'REMOVED';
      const acceptedOk = Boolean((accepted.body.data as any)?.acceptOffer?.contract?.id);
      expect(removed.body.errors ?? []).toEqual([]);
      expect(accepted.body.errors ?? []).toEqual([]);
      if (removedOk && acceptedOk) violations++;
    }
    expect(violations).toBe(0);
  });

  it('TM-2: time worked after Monday 00:00 UTC counts in that week\'s limit, also when its entry started on the Sunday before', async () => {
    await setNow('2030-02-04T09:00:00Z'); // a Monday
    const { contract } = await agencyContract(server.api, world, { hourlyRate: '60.00', weeklyLimitHours: 10 });
    await setNow('2030-02-12T12:00:00Z'); // Tuesday of the next week
    // Sunday 23:00 for 10 hours: one hour in the first week, nine in the second.
    await gql(LOG, { input: { contractId: contract.id, startedAt: '2030-02-10T23:00:00Z', minutes: 600 } }, world.member.token);
    // Monday 10:00 for 10 hours: the second week's limit is now reached by this entry alone.
    const monday = await gql(LOG, { input: { contractId: contract.id, startedAt: '2030-02-11T10:00:00Z', minutes: 600 } }, world.member.token);
    expect((monday.body.data as any).logTime.userErrors).toEqual([]);
    await setNow('2030-02-18T01:00:00Z');
    await gql(`mutation { runDueWork { userErrors { code } } }`, {}, staff.token);
    const res = await gql(`query($id: ID!) { node(id: $id) { ... on Contract { invoices { nodes { weekStart hours } } } } }`, { id: contract.id }, world.clientOwner.token);
    const invoices = (res.body.data as any).node.invoices.nodes as { weekStart: string; hours: number }[];
    const billed = invoices.reduce((sum, invoice) => sum + invoice.hours, 0);
    // At most 1 h of the first week and the 10 h limit of the second: never 20 h.
    expect(billed).toBeLessThanOrEqual(11);
  });

  it('CT-3: time logged after a contract resumed cannot cover the hours it was paused', async () => {
    await setNow('2030-03-04T09:00:00Z');
    const { contract } = await agencyContract(server.api, world, { hourlyRate: '60.00', weeklyLimitHours: 40 });
    const status = (name: string) => gql(`mutation($id: ID!) { ${name}(input: { contractId: $id }) { contract { status } userErrors { code } } }`, { id: contract.id }, world.hiringManager.token);
    await setNow('2030-03-05T10:00:00Z');
    expect(((await status('pauseContract')).body.data as any).pauseContract.contract.status).toBe('PAUSED');
    await setNow('2030-03-05T14:00:00Z');
    expect(((await status('resumeContract')).body.data as any).resumeContract.contract.status).toBe('ACTIVE');
    await setNow('2030-03-05T18:00:00Z');
    // 09:00 to 15:00: four of its six hours fall in the pause.
    const res = await gql(LOG, { input: { contractId: contract.id, startedAt: '2030-03-05T09:00:00Z', minutes: 360 } }, world.member.token);
    expect((res.body.data as any).logTime.userErrors).toEqual([{ code: 'CONTRACT_NOT_ACTIVE' }]);
    // Up to the pause is fine.
    const before = await gql(LOG, { input: { contractId: contract.id, startedAt: '2030-03-05T09:00:00Z', minutes: 60 } }, world.member.token);
    expect((before.body.data as any).logTime.userErrors).toEqual([]);
  });

  it('API (Transport, Limits): a subscription sent over HTTP is refused as a broken request, never an internal error', async () => {
    for (const [query, token] of [
      [`subscription { paymentEvents(teamId: "${world.agency.id}") { id type } }`, world.member.token],
      [`subscription { offerEvents { id type } }`, world.freeMember.token],
    ] as const) {
      const res = await postGraphQL(server.url, query, {}, { token });
      const codes = (res.body.errors ?? []).map((error) => error.extensions?.code);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(codes).toEqual(['BAD_REQUEST']);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });

  it('AC-3, PO-2: a member who loses the financial role stops receiving the team\'s payment events at once', async () => {
    const financial = await addMember(server.api, world.clientOwner, world.client.id, ['FINANCIAL']);
    const { contract } = await agencyContract(server.api, world, FIXED_OFFER);
    const added = await gql(`mutation($i: AddMilestoneInput!) { addMilestone(input: $i) { milestone { id } userErrors { code } } }`,
      { i: { contractId: contract.id, description: 'Polish', amount: '100.00' } }, world.hiringManager.token);
    const third = (added.body.data as any).addMilestone.milestone.id;
    const second = contract.milestones.nodes[1].id;
    const socket = await openSocket(server.wsUrl, financial.token);
    const events: any[] = [];
    socket.socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'next') events.push(message.payload);
    });
    socket.start(`subscription($t: ID!) { paymentEvents(teamId: $t) { id type amount { amount } } }`, { t: world.client.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const FUND = `mutation($i: FundMilestoneInput!) { fundMilestone(input: $i) { milestone { status } userErrors { code } } }`;
    await gql(FUND, { i: { milestoneId: second, idempotencyKey: `fund-${second}` } }, world.hiringManager.token);
    for (let i = 0; i < 50 && events.length < 1; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events.map((e) => e.data?.paymentEvents?.type)).toEqual(['MILESTONE_FUNDED']);
    // Demoted: no financial role any more.
    const demoted = await gql(`mutation($i: UpdateTeamMemberInput!) { updateTeamMember(input: $i) { member { roles } userErrors { code } } }`,
      { i: { memberId: financial.memberId, roles: ['HIRING_MANAGER'] } }, world.clientOwner.token);
    expect((demoted.body.data as any).updateTeamMember.member.roles).toEqual(['HIRING_MANAGER']);
    await gql(FUND, { i: { milestoneId: third, idempotencyKey: `fund-${third}` } }, world.hiringManager.token);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(events.filter((e) => e.data?.paymentEvents).length).toBe(1);
    await socket.close();
  });
});

describe('review findings: tracking-click budget', () => {
  let clicks: TestServer;
  beforeAll(async () => (clicks = await startTestServer({ REFERRAL_CLICKS_PER_ADDRESS: '3' })));
  afterAll(() => clicks.close());

  it('API (Limits), RF-1: recordReferralClick counts against the same per-address click budget as GET /r/:code', async () => {
    const affiliate = await approvedAffiliate(clicks.api);
    const RECORD = `mutation($code: String!) { recordReferralClick(input: { code: $code }) { clickId userErrors { code } } }`;
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await postGraphQL(clicks.url, RECORD, { code: affiliate.code }));
    const recorded = answers.filter((a) => (a.body.data as any)?.recordReferralClick?.clickId).length;
    expect(recorded).toBe(3);
    expect(answers[5].body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The link itself is now over budget too: one budget per address for both ways of clicking.
    const link = await fetch(`${clicks.url.replace(/\/graphql$/, '')}/r/${affiliate.code}`, { redirect: 'manual' });
    expect(link.status).toBe(429);
  });
});

describe('review findings: client address behind a proxy', () => {
  let proxied: TestServer;
  beforeAll(async () => (proxied = await startTestServer({ TRUST_PROXY: 'true', SIGNUPS_PER_ADDRESS: '2' })));
  afterAll(() => proxied.close());

  it('API (Limits): a client cannot pick its own address for the per-address limits by sending X-Forwarded-For through the proxy', async () => {
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token userErrors { code } } }`;
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      // The client wrote the first address; the proxy appended the address it saw (the last one),
      // which is the only one WebSocket connections are counted by.
      const res = await postGraphQL(proxied.url, SIGN_UP, { input: { email: `spoof-${i}-${Date.now()}@example.test`, password: 'correct horse battery', name: 'Spoofer' } }, { address: `203.0.113.${i + 1}, 198.51.100.7` });
      codes.push(res.body.errors?.[0]?.extensions?.code as string | undefined);
    }
    expect(codes).toEqual([undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
  });
});
