import { graphql } from './gql';
import { type TestUser } from './support/factories';
import { acceptOffer, agencyContract, freelancer, HiringNodeDoc, HiringNowDoc, sendOffer, type HiringWorld, startHiringSuite } from './support/hiring';
import { expectLedgerSound, RunDueWorkDoc } from './support/money';
import type { TestServer } from './support/server';
import { AccountEntriesDoc, BillingLogTimeDoc, MyEntriesDoc } from './support/work-money';
import { setClockTo } from './support/clock';

const BillingLimitDoc = graphql(`
  mutation BillingChangeLimit($input: UpdateContractTermsInput!) {
    updateContractTerms(input: $input) { contract { id weeklyLimitHours } userErrors { code } }
  }
`);

const BillingRateDoc = graphql(`
  mutation BillingChangeRate($input: UpdateContractTermsInput!) {
    updateContractTerms(input: $input) { contract { id hourlyRate { amount } } userErrors { code } }
  }
`);

const BillingEndDoc = graphql(`
  mutation BillingEndContract($input: EndContractInput!) {
    endContract(input: $input) { contract { id status } userErrors { code } }
  }
`);

const ContractInvoicesDoc = graphql(`
  query ContractInvoices($id: ID!) {
    node(id: $id) {
      ... on Contract {
        id
        invoices(first: 10) { totalCount nodes { id weekStart weekEnd hours amount { amount } fee { amount } createdAt contract { id } } }
      }
    }
  }
`);

