import { graphql } from './gql';
import { Money } from '../src/shared/money';
import { startStaffSuite, type TestUser } from './support/factories';
import { acceptOffer, agencyContract, FIXED_OFFER, freelancer, hiringWorld, HiringNowDoc, sendOffer } from './support/hiring';
import { addPaypal, key, LedgerCheckDoc, RequestPayoutDoc, RunDueWorkDoc, seededRandom, SetClockDoc, SettlePayoutDoc } from './support/money';
import type { TestServer } from './support/server';
import { ApproveMilestoneDoc, FundMilestoneDoc, RequestMilestoneChangesDoc, ResolveDisputeDoc, SubmitMilestoneDoc } from './support/work-money';

const RandomEndContractDoc = graphql(`
  mutation RandomEndContract($input: EndContractInput!) {
    endContract(input: $input) { contract { id } userErrors { code } }
  }
`);

const RandomLogTimeDoc = graphql(`
  mutation RandomLogTime($input: LogTimeInput!) {
    logTime(input: $input) { timeEntry { id } userErrors { code } }
  }
`);

let server: TestServer;
let staff: TestUser;
beforeAll(async () => ({ server, staff } = await startStaffSuite()));
afterAll(() => server.close());

const api = () => server.api;
const DAY = 86_400_000;

interface Work {
  contractId: string;
  client: TestUser[];
  submitter: TestUser;
  milestoneIds: string[];
  hourly: boolean;
}
interface Payee {
  actor: TestUser;
  teamId?: string;
  methodId: string;
}

