import { graphql } from './gql';
import { approvedAffiliate, RecordReferralClickDoc, type TestAffiliate } from './support/affiliates';
import { createTeam, SignUpDoc, uniqueEmail, type TestUser } from './support/factories';
import { acceptOffer, freelancer, sendOffer, type HiringWorld, startHiringSuite } from './support/hiring';
import { expectLedgerSound, RunDueWorkDoc } from './support/money';
import type { TestServer } from './support/server';
import { approve, fund, logTime, submit } from './support/work-money';
import { setClockTo } from './support/clock';

const RoundingDashboardDoc = graphql(`
  query RoundingDashboard {
    viewer { affiliate { referrals(first: 100) { nodes { referredUser { id } commission { amount } } } commissions(first: 100) { nodes { amount { amount } } } } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());
const api = () => server.api;

const setNow = (iso: string) => setClockTo(api(), staff, iso);

/** The legs of a milestone's release: escrow out, the fee, the payee's net, in cents. */
async function releaseLegs(milestoneId: string) {
  const rows = await server.sql<{ kind: string; amount: string }>(
    `select a.kind, e.amount::text from ledger_entry e join ledger_account a on a.id = e.account_id join ledger_transaction t on t.id = e.transaction_id
      where t.milestone_id = $1 and t.kind = 'ESCROW_RELEASE'`,
    [milestoneId],
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r.amount]));
}

/** A fixed-price contract of `client`'s team with an independent freelancer; the first milestone funded at hire (MS-1). */
async function fixedContract(client: TestUser, clientTeamId: string, amounts: string[]) {
  const worker = await freelancer(api(), 0);
  const offer = await sendOffer(api(), client, clientTeamId, {
    freelancerId: worker.id,
    kind: 'FIXED_PRICE',
    hourlyRate: null,
    weeklyLimitHours: null,
    milestones: amounts.map((amount, i) => ({ description: `Part ${i + 1}`, amount })),
  });
  const { contract } = await acceptOffer(api(), worker, offer.id);
  return { worker, contractId: contract!.id, milestones: contract!.milestones.nodes.map((m) => m.id) };
}

/** A client who signs up with a click on the affiliate's link (RF-1). */
async function signUpWithClick(clickId: string): Promise<TestUser> {
  const email = uniqueEmail('referred');
  const { signUp } = await api().ok(SignUpDoc, { input: { email, password: 'correct horse battery', name: 'Referred Client', referralClickId: clickId } });
  if (signUp.userErrors.length) throw new Error(JSON.stringify(signUp.userErrors));
  return { id: signUp.user!.id, email, name: 'Referred Client', token: signUp.token! };
}

async function clickOf(affiliate: TestAffiliate): Promise<string> {
  const { recordReferralClick } = await api().ok(RecordReferralClickDoc, { input: { code: affiliate.code } });
  return recordReferralClick.clickId!;
}

async function dashboard(affiliate: TestUser) {
  return (await api().ok(RoundingDashboardDoc, {}, affiliate.token)).viewer!.affiliate!;
}

describe('rounding (MN-4)', () => {
  it('MN-4, MN-3: a half-cent service fee rounds up, and the release still balances to the cent', async () => {
    const { worker, milestones } = await fixedContract(world.hiringManager, world.client.id, ['0.05', '333.35', '0.01']);
    for (const id of milestones.slice(1)) await fund(api(), world.hiringManager, id);
    for (const id of milestones) {
      await submit(api(), worker, id);
      await approve(api(), world.hiringManager, id);
    }
    // 10% of 0.05 is 0.005: 0.01 fee, 0.04 to the payee. 10% of 333.35 is 33.335: 33.34. 10% of 0.01 is 0.001: nothing.
    expect(await releaseLegs(milestones[0])).toEqual({ ESCROW: '-5', PLATFORM_FEES: '1', PAYEE_PENDING: '4' });
    expect(await releaseLegs(milestones[1])).toEqual({ ESCROW: '-33335', PLATFORM_FEES: '3334', PAYEE_PENDING: '30001' });
    expect(await releaseLegs(milestones[2])).toEqual({ ESCROW: '-1', PAYEE_PENDING: '1' }); // a zero fee is no entry
    await expectLedgerSound(api(), staff.token);
  });

  it('MN-4, TM-2: per-minute billing rounds the half cent up once per invoice, and the invoice balances', async () => {
    await setNow('2030-06-03T08:00:00Z'); // Monday
    const worker = await freelancer(api(), 0);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: worker.id, hourlyRate: '0.10', weeklyLimitHours: 40 });
    const { contract } = await acceptOffer(api(), worker, offer.id);
    await setNow('2030-06-03T12:00:00Z');
    await logTime(api(), worker, contract!.id, '2030-06-03T09:00:00Z', 3); // 3 minutes at 0.10/h: 0.005
    await setNow('2030-06-10T00:30:00Z');
    await api().ok(RunDueWorkDoc, {}, staff.token);
    const [invoice] = await server.sql<{ amount_cents: string; fee_cents: string }>('select amount_cents::text, fee_cents::text from invoice where contract_id = $1', [contract!.id]);
    expect(invoice).toEqual({ amount_cents: '1', fee_cents: '0' });
    await expectLedgerSound(api(), staff.token);
  });

  it('MN-4, RF-2: a half-cent commission rounds up; commission and spend still balance to the cent', async () => {
    await setNow('2030-06-11T09:00:00Z');
    const affiliate = await approvedAffiliate(api());
    const client = await signUpWithClick(await clickOf(affiliate));
    const team = await createTeam(api(), client, 'CLIENT');
    const { milestones } = await fixedContract(client, team.id, ['0.05', '100.00']);
    // 70% of 0.05 is 0.035: 0.04.
    expect((await dashboard(affiliate)).referrals.nodes).toEqual([{ referredUser: { id: client.id }, commission: { amount: '0.04' } }]);
    await fund(api(), client, milestones[1]);
    // 70% of 100.05 is 70.035: 70.04 in all, so this charge earned 70.00.
    const mine = await dashboard(affiliate);
    expect(mine.referrals.nodes[0].commission).toEqual({ amount: '70.04' });
    expect(mine.commissions.nodes.map((c) => c.amount.amount).sort()).toEqual(['0.04', '70.00']);
    const [payable] = await server.sql<{ balance: string }>(`select balance::text from ledger_account where kind = 'COMMISSIONS_PAYABLE' and owner_id = $1`, [affiliate.id]);
    expect(payable.balance).toBe('7004');
    await expectLedgerSound(api(), staff.token);
  });
});

describe('the referral window at its edges (RF-1)', () => {
  it('RF-1: a signup 29 days 23 hours after the click is referred; one 30 days and one minute after is not', async () => {
    const affiliate = await approvedAffiliate(api(), 'Window Affiliate');
    await setNow('2030-07-01T10:00:00Z');
    const early = await clickOf(affiliate);
    await setNow('2030-07-31T09:00:00Z'); // 29 days 23 hours later
    const inside = await signUpWithClick(early);

    await setNow('2030-08-01T10:00:00Z');
    const late = await clickOf(affiliate);
    await setNow('2030-08-31T10:01:00Z'); // 30 days and one minute later
    const outside = await signUpWithClick(late);

    const referred = (await dashboard(affiliate)).referrals.nodes.map((r) => r.referredUser?.id);
    expect(referred).toContain(inside.id);
    expect(referred).not.toContain(outside.id);
    expect(referred).toHaveLength(1);
  });
});