const ContractHoursDoc = graphql(`
  query BillingContractHours($id: ID!) {
    node(id: $id) { ... on Contract { id hoursThisWeek } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const api = () => server.api;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const setNow = (at: Date) => setClockTo(api(), staff, at);

/** Monday 00:00 UTC of a week that has not started yet. */
async function nextMonday(): Promise<Date> {
  const now = new Date((await api().ok(HiringNowDoc, {}, staff.token)).now);
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return new Date(day.getTime() + (((8 - day.getUTCDay()) % 7) || 7) * DAY);
}

const at = (monday: Date, days: number, hours = 9) => new Date(monday.getTime() + days * DAY + hours * HOUR).toISOString();

async function logTime(user: TestUser, contractId: string, startedAt: string, minutes: number) {
  return (await api().ok(BillingLogTimeDoc, { input: { contractId, startedAt, minutes } }, user.token)).logTime;
}

async function invoicesOf(contractId: string, user: TestUser) {
  const { node } = await api().ok(ContractInvoicesDoc, { id: contractId }, user.token);
  return (node as { invoices: { totalCount: number; nodes: { id: string; weekStart: string; weekEnd: string; hours: number; amount: { amount: string }; fee: { amount: string } }[] } }).invoices;
}

async function runDueWork(times = 1) {
  const runs = await Promise.all(Array.from({ length: times }, () => api().ok(RunDueWorkDoc, {}, staff.token)));
  return runs.reduce((sum, run) => sum + run.runDueWork.reports!.find((r) => r.name === 'hourly.invoice-weeks')!.changed, 0);
}

describe('weekly billing of hourly contracts (TM-2)', () => {
  it('TM-2, MN-3, CT-1, AC-1: a closed week is invoiced once, up to the weekly limit, each hour at the rate it was worked at; the agency has it 10 days after the week', async () => {
    const monday = await nextMonday();
    await setNow(new Date(monday.getTime() + 8 * HOUR));
    const { contract } = await agencyContract(api(), world, { hourlyRate: '60.00', weeklyLimitHours: 10 });
    // Time worked before the contract started is not logged on it.
    expect((await logTime(world.member, contract.id, at(monday, -1), 120)).userErrors[0].code).toBe('BEFORE_CONTRACT');
    await setNow(new Date(monday.getTime() + DAY + 12 * HOUR)); // Tuesday 12:00: the rate goes up
    await api().ok(BillingRateDoc, { input: { contractId: contract.id, hourlyRate: '80.00' } }, world.manager.token);
    await setNow(new Date(monday.getTime() + 6 * DAY + 22 * HOUR)); // Sunday 22:00
    await logTime(world.member, contract.id, at(monday, 0, 9), 240); // Monday: 4 h, worked at 60 (logged after the change)
    await logTime(world.member, contract.id, at(monday, 2), 300); // Wednesday: 5 h at 80
    await logTime(world.member, contract.id, at(monday, 6, 8), 180); // Sunday: 3 h at 80, only 1 h of it within the limit

    expect(await runDueWork()).toBe(0); // the week is not over yet
    await setNow(new Date(monday.getTime() + 7 * DAY + 30 * 60_000)); // next Monday 00:30
    expect(await runDueWork(3)).toBe(1);

    const invoices = await invoicesOf(contract.id, world.hiringManager);
    expect(invoices.totalCount).toBe(1);
    const invoice = invoices.nodes[0];
    expect(invoice).toMatchObject({
      weekStart: monday.toISOString(),
      weekEnd: new Date(monday.getTime() + 7 * DAY).toISOString(),
      hours: 10,
      amount: { amount: '720.00' }, // 4 x 60 + 5 x 80 + 1 x 80
      fee: { amount: '72.00' },
    });
    const billed = await server.sql<{ minutes: number; billed_minutes: number | null; invoice_id: string | null }>(
      'select minutes, billed_minutes, invoice_id from time_entry where contract_id = $1 order by created_at',
      [contract.id],
    );
    expect(billed.map((e) => [e.minutes, e.billed_minutes, e.invoice_id])).toEqual([
      [240, 240, invoice.id],
      [300, 300, invoice.id],
      [180, 60, invoice.id],
    ]);

    // The client is charged; the agency's share is pending.
    const client = (await api().ok(AccountEntriesDoc, { teamId: world.client.id }, world.clientOwner.token)).team!.account!;
    expect(client.entries.nodes.filter((e) => e.invoice?.id === invoice.id).map((e) => [e.kind, e.accountKind, e.amount.amount]).sort()).toEqual([
      ['CLIENT_CHARGE', 'CLIENT_FUNDING', '-720.00'],
      ['CLIENT_CHARGE', 'ESCROW', '720.00'],
      ['ESCROW_RELEASE', 'ESCROW', '-720.00'],
    ]);
    const agencyEntries = async () =>
      (await api().ok(AccountEntriesDoc, { teamId: world.agency.id }, world.agencyOwner.token)).team!.account!.entries.nodes
        .filter((e) => e.invoice?.id === invoice.id)
        .map((e) => [e.kind, e.accountKind, e.amount.amount, e.contract?.id]);
    expect(await agencyEntries()).toEqual([['ESCROW_RELEASE', 'PAYEE_PENDING', '648.00', contract.id]]);
    const events = await server.sql<{ type: string; team_ids: string[]; amount: string }>(
      `select type, team_ids, data->>'amountCents' as amount from event_log where subject_id = $1 order by id`,
      [invoice.id],
    );
    expect(events).toEqual([
      { type: 'INVOICE_BILLED', team_ids: [world.client.id], amount: '72000' },
      { type: 'INVOICE_BILLED', team_ids: [world.agency.id], amount: '64800' },
    ]);

    // AC-1: the invoice is seen with its contract, by nobody else.
    const outsider = await freelancer(api(), 0, 'Outsider');
    expect(await api().errorCode(HiringNodeDoc, { id: invoice.id }, outsider.token)).toBe('NOT_FOUND');
    expect((await api().ok(HiringNodeDoc, { id: invoice.id }, world.member.token)).node).toEqual({ id: invoice.id });

    // A billed week is closed to new time.
    const late = await logTime(world.member, contract.id, at(monday, 4), 60);
    expect(late.userErrors[0].code).toBe('WEEK_INVOICED');

    // Available 10 days after the week ends, not before.
    const weekEnd = monday.getTime() + 7 * DAY;
    await setNow(new Date(weekEnd + 10 * DAY - HOUR));
    await runDueWork();
    expect((await agencyEntries()).filter((e) => e[0] === 'FUNDS_AVAILABLE')).toEqual([]);
    await setNow(new Date(weekEnd + 10 * DAY + 60_000));
    await runDueWork();
    expect((await agencyEntries()).filter((e) => e[0] === 'FUNDS_AVAILABLE').sort()).toEqual([
      ['FUNDS_AVAILABLE', 'PAYEE_AVAILABLE', '648.00', contract.id],
      ['FUNDS_AVAILABLE', 'PAYEE_PENDING', '-648.00', contract.id],
    ]);
    await expectLedgerSound(api(), staff.token);
  });

  it('TM-2, CT-1, CT-3: weeks without time make no invoice; an ended contract still gets its last week billed, to the independent freelancer', async () => {
    const monday = await nextMonday();
    await setNow(new Date(monday.getTime() + 8 * HOUR));
    const indie = await freelancer(api(), 0);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id, hourlyRate: '33.33', weeklyLimitHours: 40 });
    const { contract } = await acceptOffer(api(), indie, offer.id);
    await setNow(new Date(monday.getTime() + 10 * HOUR));
    expect((await logTime(indie, contract!.id, at(monday, 0, 9), 50)).userErrors).toEqual([]); // 50 minutes at 33.33 = 27.775 -> 27.78
    await setNow(new Date(monday.getTime() + 1 * DAY));
    await api().ok(BillingEndDoc, { input: { contractId: contract!.id } }, world.hiringManager.token);
    await setNow(new Date(monday.getTime() + 21 * DAY)); // two more weeks, with no time
    await runDueWork();
    const invoices = await invoicesOf(contract!.id, indie);
    expect(invoices.nodes.map((i) => [i.weekStart, i.hours, i.amount.amount, i.fee.amount])).toEqual([[monday.toISOString(), 0.83, '27.78', '2.78']]);
    const { viewer } = await api().ok(MyEntriesDoc, {}, indie.token);
    // Billed late, more than 10 days after the week ended: available in the same run.
    expect([viewer!.account!.pending.amount, viewer!.account!.available.amount]).toEqual(['0.00', '25.00']);
    expect(viewer!.account!.entries.nodes.find((e) => e.kind === 'ESCROW_RELEASE')).toMatchObject({ invoice: { id: invoices.nodes[0].id }, contract: { id: contract!.id } });
    await expectLedgerSound(api(), staff.token);
  });

  it('TM-2: the weekly limit in force when the week ended applies; lowering it before the Monday billing does not cut hours already worked', async () => {
    const monday = await nextMonday();
    await setNow(new Date(monday.getTime() + 8 * HOUR));
    const { contract } = await agencyContract(api(), world, { hourlyRate: '50.00', weeklyLimitHours: 10 });
    await setNow(new Date(monday.getTime() + 4 * DAY + 20 * HOUR)); // Friday 20:00
    await logTime(world.member, contract.id, at(monday, 1), 480); // 8 h
    await logTime(world.member, contract.id, at(monday, 3), 240); // 4 h: 2 h of it beyond the limit
    await setNow(new Date(monday.getTime() + 7 * DAY + 2 * 60_000)); // the week is over
    const lowered = await api().ok(BillingLimitDoc, { input: { contractId: contract.id, weeklyLimitHours: 2 } }, world.hiringManager.token);
    expect(lowered.updateContractTerms.contract!.weeklyLimitHours).toBe(2);
    expect(await runDueWork()).toBeGreaterThanOrEqual(1);
    const invoices = await invoicesOf(contract.id, world.hiringManager);
    expect(invoices.nodes[0]).toMatchObject({ hours: 10, amount: { amount: '500.00' } });
  });

  it('TM-2: a week runs from Monday 00:00 UTC, across a year end too: the last minute of Sunday is billed with its week, the first minute of Monday with the next', async () => {
    const hoursThisWeek = async (id: string) =>
      ((await api().ok(ContractHoursDoc, { id }, world.member.token)).node as { hoursThisWeek: number }).hoursThisWeek;
    await setNow(new Date('2030-12-28T12:00:00Z')); // a Saturday
    const { contract } = await agencyContract(api(), world, { hourlyRate: '60.00', weeklyLimitHours: 40 });
    await setNow(new Date('2031-01-05T23:59:00Z')); // the last minute of the week that began on Monday 2030-12-30
    await logTime(world.member, contract.id, '2030-12-31T23:00:00Z', 60); // New Year's Eve
    await logTime(world.member, contract.id, '2031-01-01T00:00:00Z', 60); // New Year's Day: the same week
    await logTime(world.member, contract.id, '2031-01-05T22:59:00Z', 60); // Sunday, up to 23:59
    expect(await hoursThisWeek(contract.id)).toBe(3);
    expect(await runDueWork()).toBe(0); // the week is not over

    await setNow(new Date('2031-01-06T00:00:00Z')); // Monday 00:00: a new week
    expect(await hoursThisWeek(contract.id)).toBe(0);
    await logTime(world.member, contract.id, '2031-01-05T23:59:00Z', 1); // Sunday's last minute, logged on Monday
    await setNow(new Date('2031-01-06T01:00:00Z'));
    await logTime(world.member, contract.id, '2031-01-06T00:00:00Z', 60); // Monday's first hour
    expect(await hoursThisWeek(contract.id)).toBe(1);

    expect(await runDueWork()).toBe(1);
    const invoices = await invoicesOf(contract.id, world.hiringManager);
    expect(invoices.nodes).toMatchObject([
      { weekStart: '2030-12-30T00:00:00.000Z', weekEnd: '2031-01-06T00:00:00.000Z', amount: { amount: '181.00' } }, // 181 minutes at $60/h
    ]);
    await expectLedgerSound(api(), staff.token);
  });
});
