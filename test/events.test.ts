import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendEvent } from '../src/modules/events/event-log';
import { EventStream } from '../src/modules/events/event.entity';
import { graphql } from './gql';
import { addMember, signUp, type TestUser } from './support/factories';
import { AcceptOfferDoc, DeclineOfferDoc, directAgencyOffer, startHiringSuite, type HiringWorld } from './support/hiring';
import { addPaypal, inServerTransaction, RequestPayoutDoc, seedAvailable, SettlePayoutDoc } from './support/money';
import { JWT_SECRET, STAFF_EMAIL, startTestServer, type TestServer } from './support/server';
import { freePort } from './support/ports';
import { settle, Subscriber } from './support/ws';
import { approve, submit } from './support/work-money';
import { waitUntil } from './support/wait';
import { agencyContract, FIXED_OFFER, HiringRunDueWorkDoc, HiringSetClockDoc } from './support/hiring';

const OfferEventsDoc = graphql(`
  subscription OfferEvents($teamId: ID, $after: String) {
    offerEvents(teamId: $teamId, after: $after) { id type occurredAt offer { id status } }
  }
`);

const PaymentEventsDoc = graphql(`
  subscription PaymentEvents($teamId: ID, $after: String) {
    paymentEvents(teamId: $teamId, after: $after) {
      id type occurredAt amount { amount currency }
      payout { id status } contract { id } milestone { id status } invoice { id }
    }
  }
`);

const LeaveForEventsDoc = graphql(`
  mutation LeaveForEvents($input: LeaveTeamInput!) { leaveTeam(input: $input) { member { status } userErrors { code } } }
`);

const DemoteDoc = graphql(`
  mutation DemoteForEvents($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { member { roles } userErrors { code } } }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const directOffer = () => directAgencyOffer(server.api, world);

/** A second server process on the same database, as a load balancer would run it. */
async function startSecondProcess(): Promise<{ wsUrl: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    env: { ...process.env, DATABASE_URL: server.databaseUrl, PORT: String(port), JWT_SECRET, STAFF_EMAILS: STAFF_EMAIL, TEST_CLOCK: '1', SCHEDULER_INTERVAL_MS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`second process exited:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not yet
    }
    if (Date.now() - started > 30_000) throw new Error(`second process did not start:\n${output}`);
    await settle(100);
  }
  return {
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}

