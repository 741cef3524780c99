import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { chargeClient, releaseEscrow } from '../src/modules/money/escrow.service';
import { Money } from '../src/shared/money';
import { graphql } from './gql';
import { SignUpDoc, createTeam, signUp, startStaffSuite, uniqueEmail, type TestUser } from './support/factories';
import { RecordReferralClickDoc, approvedAffiliate, type TestAffiliate } from './support/affiliates';
import { setClockTo } from './support/clock';
import { acceptOffer, FIXED_OFFER, freelancer, sendOffer } from './support/hiring';
import { SettlePayoutDoc, addPaypal, expectLedgerSound, inServerTransaction, key, RunDueWorkDoc } from './support/money';
import { startTestServer, type TestServer } from './support/server';
import { endContract, fund, logTime, resolveDispute, submit } from './support/work-money';

const CommissionDashboardDoc = graphql(`
  query CommissionDashboard {
    viewer {
      affiliate {
        id
        referrals(first: 100) { nodes { id referredUser { id } commission { amount currency } } }
        commissions(first: 100) {
          totalCount
          nodes { id amount { amount } earnedAt month paid contract { id } payout { id } referral { id } }
        }
        payouts(first: 100) { totalCount nodes { id status amount { amount } payoutMethod { id } } }
        monthlyTotals(months: 120) { month clicks signups commission { amount } paid { amount } }
      }
    }
  }
`);

const StaffCommissionsDoc = graphql(`
  query StaffCommissions($affiliateId: ID!) {
    referrals(filter: { affiliateId: $affiliateId }, first: 100) { totalCount nodes { id commission { amount } } }
    affiliates(first: 100) { nodes { id commissions(first: 100) { totalCount nodes { id amount { amount } contract { id } } } } }
  }
`);

const CommissionNodeDoc = graphql(`
  query CommissionNode($id: ID!) {
    node(id: $id) { id ... on Commission { amount { amount } paid } }
  }
`);

const CommissionNowDoc = graphql(`
  query CommissionNow { now }
`);

