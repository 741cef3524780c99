import { graphql } from './gql';
import { type TestUser } from './support/factories';
import { acceptOffer, agencyContract, freelancer, sendOffer, type HiringWorld, startHiringSuite } from './support/hiring';
import { RunDueWorkDoc } from './support/money';
import type { TestServer } from './support/server';
import { BillingLogTimeDoc } from './support/work-money';
import { setClockTo } from './support/clock';

const OverlapInvoicesDoc = graphql(`
  query OverlapInvoices($id: ID!) {
    node(id: $id) { ... on Contract { id invoices(first: 10) { nodes { weekStart hours amount { amount } } } } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const api = () => server.api;

const setNow = (iso: string) => setClockTo(api(), staff, iso);

const log = async (user: TestUser, contractId: string, startedAt: string, minutes: number) =>
  (await api().ok(BillingLogTimeDoc, { input: { contractId, startedAt, minutes } }, user.token)).logTime;

const entriesOf = (userId: string) =>
  server.sql<{ contract_id: string; started_at: Date; minutes: number }>('select contract_id, started_at, minutes from time_entry where freelancer_id = $1 order by started_at', [userId]);

describe('time entries never overlap (TM-3)', () => {
  it('TM-3: the same Monday 10:00-12:00 is logged once, on one contract or across two; the week is invoiced for 2 h, not 4', async () => {
    await setNow('2030-02-04T08:00:00Z'); // Monday
    const first = (await agencyContract(api(), world, { hourlyRate: '50.00', weeklyLimitHours: 40 })).contract;
    const second = (await agencyContract(api(), world, { hourlyRate: '70.00', weeklyLimitHours: 40 })).contract;
    const indie = await freelancer(api(), 0);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id, hourlyRate: '40.00', weeklyLimitHours: 10 });
    const { contract: indieContract } = await acceptOffer(api(), indie, offer.id);
    await setNow('2030-02-06T12:00:00Z'); // Wednesday 12:00

    expect((await log(world.member, first.id, '2030-02-04T10:00:00Z', 120)).userErrors).toEqual([]);
    const again = await log(world.member, first.id, '2030-02-04T10:00:00Z', 120);
    expect(again).toEqual({ timeEntry: null, userErrors: [expect.objectContaining({ code: 'TIME_OVERLAPS', field: ['input', 'startedAt'] })] });
    const otherContract = await log(world.member, second.id, '2030-02-04T11:00:00Z', 30);
    expect(otherContract.userErrors[0].code).toBe('TIME_OVERLAPS');
    const straddling = await log(world.member, second.id, '2030-02-04T09:00:00Z', 61);
    expect(straddling.userErrors[0].code).toBe('TIME_OVERLAPS');
    // Ranges are [start, end): the minute after the entry ends, and the one before it starts, are free.
    expect((await log(world.member, second.id, '2030-02-04T12:00:00Z', 60)).userErrors).toEqual([]);
    expect((await log(world.member, second.id, '2030-02-04T09:00:00Z', 60)).userErrors).toEqual([]);
    expect((await entriesOf(world.member.id)).map((e) => [e.contract_id, e.started_at.toISOString(), e.minutes])).toEqual([
      [second.id, '2030-02-04T09:00:00.000Z', 60],
      [first.id, '2030-02-04T10:00:00.000Z', 120],
      [second.id, '2030-02-04T12:00:00.000Z', 60],
    ]);

    // Another freelancer's hours are theirs: the same slot is fine for them.
    expect((await log(indie, indieContract!.id, '2030-02-04T10:00:00Z', 120)).userErrors).toEqual([]);

    await setNow('2030-02-11T00:30:00Z');
    await api().ok(RunDueWorkDoc, {}, staff.token);
    const invoiced = async (id: string) => ((await api().ok(OverlapInvoicesDoc, { id }, world.hiringManager.token)).node as { invoices: { nodes: { hours: number; amount: { amount: string } }[] } }).invoices.nodes;
    expect(await invoiced(first.id)).toEqual([expect.objectContaining({ hours: 2, amount: { amount: '100.00' } })]);
    expect(await invoiced(second.id)).toEqual([expect.objectContaining({ hours: 2, amount: { amount: '140.00' } })]);
  });

  it('TM-3: an entry ends no later than now: at Wednesday 12:00, 600 minutes from 11:59 are refused; an entry ending at 12:00 sharp is kept', async () => {
    await setNow('2030-02-11T08:00:00Z');
    const { contract } = await agencyContract(api(), world, { hourlyRate: '50.00', weeklyLimitHours: 40 });
    await setNow('2030-02-13T12:00:00Z'); // Wednesday 12:00
    const early = await log(world.member, contract.id, '2030-02-13T11:59:00Z', 600);
    expect(early).toEqual({ timeEntry: null, userErrors: [expect.objectContaining({ code: 'ENDS_IN_FUTURE', field: ['input', 'minutes'] })] });
    expect(await server.sql('select id from time_entry where contract_id = $1', [contract.id])).toEqual([]);
    expect((await log(world.member, contract.id, '2030-02-13T11:00:00Z', 60)).userErrors).toEqual([]);
  });

  it('TM-3: of many concurrent overlapping logs on two contracts, exactly one is kept; every other caller is told TIME_OVERLAPS', async () => {
    await setNow('2030-02-18T08:00:00Z');
    const contracts = [
      (await agencyContract(api(), world, { hourlyRate: '50.00', weeklyLimitHours: 40 })).contract.id,
      (await agencyContract(api(), world, { hourlyRate: '55.00', weeklyLimitHours: 40 })).contract.id,
    ];
    await setNow('2030-02-19T18:00:00Z');
    const attempts = Array.from({ length: 10 }, (_, i) => ({
      contractId: contracts[i % 2],
      startedAt: new Date(Date.parse('2030-02-19T09:00:00Z') + (i % 5) * 10 * 60_000).toISOString(),
      minutes: 90,
    }));
    const results = await Promise.all(attempts.map((input) => log(world.member, input.contractId, input.startedAt, input.minutes)));
    const kept = results.filter((r) => r.userErrors.length === 0);
    expect(kept).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'TIME_OVERLAPS')).toHaveLength(9);
    const stored = await server.sql<{ id: string }>(
      `select id from time_entry where freelancer_id = $1 and started_at >= '2030-02-19T00:00:00Z' and started_at < '2030-02-20T00:00:00Z'`,
      [world.member.id],
    );
    expect(stored.map((e) => e.id)).toEqual([kept[0].timeEntry!.id]);
  });
});