describe('offer events', () => {
  it('OF-5: a business manager subscribed on process B receives SENT, ACCEPTED and DECLINED of offers changed through process A, in order (delivery latency is measured by bench:events, not here)', async () => {
    const second = await startSecondProcess();
    try {
      const subscriber = await Subscriber.connect(second.wsUrl, world.manager.token);
      const stream = subscriber.subscribe(OfferEventsDoc, { teamId: world.agency.id });
      await settle();
      const expectNext = (count: number) => stream.waitFor(count, 15_000);
      const first = await directOffer();
      await expectNext(1);
      await server.api.ok(AcceptOfferDoc, { input: { offerId: first.id } }, world.manager.token);
      await expectNext(2);
      const other = await directOffer();
      await expectNext(3);
      await server.api.ok(DeclineOfferDoc, { input: { offerId: other.id } }, world.manager.token);
      await expectNext(4);
      expect(stream.received.map((d) => [d.data!.offerEvents.type, d.data!.offerEvents.offer.id])).toEqual([
        ['SENT', first.id],
        ['ACCEPTED', first.id],
        ['SENT', other.id],
        ['DECLINED', other.id],
      ]);
      const ids = stream.received.map((d) => BigInt(d.data!.offerEvents.id));
      expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
      subscriber.close();
    } finally {
      await second.stop();
    }
  });

  it('OF-5: after a disconnect, `after` delivers exactly the missed events in order, then live ones', async () => {
    const subscriber = await Subscriber.connect(server.wsUrl, world.clientOwner.token);
    const stream = subscriber.subscribe(OfferEventsDoc, { teamId: world.client.id });
    await settle();
    await directOffer();
    const [seen] = await stream.waitFor(1);
    subscriber.close();

    const missed: string[] = [];
    for (let i = 0; i < 5; i++) missed.push((await directOffer()).id);

    const again = await Subscriber.connect(server.wsUrl, world.clientOwner.token);
    const resumed = again.subscribe(OfferEventsDoc, { teamId: world.client.id, after: seen.data!.offerEvents.id });
    await resumed.waitFor(5);
    expect(resumed.received.map((d) => [d.data!.offerEvents.type, d.data!.offerEvents.offer.id])).toEqual(missed.map((id) => ['SENT', id]));
    const live = await directOffer();
    await resumed.waitFor(6);
    expect(resumed.received).toHaveLength(6);
    expect(resumed.received[5].data!.offerEvents.offer.id).toBe(live.id);
    again.close();
  });

  it("OF-5: the freelancer follows their own offers without a team", async () => {
    const subscriber = await Subscriber.connect(server.wsUrl, world.member.token);
    const stream = subscriber.subscribe(OfferEventsDoc, {});
    await settle();
    const offer = await directOffer();
    await stream.waitFor(1);
    expect(stream.received[0].data!.offerEvents).toMatchObject({ type: 'SENT', offer: { id: offer.id, status: 'PENDING' } });
    subscriber.close();
  });

  it('AC-3: an outsider cannot subscribe to a team and receives nothing of its offers', async () => {
    const outsider = await signUp(server.api, 'Eavesdropper');
    const subscriber = await Subscriber.connect(server.wsUrl, outsider.token);
    const refused = subscriber.subscribe(OfferEventsDoc, { teamId: world.agency.id });
    const own = subscriber.subscribe(OfferEventsDoc, {});
    await refused.waitFor(1);
    expect(refused.received[0].errors![0].extensions!.code).toBe('NOT_FOUND');
    await directOffer();
    await settle(500);
    expect(own.received).toEqual([]);
    subscriber.close();
  });

  it('AC-3: a member who leaves the team stops receiving its events at once', async () => {
    const leaver = await addMember(server.api, world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
    const subscriber = await Subscriber.connect(server.wsUrl, leaver.token);
    const stream = subscriber.subscribe(OfferEventsDoc, { teamId: world.agency.id });
    await settle();
    await directOffer();
    await stream.waitFor(1);
    await server.api.ok(LeaveForEventsDoc, { input: { teamId: world.agency.id } }, leaver.token);
    await directOffer();
    await settle(500);
    expect(stream.received).toHaveLength(1);
    subscriber.close();
  });

  it('AC-3: subscribers sharing a document and variables are resolved per viewer: the one who leaves stops on every socket, the one who stays keeps receiving', async () => {
    const leaver = await addMember(server.api, world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
    const stayer = await addMember(server.api, world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
    const sockets = await Promise.all([leaver, leaver, stayer].map((user) => Subscriber.connect(server.wsUrl, user.token)));
    const [leaverA, leaverB, staying] = sockets.map((socket) => socket.subscribe(OfferEventsDoc, { teamId: world.agency.id }));
    await settle();
    const first = await directOffer();
    await Promise.all([leaverA, leaverB, staying].map((stream) => stream.waitFor(1)));
    for (const stream of [leaverA, leaverB, staying]) expect(stream.received.map((r) => r.data?.offerEvents.offer.id)).toEqual([first.id]);
    await server.api.ok(LeaveForEventsDoc, { input: { teamId: world.agency.id } }, leaver.token);
    const second = await directOffer();
    await staying.waitFor(2);
    await settle(500);
    expect(staying.received.map((r) => r.data?.offerEvents.offer.id)).toEqual([first.id, second.id]);
    expect(leaverA.received).toHaveLength(1);
    expect(leaverB.received).toHaveLength(1);
    for (const socket of sockets) socket.close();
  });

  it('OF-4, AC-3: of ten racing accepts only the committed one is an event; a rolled-back change sends nothing', async () => {
    const subscriber = await Subscriber.connect(server.wsUrl, world.agencyOwner.token);
    const offer = await directOffer();
    const stream = subscriber.subscribe(OfferEventsDoc, { teamId: world.agency.id });
    await settle();
    await Promise.all(Array.from({ length: 10 }, (_, i) => server.api.run(AcceptOfferDoc, { input: { offerId: offer.id } }, i % 2 ? world.manager.token : world.agencyOwner.token)));
    // A change that fails after writing its event leaves neither the change nor the event.
    await inServerTransaction(server, async (em, now) => {
      await appendEvent(em, { stream: EventStream.OFFER, type: 'SENT', occurredAt: now, subjectId: offer.id, teamIds: [world.agency.id], userIds: [] });
      throw new Error('broken off after the event was written');
    }).catch(() => undefined);
    await settle(500);
    expect(stream.received.map((d) => d.data!.offerEvents.type)).toEqual(['ACCEPTED']);
    subscriber.close();
  });
});

describe('delivery', () => {
  it('OF-5: the listener reconnects after its database connection is cut and catches up from the log', async () => {
    const subscriber = await Subscriber.connect(server.wsUrl, world.agencyOwner.token);
    const stream = subscriber.subscribe(OfferEventsDoc, { teamId: world.agency.id });
    await settle();
    await server.sql(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%'`);
    const offer = await directOffer();
    await stream.waitFor(1, 5000);
    expect(stream.received.map((d) => d.data!.offerEvents.offer.id)).toEqual([offer.id]);
    subscriber.close();
  });

  it('closes a socket when its token expires (4401)', async () => {
    const shortLived = await startTestServer({ JWT_TTL_SECONDS: '1' });
    try {
      // A token's expiry is in whole seconds, so a 1 s token lives from a moment to 1 s: one may
      // expire before its socket is acknowledged, which is then refused (4403). Signed up again
      // until a socket opens while its token is valid.
      let subscriber: Subscriber | undefined;
      for (let attempt = 1; !subscriber; attempt++) {
        const user = await signUp(shortLived.api, `Brief ${attempt}`, undefined, { verify: false });
        subscriber = await Subscriber.connect(shortLived.wsUrl, user.token).catch((error: Error) => {
          if (attempt === 20 || error.message !== 'socket closed with 4403') throw error;
          return undefined;
        });
      }
      const open = subscriber;
      open.subscribe(OfferEventsDoc, {});
      // The token expires within 1 s of the acknowledgement; the socket is closed then.
      await waitUntil(() => open.closeCode !== undefined, { timeoutMs: 5000, what: 'the socket outlived its token' });
      expect(open.closeCode).toBe(4401);
    } finally {
      await shortLived.close();
    }
  });
});

describe('payment events', () => {
  it('PO-2: the financial roles of a team receive its payout events; a non-financial member may not subscribe', async () => {
    await seedAvailable(server, { payee: { teamId: world.agency.id }, clientTeamId: world.client.id, gross: '1000.00' });
    const methodId = await addPaypal(server.api, world.agencyOwner.token, world.agency.id);
    const financial = await addMember(server.api, world.agencyOwner, world.agency.id, ['FINANCIAL']);

    const finance = await Subscriber.connect(server.wsUrl, financial.token);
    const stream = finance.subscribe(PaymentEventsDoc, { teamId: world.agency.id });
    const plain = await Subscriber.connect(server.wsUrl, world.member.token);
    const refused = plain.subscribe(PaymentEventsDoc, { teamId: world.agency.id });
    await refused.waitFor(1);
    expect(refused.received[0].errors![0].extensions!.code).toBe('FORBIDDEN');
    await settle();

    const key = randomBytes(6).toString('hex');
    const { requestPayout } = await server.api.ok(RequestPayoutDoc, { input: { teamId: world.agency.id, payoutMethodId: methodId, amount: '100.00', idempotencyKey: key } }, world.agencyOwner.token);
    await server.api.ok(SettlePayoutDoc, { input: { payoutId: requestPayout.payout!.id, outcome: 'FAILED', idempotencyKey: `${key}-settle` } }, staff.token);
    await stream.waitFor(2);
    expect(stream.received.map((d) => [d.data!.paymentEvents.type, d.data!.paymentEvents.amount.amount, d.data!.paymentEvents.payout!.id])).toEqual([
      ['PAYOUT_REQUESTED', '100.00', requestPayout.payout!.id],
      ['PAYOUT_FAILED', '100.00', requestPayout.payout!.id],
    ]);

    // Losing the financial role ends delivery at once.
    await server.api.ok(DemoteDoc, { input: { memberId: financial.memberId, roles: ['MEMBER'] } }, world.agencyOwner.token);
    await server.api.ok(RequestPayoutDoc, { input: { teamId: world.agency.id, payoutMethodId: methodId, amount: '5.00', idempotencyKey: `${key}-2` } }, world.agencyOwner.token);
    await settle(500);
    expect(stream.received).toHaveLength(2);
    finance.close();
    plain.close();
  });

  it('MS-1, MS-2, MS-4: funding is the client team\'s event, the release and the funds becoming available are the agency\'s', async () => {
    const clientFinance = await Subscriber.connect(server.wsUrl, world.clientFinancial.token);
    const clientStream = clientFinance.subscribe(PaymentEventsDoc, { teamId: world.client.id });
    const agencyFinance = await Subscriber.connect(server.wsUrl, world.agencyOwner.token);
    const agencyStream = agencyFinance.subscribe(PaymentEventsDoc, { teamId: world.agency.id });
    await settle();
    const { contract } = await agencyContract(server.api, world, FIXED_OFFER);
    const milestone = contract.milestones.nodes[0];
    await submit(server.api, world.member, milestone.id);
    await approve(server.api, world.hiringManager, milestone.id);
    await clientStream.waitFor(1);
    expect(clientStream.received.map((d) => [d.data!.paymentEvents.type, d.data!.paymentEvents.amount.amount, d.data!.paymentEvents.milestone?.id])).toEqual([
      ['MILESTONE_FUNDED', '500.00', milestone.id],
    ]);
    await agencyStream.waitFor(1);
    const released = agencyStream.received[0].data!.paymentEvents;
    expect(released).toMatchObject({ type: 'MILESTONE_RELEASED', amount: { amount: '450.00' }, contract: { id: contract.id }, milestone: { id: milestone.id, status: 'APPROVED' } });
    // MS-4: five days later the money is available, and that is an event too.
    const { now } = await server.api.ok(graphql(`query NowForEvents { now }`), {});
    await server.api.ok(HiringSetClockDoc, { input: { now: new Date(new Date(now).getTime() + 5 * 86400_000 + 60_000).toISOString() } }, staff.token);
    await server.api.ok(HiringRunDueWorkDoc, {}, staff.token);
    await agencyStream.waitFor(2);
    expect(agencyStream.received[1].data!.paymentEvents).toMatchObject({ type: 'FUNDS_AVAILABLE', amount: { amount: '450.00' } });
    clientFinance.close();
    agencyFinance.close();
  });

  it("PO-2: a freelancer follows their own account's events, and nobody else's", async () => {
    const solo = await signUp(server.api, 'Solo Earner');
    await seedAvailable(server, { payee: { userId: solo.id }, clientTeamId: world.client.id, gross: '200.00' });
    const methodId = await addPaypal(server.api, solo.token);
    const mine = await Subscriber.connect(server.wsUrl, solo.token);
    const stream = mine.subscribe(PaymentEventsDoc, {});
    const other = await Subscriber.connect(server.wsUrl, world.member.token);
    const theirs = other.subscribe(PaymentEventsDoc, {});
    await settle();
    await server.api.ok(RequestPayoutDoc, { input: { payoutMethodId: methodId, amount: '20.00', idempotencyKey: 'solo-1' } }, solo.token);
    await stream.waitFor(1);
    await settle(300);
    expect(stream.received.map((d) => d.data!.paymentEvents.type)).toEqual(['PAYOUT_REQUESTED']);
    expect(theirs.received).toEqual([]);
    mine.close();
    other.close();
  });
});