/** The caller's own payment events from the start of the log, read over the WebSocket API until `count` arrived. */
async function paymentEventsOf(server: TestServer, user: TestUser, count: number): Promise<{ type: string; amount: { amount: string } }[]> {
  const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${user.token}` } });
  const received: { type: string; amount: { amount: string } }[] = [];
  try {
    const events = client.iterate<{ paymentEvents: { type: string; amount: { amount: string } } }>({
      query: 'subscription { paymentEvents(after: "0") { id type amount { amount } } }',
    });
    for await (const event of events) {
      if (event.errors) throw new Error(JSON.stringify(event.errors));
      const { type, amount } = event.data!.paymentEvents;
      received.push({ type, amount });
      if (received.length >= count) break;
    }
  } finally {
    await client.dispose();
  }
  return received;
}

function amounts(list: { amount: { amount: string } }[]): string[] {
  return list.map((item) => item.amount.amount);
}

/** A new client brought by `affiliate`: a click on the tracking link, then `signUp` with it (RF-1). */
async function referredClient(server: TestServer, affiliate: TestAffiliate, name = 'Referred Client'): Promise<TestUser> {
  const { recordReferralClick } = await server.api.ok(RecordReferralClickDoc, { input: { code: affiliate.code } });
  const email = uniqueEmail('referred');
  const { signUp: payload } = await server.api.ok(SignUpDoc, {
    input: { email, password: 'correct horse battery', name, referralClickId: recordReferralClick.clickId },
  });
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  return { id: payload.user!.id, email, name, token: payload.token! };
}

interface ClientContract {
  contractId: string;
  clientTeamId: string;
  /** The independent freelancer hired. */
  worker: TestUser;
  /** Milestone ids in position order (FIXED_PRICE only). */
  milestones: string[];
}

/**
 * A FIXED_PRICE contract of a client team owned by `client` (a new team unless given), with one
 * milestone per amount: a direct offer to an independent freelancer, accepted, which funds the
 * first milestone (MS-1: spend of its amount at hire); the others wait for funding.
 */
async function contractOf(server: TestServer, client: TestUser, amounts: string[], clientTeamId?: string): Promise<ClientContract> {
  const teamId = clientTeamId ?? (await createTeam(server.api, client, 'CLIENT')).id;
  const worker = await freelancer(server.api, 0);
  const milestones = amounts.map((amount, i) => ({ description: `Part ${i + 1}`, amount }));
  const offer = await sendOffer(server.api, client, teamId, { freelancerId: worker.id, ...FIXED_OFFER, milestones });
  const { contract } = await acceptOffer(server.api, worker, offer.id);
  return { contractId: contract!.id, clientTeamId: teamId, worker, milestones: contract!.milestones.nodes.map((m) => m.id) };
}

/** An HOURLY contract ($60/h, 10 h a week) of a new client team owned by `client`. */
async function hourlyContractOf(server: TestServer, client: TestUser): Promise<ClientContract> {
  const teamId = (await createTeam(server.api, client, 'CLIENT')).id;
  const worker = await freelancer(server.api, 0);
  const offer = await sendOffer(server.api, client, teamId, { freelancerId: worker.id, hourlyRate: '60.00', weeklyLimitHours: 10 });
  const { contract } = await acceptOffer(server.api, worker, offer.id);
  return { contractId: contract!.id, clientTeamId: teamId, worker, milestones: [] };
}

/** MS-1: the client funds milestone `index` (not the first: that one was funded at hire) of the contract (spend: its amount). */
async function fundMilestone(server: TestServer, client: TestUser, contract: ClientContract, index: number): Promise<void> {
  if (index === 0) throw new Error('the first milestone is funded when the offer is accepted (MS-1)');
  await fund(server.api, client, contract.milestones[index]);
}

async function dashboard(server: TestServer, affiliate: TestUser) {
  const { viewer } = await server.api.ok(CommissionDashboardDoc, {}, affiliate.token);
  return viewer!.affiliate!;
}

async function referralCommission(server: TestServer, affiliate: TestUser, clientId: string): Promise<string> {
  const mine = await dashboard(server, affiliate);
  return mine.referrals.nodes.find((referral) => referral.referredUser?.id === clientId)!.commission.amount;
}

const setClock = (server: TestServer, staff: TestUser, iso: string) => setClockTo(server.api, staff, iso);

/** Staff run the periodic work; returns how much the named work changed (RF-4's payouts unless told). */
async function runDueWork(server: TestServer, staff: TestUser, name = 'affiliates.pay-commissions'): Promise<number> {
  const { runDueWork } = await server.api.ok(RunDueWorkDoc, {}, staff.token);
  if (runDueWork.userErrors.length || !runDueWork.reports) throw new Error(JSON.stringify(runDueWork.userErrors));
  return runDueWork.reports.find((report) => report.name === name)!.changed;
}

const HOUR_MS = 3_600_000;

/** Monday 00:00 UTC of a week that has not started yet (TM-2's weeks run Monday to Monday). */
async function nextMonday(server: TestServer): Promise<Date> {
  const now = new Date((await server.api.ok(CommissionNowDoc, {})).now);
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(day + (((8 - now.getUTCDay()) % 7) || 7) * 24 * HOUR_MS);
}

/** `days` and `hours` after `monday`, as an ISO instant. */
const at = (monday: Date, days: number, hours: number) => new Date(monday.getTime() + (days * 24 + hours) * HOUR_MS).toISOString();

async function eventsOf(server: TestServer, userId: string) {
  return server.sql<{ type: string; amount: string }>(
    `select type, data->>'amountCents' as amount from event_log where $1 = any(user_ids) and stream = 'PAYMENT' order by id`,
    [userId],
  );
}

describe('commission on the first contract (RF-2)', () => {
  let server: TestServer;
  let staff: TestUser;
  beforeAll(async () => ({ server, staff } = await startStaffSuite()));
  afterAll(() => server.close());

  it('RF-2, MS-1: a referred client whose first contract starts with its $100 first milestone funded earns the affiliate $70, as a COMMISSION_EARNED event', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const client = await referredClient(server, affiliate);
    await contractOf(server, client, ['100.00', '900.00']);

    expect(await referralCommission(server, affiliate, client.id)).toBe('70.00');
    const mine = await dashboard(server, affiliate);
    expect(amounts(mine.commissions.nodes)).toEqual(['70.00']);
    expect(mine.commissions.nodes[0]).toMatchObject({ paid: false, payout: null, contract: null, referral: { id: mine.referrals.nodes[0].id } });
    expect(mine.monthlyTotals[0]).toMatchObject({ signups: 1, commission: { amount: '70.00' }, paid: { amount: '0.00' } });
    expect(await eventsOf(server, affiliate.id)).toEqual([{ type: 'COMMISSION_EARNED', amount: '7000' }]);
    expect(await paymentEventsOf(server, affiliate, 1)).toEqual([{ type: 'COMMISSION_EARNED', amount: { amount: '70.00' } }]);
    // The client's own account hears nothing of it.
    expect((await eventsOf(server, client.id)).map((e) => e.type)).not.toContain('COMMISSION_EARNED');
    await expectLedgerSound(server.api, staff.token);
  });

  it('RF-2: $300 of milestone funding earns the $150 cap, accruing as each milestone is funded and stopping there', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const client = await referredClient(server, affiliate);
    const contract = await contractOf(server, client, ['100.00', '200.00', '50.00']);
    expect(await referralCommission(server, affiliate, client.id)).toBe('70.00');
    await fundMilestone(server, client, contract, 1);
    expect(await referralCommission(server, affiliate, client.id)).toBe('150.00');
    await fundMilestone(server, client, contract, 2);
    const mine = await dashboard(server, affiliate);
    expect(amounts(mine.commissions.nodes)).toEqual(['80.00', '70.00']);
    expect(mine.referrals.nodes[0].commission.amount).toBe('150.00');
    expect((await eventsOf(server, affiliate.id)).map((e) => e.amount)).toEqual(['7000', '8000']);
  });

  it('RF-2: a single $300 milestone funding pays $150', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const client = await referredClient(server, affiliate);
    await contractOf(server, client, ['300.00']);
    expect(await referralCommission(server, affiliate, client.id)).toBe('150.00');
  });

  it('RF-2: concurrent milestone fundings never pass the cap', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const client = await referredClient(server, affiliate);
    const contract = await contractOf(server, client, Array.from({ length: 6 }, () => '40.00'));
    await Promise.all(contract.milestones.slice(1).map((_, index) => fundMilestone(server, client, contract, index + 1)));
    expect(await referralCommission(server, affiliate, client.id)).toBe('150.00');
    const mine = await dashboard(server, affiliate);
    expect(mine.commissions.nodes.reduce((sum, c) => sum + Number(c.amount.amount), 0)).toBe(150);
    await expectLedgerSound(server.api, staff.token);
  });

  it('RF-2: a second contract adds nothing, whichever is funded next', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const client = await referredClient(server, affiliate);
    const first = await contractOf(server, client, ['100.00', '50.00']);
    expect(await referralCommission(server, affiliate, client.id)).toBe('70.00');
    const second = await contractOf(server, client, ['100.00', '500.00'], first.clientTeamId);
    await contractOf(server, client, ['100.00']);
    await fundMilestone(server, client, second, 1);
    expect(await referralCommission(server, affiliate, client.id)).toBe('70.00');
    await fundMilestone(server, client, first, 1);
    expect(await referralCommission(server, affiliate, client.id)).toBe('105.00');
  });

  it('RF-2: only the referred client\'s spend counts: an unreferred client earns nobody anything', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const stranger = await signUp(server.api, 'Plain Client');
    await contractOf(server, stranger, ['100.00']);
    const mine = await dashboard(server, affiliate);
    expect(mine.commissions.totalCount).toBe(0);
  });

  it('RF-2, CT-3, CT-4: ending the first contract refunds its unsubmitted milestones, which reduces the unpaid commission; a resolved dispute reduces it by its refund only', async () => {
    // Part of the spend refunded: $300 funded, $150 delivered, then the contract ends.
    const affiliate = await approvedAffiliate(server.api);
    const client = await referredClient(server, affiliate);
    const contract = await contractOf(server, client, ['150.00', '150.00']);
    await fundMilestone(server, client, contract, 1);
    expect(await referralCommission(server, affiliate, client.id)).toBe('150.00');
    await submit(server.api, contract.worker, contract.milestones[0]);
    await endContract(server.api, client, contract.contractId);
    expect(await referralCommission(server, affiliate, client.id)).toBe('105.00');
    // Earned 105.00 + 45.00 as the milestones were funded; the refund takes back 45.00.
    expect(amounts((await dashboard(server, affiliate)).commissions.nodes).sort()).toEqual(['105.00', '45.00', '-45.00'].sort());
    // CT-4: the submitted milestone is disputed, its escrow kept; staff give the freelancer $100 of
    // it (spend, not a refund) and refund $50, which takes back 70% of that: $35.
    expect(await server.sql(`select status from milestone where id = $1`, [contract.milestones[0]])).toEqual([{ status: 'DISPUTED' }]);
    await resolveDispute(server.api, staff, contract.milestones[0], '100.00');
    expect(await referralCommission(server, affiliate, client.id)).toBe('70.00');
    expect(amounts((await dashboard(server, affiliate)).commissions.nodes).sort()).toEqual(['105.00', '45.00', '-45.00', '-35.00'].sort());
    await expectLedgerSound(server.api, staff.token);

    // All of the spend refunded: both milestones funded, nothing delivered, the contract ends.
    const other = await approvedAffiliate(server.api);
    const leaver = await referredClient(server, other);
    const ended = await contractOf(server, leaver, ['150.00', '150.00']);
    await fundMilestone(server, leaver, ended, 1);
    await endContract(server.api, leaver, ended.contractId);
    expect(await referralCommission(server, other, leaver.id)).toBe('0.00');
    const theirs = await dashboard(server, other);
    // The two refunds (one per milestone, in one transaction) take back 45.00, then 105.00.
    expect(amounts(theirs.commissions.nodes).sort()).toEqual(['105.00', '45.00', '-45.00', '-105.00'].sort());
    expect(theirs.monthlyTotals[0].commission.amount).toBe('0.00');
    expect(await server.sql(`select status from milestone where contract_id = $1 order by position`, [ended.contractId])).toEqual([{ status: 'REFUNDED' }, { status: 'REFUNDED' }]);

    // Spending again earns it again, up to the cap. No API charges a contract after a refund:
    // escrow is refunded only when a fixed-price contract ends, nothing is funded on an ended
    // contract, and hourly invoices (billed after the end too) are never refunded. So the charge
    // is made in-process, the way fundMilestone and the weekly invoices make it, and released at
    // once to the freelancer as a weekly invoice is (spend stays spend), so escrow again holds
    // only what funded milestones stand for (ledgerCheck proves it).
    await inServerTransaction(server, async (em, now) => {
      const amount = Money.parse('100.00')!;
      await chargeClient(em, { contractId: ended.contractId, clientTeamId: ended.clientTeamId, amount, now });
      await releaseEscrow(em, { contractId: ended.contractId, clientTeamId: ended.clientTeamId, payee: { userId: ended.worker.id }, gross: amount, serviceFeeBps: 1000, now });
    });
    expect(await referralCommission(server, other, leaver.id)).toBe('70.00');
    await expectLedgerSound(server.api, staff.token);
  });

  it('RF-2, TM-2: weekly hourly invoices of the referred client\'s first contract accrue commission too, up to the cap', async () => {
    const monday = await nextMonday(server);
    await setClock(server, staff, at(monday, 0, 8));
    const affiliate = await approvedAffiliate(server.api);
    const client = await referredClient(server, affiliate);
    const contract = await hourlyContractOf(server, client);

    await setClock(server, staff, at(monday, 1, 12));
    await logTime(server.api, contract.worker, contract.contractId, at(monday, 1, 9), 120); // 2 h at $60
    await setClock(server, staff, at(monday, 6, 23)); // the week is not over yet
    expect(await runDueWork(server, staff, 'hourly.invoice-weeks')).toBe(0);
    expect(await referralCommission(server, affiliate, client.id)).toBe('0.00');

    await setClock(server, staff, at(monday, 7, 0.5)); // next Monday 00:30
    expect(await runDueWork(server, staff, 'hourly.invoice-weeks')).toBe(1);
    expect(await referralCommission(server, affiliate, client.id)).toBe('84.00'); // 70% of $120

    await setClock(server, staff, at(monday, 9, 12));
    await logTime(server.api, contract.worker, contract.contractId, at(monday, 9, 9), 180); // 3 h: $300 in all
    await setClock(server, staff, at(monday, 14, 0.5));
    expect(await runDueWork(server, staff, 'hourly.invoice-weeks')).toBe(1);
    expect(await referralCommission(server, affiliate, client.id)).toBe('150.00');

    const mine = await dashboard(server, affiliate);
    expect(amounts(mine.commissions.nodes)).toEqual(['66.00', '84.00']);
    expect((await eventsOf(server, affiliate.id)).map((e) => [e.type, e.amount])).toEqual([
      ['COMMISSION_EARNED', '8400'],
      ['COMMISSION_EARNED', '6600'],
    ]);
    const lists = await server.api.ok(StaffCommissionsDoc, { affiliateId: affiliate.affiliateId }, staff.token);
    const row = lists.affiliates.nodes.find((a) => a.id === affiliate.affiliateId)!;
    expect(row.commissions.nodes.map((c) => c.contract?.id)).toEqual([contract.contractId, contract.contractId]);
    await expectLedgerSound(server.api, staff.token);
  });
});

describe('single tier (RF-3)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('RF-3: an affiliate earns nothing from the clients of an affiliate they referred', async () => {
    const top = await approvedAffiliate(server.api, 'Top Affiliate');
    const recruitUser = await referredClient(server, top, 'Recruited Affiliate');
    const recruit = await approvedAffiliate(server.api, 'Recruited Affiliate', recruitUser);
    const client = await referredClient(server, recruit);
    await contractOf(server, client, ['100.00']);

    expect(await referralCommission(server, recruit, client.id)).toBe('70.00');
    const topView = await dashboard(server, top);
    expect(topView.commissions.totalCount).toBe(0);
    expect(topView.referrals.nodes.map((r) => [r.referredUser?.id, r.commission.amount])).toEqual([[recruitUser.id, '0.00']]);
  });
});

describe('who sees commissions (RF-5)', () => {
  let server: TestServer;
  let staff: TestUser;
  beforeAll(async () => ({ server, staff } = await startStaffSuite()));
  afterAll(() => server.close());

  it('RF-5: the affiliate and staff see commissions and referrals; the client, other users and anonymous callers do not', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const client = await referredClient(server, affiliate);
    const contract = await contractOf(server, client, ['100.00']);
    const commissionId = (await dashboard(server, affiliate)).commissions.nodes[0].id;

    const own = await server.api.ok(CommissionNodeDoc, { id: commissionId }, affiliate.token);
    expect(own.node).toMatchObject({ id: commissionId, amount: { amount: '70.00' }, paid: false });
    const asStaff = await server.api.ok(CommissionNodeDoc, { id: commissionId }, staff.token);
    expect(asStaff.node).toMatchObject({ id: commissionId });
    for (const outsider of [client, await signUp(server.api, 'Someone Else')]) {
      expect(await server.api.errorCode(CommissionNodeDoc, { id: commissionId }, outsider.token)).toBe('NOT_FOUND');
      expect(await server.api.errorCode(StaffCommissionsDoc, { affiliateId: affiliate.affiliateId }, outsider.token)).toBe('FORBIDDEN');
    }
    expect(await server.api.errorCode(CommissionNodeDoc, { id: commissionId })).toBe('UNAUTHENTICATED');

    // Staff's internal lists: every referral with its commission, every affiliate's commissions,
    // and the contract the spend came from (which the affiliate never sees).
    const lists = await server.api.ok(StaffCommissionsDoc, { affiliateId: affiliate.affiliateId }, staff.token);
    expect(lists.referrals.nodes.map((r) => r.commission.amount)).toEqual(['70.00']);
    const row = lists.affiliates.nodes.find((a) => a.id === affiliate.affiliateId)!;
    expect(row.commissions.nodes).toEqual([{ id: commissionId, amount: { amount: '70.00' }, contract: { id: contract.contractId } }]);
    expect((await dashboard(server, affiliate)).commissions.nodes[0].contract).toBeNull();
  });
});

describe('Net 30 payouts (RF-4)', () => {
  let server: TestServer;
  let staff: TestUser;
  beforeAll(async () => ({ server, staff } = await startStaffSuite()));
  afterAll(() => server.close());

  it('RF-4: commission earned in March is paid on April 30, not April 29, to the payout method; staff settle it; later refunds do not touch it', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const methodId = await addPaypal(server.api, affiliate.token);
    const client = await referredClient(server, affiliate);
    const { now } = await server.api.ok(CommissionNowDoc, {});
    expect(new Date(now).getTime()).toBeLessThan(Date.parse('2031-03-01T00:00:00Z'));

    await setClock(server, staff, '2031-03-10T12:00:00Z');
    const contract = await contractOf(server, client, ['100.00', '10.00', '20.00']);
    await setClock(server, staff, '2031-03-31T23:59:00Z');
    await fundMilestone(server, client, contract, 1);
    await setClock(server, staff, '2031-04-02T00:00:00Z');
    await fundMilestone(server, client, contract, 2); // April's: +14.00

    await setClock(server, staff, '2031-04-29T23:59:00Z');
    await runDueWork(server, staff);
    expect((await dashboard(server, affiliate)).payouts.totalCount).toBe(0);

    await setClock(server, staff, '2031-04-30T00:00:00Z');
    expect(await runDueWork(server, staff)).toBe(1);
    expect(await runDueWork(server, staff)).toBe(0);
    const paid = await dashboard(server, affiliate);
    expect(paid.payouts.nodes).toMatchObject([{ status: 'PENDING', amount: { amount: '77.00' }, payoutMethod: { id: methodId } }]);
    expect(paid.commissions.nodes.map((c) => [c.month, c.amount.amount, c.paid])).toEqual([
      ['2031-04', '14.00', false],
      ['2031-03', '7.00', true],
      ['2031-03', '70.00', true],
    ]);
    expect(paid.commissions.nodes[1].payout).toEqual({ id: paid.payouts.nodes[0].id });
    const march = paid.monthlyTotals.find((m) => m.month === '2031-03')!;
    expect(march).toMatchObject({ commission: { amount: '77.00' }, paid: { amount: '77.00' } });
    expect(paid.monthlyTotals.find((m) => m.month === '2031-04')).toMatchObject({ commission: { amount: '14.00' }, paid: { amount: '0.00' } });
    expect((await eventsOf(server, affiliate.id)).map((e) => e.type)).toEqual(['COMMISSION_EARNED', 'COMMISSION_EARNED', 'COMMISSION_EARNED', 'PAYOUT_REQUESTED']);

    // A refund after payment takes back only what is unpaid (April's 14.00), never the paid 77.00:
    // ending the contract refunds all three funded milestones ($130).
    await endContract(server.api, client, contract.contractId);
    expect(await referralCommission(server, affiliate, client.id)).toBe('77.00');

    const { settlePayout } = await server.api.ok(SettlePayoutDoc, { input: { payoutId: paid.payouts.nodes[0].id, outcome: 'PAID', idempotencyKey: key() } }, staff.token);
    expect(settlePayout).toMatchObject({ userErrors: [], payout: { status: 'PAID', amount: { amount: '77.00' } } });
    await setClock(server, staff, '2031-06-30T00:00:00Z');
    expect(await runDueWork(server, staff)).toBe(0);
    await expectLedgerSound(server.api, staff.token);
  });

  it('RF-4: without a payout method the commission carries over until one is added, then is paid once however many runs race', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const client = await referredClient(server, affiliate);
    await contractOf(server, client, ['100.00']);
    const earned = (await dashboard(server, affiliate)).commissions.nodes[0].month;
    await setClock(server, staff, '2031-09-15T00:00:00Z');
    expect(earned < '2031-08').toBe(true);
    expect(await runDueWork(server, staff)).toBe(0);
    expect((await dashboard(server, affiliate)).payouts.totalCount).toBe(0);

    await addPaypal(server.api, affiliate.token);
    // Concurrent runs pay it once.
    const runs = await Promise.all([runDueWork(server, staff), runDueWork(server, staff), runDueWork(server, staff)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await dashboard(server, affiliate)).payouts.nodes.map((p) => p.amount.amount)).toEqual(['70.00']);
    await expectLedgerSound(server.api, staff.token);
  });
});

describe('Net 30 over short months and a year end (RF-4)', () => {
  let server: TestServer;
  let staff: TestUser;
  beforeAll(async () => ({ server, staff } = await startStaffSuite({}, { clockAt: '2031-12-01T09:00:00Z' })));
  afterAll(() => server.close());

  it('RF-4: December is paid on January 30 of the next year, a leap February on March 30; the last minute of a month and the first of the next are different months', async () => {
    const affiliate = await approvedAffiliate(server.api);
    await addPaypal(server.api, affiliate.token);
    const client = await referredClient(server, affiliate);
    await setClock(server, staff, '2031-12-31T23:59:00Z');
    const contract = await contractOf(server, client, ['10.00', '20.00', '30.00']); // the first funded at hire (MS-1), December: 7.00

    await setClock(server, staff, '2032-01-29T23:59:00Z');
    expect(await runDueWork(server, staff)).toBe(0);
    await setClock(server, staff, '2032-01-30T00:00:00Z');
    expect(await runDueWork(server, staff)).toBe(1);

    await setClock(server, staff, '2032-02-29T23:59:00Z');
    await fundMilestone(server, client, contract, 1); // February (a leap day): 14.00
    await setClock(server, staff, '2032-03-01T00:00:00Z');
    await fundMilestone(server, client, contract, 2); // March: 21.00
    await setClock(server, staff, '2032-03-29T23:59:00Z');
    expect(await runDueWork(server, staff)).toBe(0);
    await setClock(server, staff, '2032-03-30T00:00:00Z');
    expect(await runDueWork(server, staff)).toBe(1);

    const mine = await dashboard(server, affiliate);
    expect(mine.payouts.nodes.map((p) => p.amount.amount)).toEqual(['14.00', '7.00']);
    expect(mine.commissions.nodes.map((c) => [c.month, c.amount.amount, c.paid])).toEqual([
      ['2032-03', '21.00', false],
      ['2032-02', '14.00', true],
      ['2031-12', '7.00', true],
    ]);
    await expectLedgerSound(server.api, staff.token);
  });
});

describe('minimum payout (RF-4)', () => {
  let server: TestServer;
  let staff: TestUser;
  beforeAll(async () => ({ server, staff } = await startStaffSuite({ AFFILIATE_MIN_PAYOUT: '50.00' })));
  afterAll(() => server.close());

  it('RF-4: less than the minimum payout carries over to the next month, and is paid with it once the total reaches it', async () => {
    const affiliate = await approvedAffiliate(server.api);
    await addPaypal(server.api, affiliate.token);
    const client = await referredClient(server, affiliate);
    await setClock(server, staff, '2031-03-15T00:00:00Z');
    const contract = await contractOf(server, client, ['50.00', '30.00']); // March: 35.00
    await setClock(server, staff, '2031-04-30T00:00:00Z');
    expect(await runDueWork(server, staff)).toBe(0);

    await setClock(server, staff, '2031-05-01T00:00:00Z');
    await fundMilestone(server, client, contract, 1); // May: 21.00, due June 30
    await setClock(server, staff, '2031-05-30T00:00:00Z');
    expect(await runDueWork(server, staff)).toBe(0); // April had nothing; March's 35.00 still below 50.00
    await setClock(server, staff, '2031-06-30T00:00:00Z');
    expect(await runDueWork(server, staff)).toBe(1);
    const mine = await dashboard(server, affiliate);
    expect(mine.payouts.nodes.map((p) => p.amount.amount)).toEqual(['56.00']);
    expect(mine.commissions.nodes.every((c) => c.paid)).toBe(true);
    await expectLedgerSound(server.api, staff.token);
  });
});