describe('money of work under concurrency', () => {
  it('MN-1, MN-2, MS-1, MS-2, MS-3, MS-4, TM-2, TM-3, CT-3, CT-4: a randomized concurrent run of funding, submitting, approving, ending, resolving disputes, logging time, billing and payouts through the API leaves every account equal to what it mirrors', async () => {
    const { seed: seedUsed, random, pick } = seededRandom();

    // Two clients hiring two agencies and two independent freelancers, on fixed-price and hourly contracts.
    const works: Work[] = [];
    const payees: Payee[] = [];
    for (let w = 0; w < 2; w++) {
      const world = await hiringWorld(api(), 20);
      const client = [world.hiringManager, world.clientOwner];
      payees.push({ actor: world.agencyOwner, teamId: world.agency.id, methodId: await addPaypal(api(), world.agencyOwner.token, world.agency.id) });
      for (let i = 0; i < 3; i++) {
        const { contract } = await agencyContract(api(), world, FIXED_OFFER);
        works.push({ contractId: contract.id, client, submitter: pick([world.member, world.manager]), milestoneIds: contract.milestones.nodes.map((m) => m.id), hourly: false });
      }
      const hourly = await agencyContract(api(), world, { hourlyRate: `${40 + w}.25`, weeklyLimitHours: 20 });
      works.push({ contractId: hourly.contract.id, client, submitter: world.member, milestoneIds: [], hourly: true });
      const indie = await freelancer(api(), 0, `Indie ${w}`);
      payees.push({ actor: indie, methodId: await addPaypal(api(), indie.token) });
      const fixedOffer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id, ...FIXED_OFFER });
      const fixed = (await acceptOffer(api(), indie, fixedOffer.id)).contract!;
      works.push({ contractId: fixed.id, client, submitter: indie, milestoneIds: fixed.milestones.nodes.map((m) => m.id), hourly: false });
      const hourlyOffer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id, hourlyRate: '27.77', weeklyLimitHours: 15 });
      works.push({ contractId: (await acceptOffer(api(), indie, hourlyOffer.id)).contract!.id, client, submitter: indie, milestoneIds: [], hourly: true });
    }
    const fixedWork = works.filter((w) => !w.hourly);
    const hourlyWork = works.filter((w) => w.hourly);
    let clockMs = Date.parse((await api().ok(HiringNowDoc, {}, staff.token)).now);

    const outcomes: Record<string, number> = {};
    const topLevelErrors: unknown[] = [];
    type Payload = { userErrors: { code: string }[] } & Record<string, unknown>;
    const run = async (name: string, call: () => Promise<{ errors?: unknown[]; data?: Record<string, Payload> | null }>) => {
      const result = await call();
      if (result.errors?.length) topLevelErrors.push({ name, errors: result.errors });
      const payload = result.data ? Object.values(result.data)[0] : undefined;
      const what = `${name}: ${payload?.userErrors?.[0]?.code ?? 'ok'}`;
      outcomes[what] = (outcomes[what] ?? 0) + 1;
      return payload;
    };
    const usedKeys: { op: 'fund' | 'approve'; milestoneId: string; idempotencyKey: string; user: TestUser }[] = [];
    const payoutIds: string[] = [];

    const operations: (() => Promise<unknown>)[] = [];
    for (let i = 0; i < 320; i++) {
      const roll = random();
      const work = pick(fixedWork);
      const milestoneId = pick(work.milestoneIds);
      const user = pick(work.client);
      if (roll < 0.16) {
        operations.push(() => {
          const idempotencyKey = key();
          usedKeys.push({ op: 'fund', milestoneId, idempotencyKey, user });
          return run('fund', () => api().run(FundMilestoneDoc, { input: { milestoneId, idempotencyKey } }, user.token));
        });
      } else if (roll < 0.3) {
        operations.push(() => run('submit', () => api().run(SubmitMilestoneDoc, { input: { milestoneId, message: 'Here it is' } }, work.submitter.token)));
      } else if (roll < 0.35) {
        operations.push(() => run('changes', () => api().run(RequestMilestoneChangesDoc, { input: { milestoneId, message: 'Again' } }, user.token)));
      } else if (roll < 0.37) {
        const target = pick(works);
        operations.push(() => run('end', () => api().run(RandomEndContractDoc, { input: { contractId: target.contractId } }, pick(target.client).token)));
      } else if (roll < 0.4) {
        // CT-4: staff resolve (most of these find the milestone not disputed, and are refused).
        const payeeAmount = Money.ofCents(Math.floor(random() * 200000)).amount;
        operations.push(() =>
          run('resolve', () => api().run(ResolveDisputeDoc, { input: { milestoneId, payeeAmount, note: 'Split', idempotencyKey: key() } }, staff.token)),
        );
      } else if (roll < 0.47) {
        operations.push(() => {
          const idempotencyKey = key();
          usedKeys.push({ op: 'approve', milestoneId, idempotencyKey, user });
          return run('approve', () => api().run(ApproveMilestoneDoc, { input: { milestoneId, idempotencyKey } }, user.token));
        });
      } else if (roll < 0.53) {
        operations.push(async () => {
          const used = usedKeys.length ? pick(usedKeys) : undefined;
          if (!used) return;
          const input = { milestoneId: used.milestoneId, idempotencyKey: used.idempotencyKey };
          return used.op === 'fund'
            ? run('repeat fund', () => api().run(FundMilestoneDoc, { input }, used.user.token))
            : run('repeat approve', () => api().run(ApproveMilestoneDoc, { input }, used.user.token));
        });
      } else if (roll < 0.68) {
        const hourly = pick(hourlyWork);
        const back = Math.floor(random() * 3 * DAY);
        const minutes = 30 + Math.floor(random() * 600);
        operations.push(() =>
          run('logTime', () => api().run(RandomLogTimeDoc, { input: { contractId: hourly.contractId, startedAt: new Date(clockMs - back).toISOString(), minutes } }, hourly.submitter.token)),
        );
      } else if (roll < 0.75) {
        operations.push(() => {
          clockMs += Math.floor(random() * 2 * DAY);
          return run('setClock', () => api().run(SetClockDoc, { input: { now: new Date(clockMs).toISOString() } }, staff.token));
        });
      } else if (roll < 0.82) {
        operations.push(() => run('runDueWork', () => api().run(RunDueWorkDoc, {}, staff.token) as never));
      } else if (roll < 0.92) {
        const payee = pick(payees);
        const amount = Money.ofCents(1 + Math.floor(random() * 40000)).amount;
        operations.push(async () => {
          const payload = await run('payout', () =>
            api().run(RequestPayoutDoc, { input: { teamId: payee.teamId, payoutMethodId: payee.methodId, amount, idempotencyKey: key() } }, payee.actor.token),
          );
          const payout = (payload as { payout?: { id: string } | null } | undefined)?.payout;
          if (payout) payoutIds.push(payout.id);
        });
      } else {
        operations.push(async () => {
          if (!payoutIds.length) return;
          return run('settle', () => api().run(SettlePayoutDoc, { input: { payoutId: pick(payoutIds), outcome: random() < 0.6 ? 'PAID' : 'FAILED', idempotencyKey: key() } }, staff.token));
        });
      }
    }

    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < operations.length) await operations[next++]();
      }),
    );
    // Staff resolve every dispute left, concurrently, each for a random part of it.
    const disputed = await server.sql<{ id: string; amount: string }>(`select id, amount_cents::text as amount from milestone where status = 'DISPUTED'`);
    await Promise.all(
      disputed.map((m) => {
        const payeeAmount = Money.ofCents(Math.floor(random() * (Number(m.amount) + 1))).amount;
        return run('resolve left', () => api().run(ResolveDisputeDoc, { input: { milestoneId: m.id, payeeAmount, note: 'Split', idempotencyKey: key() } }, staff.token));
      }),
    );
    // Let everything due happen: weeks billed, milestones auto-approved, funds made available.
    clockMs += 40 * DAY;
    await api().ok(SetClockDoc, { input: { now: new Date(clockMs).toISOString() } }, staff.token);
    await Promise.all([1, 2].map(() => api().ok(RunDueWorkDoc, {}, staff.token)));
    // What that approved or billed is pending for its security period: let it pass too.
    clockMs += 15 * DAY;
    await api().ok(SetClockDoc, { input: { now: new Date(clockMs).toISOString() } }, staff.token);
    await api().ok(RunDueWorkDoc, {}, staff.token);

    if (process.env.MONEY_DEBUG) console.log(seedUsed, outcomes);
    expect({ seed: seedUsed, topLevelErrors }).toEqual({ seed: seedUsed, topLevelErrors: [] });
    // A guard that the run moved money at all. How many fundings succeed depends on how the
    // concurrent contract ends interleave with them (5 of about 50 has been seen), not on a rule.
    expect(outcomes['fund: ok']).toBeGreaterThan(0);
    const { ledgerCheck } = await api().ok(LedgerCheckDoc, {}, staff.token);
    expect({ seed: seedUsed, ...ledgerCheck }).toEqual({
      seed: seedUsed,
      ok: true,
      unbalancedTransactions: 0,
      mismatchedAccounts: 0,
      negativeAccounts: 0,
      total: { amount: '0.00', currency: 'USD' },
      // Every account agrees with what it mirrors (escrow, pending, available, in flight, paid out, commission payable, payout methods).
      accountMismatches: 0,
      mismatches: [],
    });
    const [sums] = await server.sql<{ balances: string; entries: string; pending: string }>(
      `select (select coalesce(sum(balance), 0) from ledger_account)::text as balances, (select coalesce(sum(amount), 0) from ledger_entry)::text as entries,
              (select coalesce(sum(balance), 0) from ledger_account where kind = 'PAYEE_PENDING')::text as pending`,
    );
    expect(sums).toEqual({ balances: '0', entries: '0', pending: '0' });

    // Every milestone was charged at most once and released at most once, as its status says;
    // each contract's escrow holds exactly its funded, unreleased milestones.
    const milestones = await server.sql<{ status: string; charges: number; releases: number; payee: string | null }>(
      `select m.status, m.resolved_payee_cents::text as payee,
              (select count(*) from ledger_transaction t where t.milestone_id = m.id and t.kind = 'CLIENT_CHARGE')::int as charges,
              (select count(*) from ledger_transaction t where t.milestone_id = m.id and t.kind = 'ESCROW_RELEASE')::int as releases
         from milestone m`,
    );
    for (const m of milestones) {
      const released = m.status === 'APPROVED' || (m.status === 'RESOLVED' && m.payee !== '0') ? 1 : 0;
      expect([m.status, m.charges, m.releases]).toEqual([m.status, m.status === 'PENDING_FUNDING' ? 0 : 1, released]);
    }
    expect(milestones.some((m) => m.status === 'APPROVED')).toBe(true);
    const escrow = await server.sql<{ contract: string; balance: string; expected: string }>(
      `select c.id as contract,
              coalesce((select sum(balance) from ledger_account a where a.kind = 'ESCROW' and a.scope = c.id), 0)::text as balance,
              coalesce((select sum(amount_cents) from milestone m where m.contract_id = c.id and m.status in ('FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'DISPUTED')), 0)::text as expected
         from contract c`,
    );
    for (const row of escrow) expect([row.contract, row.balance]).toEqual([row.contract, row.expected]);
    // Every invoice was charged and released once, for its amount.
    const invoices = await server.sql<{ amount: string; charged: string; released: string; n: number }>(
      `select i.amount_cents::text as amount,
              (select coalesce(sum(e.amount), 0) from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
                 join ledger_account a on a.id = e.account_id where t.invoice_id = i.id and t.kind = 'CLIENT_CHARGE' and a.kind = 'ESCROW')::text as charged,
              (select -coalesce(sum(e.amount), 0) from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
                 join ledger_account a on a.id = e.account_id where t.invoice_id = i.id and t.kind = 'ESCROW_RELEASE' and a.kind = 'ESCROW')::text as released,
              (select count(*) from ledger_transaction t where t.invoice_id = i.id and t.kind = 'CLIENT_CHARGE')::int as n
         from invoice i`,
    );
    expect(invoices.length).toBeGreaterThan(0);
    for (const invoice of invoices) expect(invoice).toEqual({ amount: invoice.amount, charged: invoice.amount, released: invoice.amount, n: 1 });
  }, 240_000); // many concurrent requests on a shared machine: time, not speed, is what it needs
});
