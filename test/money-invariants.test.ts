import 'reflect-metadata';
import { Client } from 'pg';
import { chargeClient, refundEscrow, releaseEscrow, type Payee } from '../src/modules/money/escrow.service';
import { LedgerAccountKind, LedgerTransactionKind, postTransaction } from '../src/modules/money/ledger.service';
import { Money } from '../src/shared/money';
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import {
  addPaypal,
  contractId,
  expectLedgerSound,
  inServerTransaction,
  key,
  LedgerCheckDoc,
  RequestPayoutDoc,
  RunDueWorkDoc,
  seedAvailable,
  seededRandom,
  startMoneySuite,
  SettlePayoutDoc,
  TeamAccountDoc,
  ViewerAccountDoc,
} from './support/money';
import type { TestServer } from './support/server';

let server: TestServer;
let staff: TestUser;
let clientTeamId: string;

beforeAll(async () => ({ server, staff, clientTeamId } = await startMoneySuite()));
afterAll(() => server.close());

describe('money under concurrency and faults', () => {
  it('PO-1, MN-1: 30 concurrent payouts from an account holding enough for 10 pay out exactly 10; it never goes below zero', async () => {
    const owner = await signUp(server.api, 'Race Owner');
    const agency = await createTeam(server.api, owner, 'AGENCY');
    const financial = await addMember(server.api, owner, agency.id, ['FINANCIAL']);
    const { net } = await seedAvailable(server, { payee: { teamId: agency.id }, clientTeamId, gross: '1000.00' });
    expect(net.amount).toBe('900.00');
    const methodId = await addPaypal(server.api, owner.token, agency.id);

    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        server.api.ok(
          RequestPayoutDoc,
          { input: { teamId: agency.id, payoutMethodId: methodId, amount: '90.00', idempotencyKey: key() } },
          (i % 2 ? owner : financial).token,
        ),
      ),
    );
    const paid = results.filter((r) => r.requestPayout.payout);
    const refused = results.filter((r) => r.requestPayout.userErrors[0]?.code === 'INSUFFICIENT_FUNDS');
    expect([paid.length, refused.length]).toEqual([10, 20]);

    const { team } = await server.api.ok(TeamAccountDoc, { id: agency.id }, owner.token);
    expect(team.account).toMatchObject({ available: { amount: '0.00' }, inFlight: { amount: '900.00' } });
    const [payouts] = await server.sql<{ n: number; total: string }>(`select count(*)::int as n, sum(amount)::text as total from payout where team_id = $1`, [agency.id]);
    expect(payouts).toEqual({ n: 10, total: '90000' });
    // The database itself refuses a negative payee balance (a CHECK), so no interleaving could pass below zero.
    expect(await server.sql(`select id from ledger_account where balance < 0 and kind not in ('CLIENT_FUNDING', 'COMMISSIONS_EXPENSE')`)).toEqual([]);
    await expectLedgerSound(server.api, staff.token);
  });

  it('MN-1, MN-2: a payout whose connection is killed midway leaves no entry behind; a retry with the same key then pays once', async () => {
    const freelancer = await signUp(server.api, 'Cut Off');
    await seedAvailable(server, { payee: { userId: freelancer.id }, clientTeamId, gross: '100.00' });
    const methodId = await addPaypal(server.api, freelancer.token);
    const before = await server.sql('select count(*)::int as entries from ledger_entry');
    const input = { payoutMethodId: methodId, amount: '25.00', idempotencyKey: key() };

    // Hold back every new ledger entry: the payout gets past its first writes (its key, its
    // transaction row, the balances) and then waits, mid-transaction, for the entries.
    const locker = new Client({ connectionString: server.databaseUrl });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table ledger_entry in share mode');
    const pending = server.api.run(RequestPayoutDoc, { input }, freelancer.token);
    let pid: number | undefined;
    for (let i = 0; i < 200 && !pid; i++) {
      const [row] = await server.sql<{ pid: number }>(
        `select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike 'insert into ledger_entry%'`,
      );
      pid = row?.pid;
      if (!pid) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(pid).toBeDefined();
    // knex logs the dropped connection; that is the point of the test, so keep it quiet.
    const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await server.sql('select pg_terminate_backend($1)', [pid]);
    await locker.query('rollback');
    await locker.end();

    const result = await pending;
    quiet.mockRestore();
    expect(result.errors?.[0].extensions?.code ?? result.data?.requestPayout.userErrors[0]?.code).toBeTruthy();
    expect(await server.sql('select count(*)::int as entries from ledger_entry')).toEqual(before);
    expect(await server.sql('select id from payout where user_id = $1', [freelancer.id])).toEqual([]);
    expect(await server.sql('select key from idempotency_key where key = $1', [input.idempotencyKey])).toEqual([]);
    expect((await server.api.ok(ViewerAccountDoc, {}, freelancer.token)).viewer!.account).toMatchObject({ available: { amount: '90.00' }, inFlight: { amount: '0.00' } });
    await expectLedgerSound(server.api, staff.token);

    const retry = await server.api.ok(RequestPayoutDoc, { input }, freelancer.token);
    const again = await server.api.ok(RequestPayoutDoc, { input }, freelancer.token);
    expect(again.requestPayout.payout!.id).toBe(retry.requestPayout.payout!.id);
    expect((await server.api.ok(ViewerAccountDoc, {}, freelancer.token)).viewer!.account).toMatchObject({ available: { amount: '65.00' }, inFlight: { amount: '25.00' } });
    await expectLedgerSound(server.api, staff.token);
  });

  it('MN-1: a money transaction that throws after its first write leaves nothing behind', async () => {
    const before = await server.sql('select (select count(*) from ledger_entry)::int as entries, (select count(*) from ledger_transaction)::int as transactions');
    const contract = contractId();
    await expect(
      inServerTransaction(server, async (em, now) => {
        await chargeClient(em, { clientTeamId, contractId: contract, amount: Money.parse('40.00')!, now });
        await postTransaction(em, {
          kind: LedgerTransactionKind.ESCROW_REFUND,
          now,
          legs: [
            { account: { owner: { teamId: clientTeamId }, kind: LedgerAccountKind.ESCROW, scope: contract }, amount: Money.ofCents(-1000) },
            { account: { owner: { teamId: clientTeamId }, kind: LedgerAccountKind.CLIENT_FUNDING }, amount: Money.ofCents(1000) },
          ],
        });
        throw new Error('the process died here');
      }),
    ).rejects.toThrow('the process died here');
    expect(await server.sql('select (select count(*) from ledger_entry)::int as entries, (select count(*) from ledger_transaction)::int as transactions')).toEqual(before);
    await expectLedgerSound(server.api, staff.token);
  });

  it('MN-1, MN-2, PO-1, PO-2: after a randomized concurrent run of mixed money operations the ledger is sound and sums to zero', async () => {
    const { seed: seedUsed, random, pick } = seededRandom();
    const cents = (max: number) => Money.ofCents(1 + Math.floor(random() * max));

    // The payees: three freelancers on their own and two agencies (run by their owners).
    interface Party { payee: Payee; actor: TestUser; teamId?: string; methodId: string }
    const parties: Party[] = [];
    for (let i = 0; i < 3; i++) {
      const user = await signUp(server.api, `Random ${i}`);
      parties.push({ payee: { userId: user.id }, actor: user, methodId: await addPaypal(server.api, user.token) });
    }
    for (let i = 0; i < 2; i++) {
      const owner = await signUp(server.api, `Random Owner ${i}`);
      const agency = await createTeam(server.api, owner, 'AGENCY');
      parties.push({ payee: { teamId: agency.id }, actor: owner, teamId: agency.id, methodId: await addPaypal(server.api, owner.token, agency.id) });
    }
    for (const party of parties) await seedAvailable(server, { payee: party.payee, clientTeamId, gross: '500.00' });

    const payoutIds: string[] = [];
    const usedKeys: { party: Party; input: { teamId?: string; payoutMethodId: string; amount: string; idempotencyKey: string } }[] = [];
    const outcomes: Record<string, number> = {};
    const count = (what: string) => (outcomes[what] = (outcomes[what] ?? 0) + 1);
    const topLevelErrors: unknown[] = [];
    const check = (result: { errors?: unknown[]; data?: unknown }, name: string) => {
      if (result.errors?.length) topLevelErrors.push({ name, errors: result.errors });
      return result.data;
    };

    const operations: (() => Promise<void>)[] = [];
    for (let i = 0; i < 300; i++) {
      const roll = random();
      if (roll < 0.4) {
        operations.push(async () => {
          const party = pick(parties);
          const input = { teamId: party.teamId, payoutMethodId: party.methodId, amount: cents(15000).amount, idempotencyKey: key() };
          usedKeys.push({ party, input });
          const data = check(await server.api.run(RequestPayoutDoc, { input }, party.actor.token), 'requestPayout');
          const payload = (data as { requestPayout: { payout: { id: string } | null; userErrors: { code: string }[] } } | undefined)?.requestPayout;
          if (payload?.payout) payoutIds.push(payload.payout.id);
          count(payload?.userErrors[0]?.code ?? 'payout requested');
        });
      } else if (roll < 0.5) {
        operations.push(async () => {
          const used = usedKeys.length ? pick(usedKeys) : undefined;
          if (!used) return;
          const changed = random() < 0.5 ? used.input : { ...used.input, amount: Money.parse(used.input.amount)!.plus(Money.ofCents(1)).amount };
          const data = check(await server.api.run(RequestPayoutDoc, { input: changed }, used.party.actor.token), 'repeat requestPayout');
          count(`repeat: ${(data as { requestPayout: { userErrors: { code: string }[] } } | undefined)?.requestPayout.userErrors[0]?.code ?? 'same result'}`);
        });
      } else if (roll < 0.75) {
        operations.push(async () => {
          const payoutId = payoutIds.length ? pick(payoutIds) : undefined;
          if (!payoutId) return;
          const data = check(await server.api.run(SettlePayoutDoc, { input: { payoutId, outcome: random() < 0.5 ? 'PAID' : 'FAILED', idempotencyKey: key() } }, staff.token), 'settlePayout');
          count(`settle: ${(data as { settlePayout: { userErrors: { code: string }[] } } | undefined)?.settlePayout.userErrors[0]?.code ?? 'settled'}`);
        });
      } else if (roll < 0.9) {
        // Setup-level flows the milestone and billing modules will drive: fund, release (pending for a while), refund.
        operations.push(async () => {
          const party = pick(parties);
          const contract = contractId();
          const amount = cents(20000);
          await inServerTransaction(server, async (em, now) => {
            await chargeClient(em, { clientTeamId, contractId: contract, amount, now });
            const released = Money.ofCents(Math.max(1, Math.floor(Number(amount.cents) * random())));
            await releaseEscrow(em, { clientTeamId, contractId: contract, payee: party.payee, gross: released, serviceFeeBps: 1000, now, availableAt: new Date(now.getTime() - (random() < 0.5 ? 1000 : -86400_000)) });
            const rest = amount.minus(released);
            if (rest.isPositive()) await refundEscrow(em, { clientTeamId, contractId: contract, amount: rest, now });
          });
          count('funded and released');
        });
      } else {
        operations.push(async () => {
          check(await server.api.run(RunDueWorkDoc, {}, staff.token), 'runDueWork');
          count('due work');
        });
      }
    }

    // Run them 16 at a time, in random order.
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < operations.length) await operations[next++]();
      }),
    );

    if (process.env.MONEY_DEBUG) console.log(seedUsed, outcomes);
    expect({ seed: seedUsed, topLevelErrors }).toEqual({ seed: seedUsed, topLevelErrors: [] });
    expect(outcomes['payout requested']).toBeGreaterThan(10);
    const { ledgerCheck } = await server.api.ok(LedgerCheckDoc, {}, staff.token);
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
    const [sums] = await server.sql<{ balances: string; entries: string }>(
      'select (select coalesce(sum(balance), 0) from ledger_account)::text as balances, (select coalesce(sum(amount), 0) from ledger_entry)::text as entries',
    );
    expect(sums).toEqual({ balances: '0', entries: '0' });

    // Every payout's money is where its status says: PENDING in flight, PAID paid out.
    const perOwner = await server.sql<{ owner: string; inFlight: string; paidOut: string; pendingPayouts: string; paidPayouts: string }>(
      `select coalesce(p.team_id, p.user_id) as owner,
              (select coalesce(sum(balance), 0) from ledger_account a where a.owner_id = coalesce(p.team_id, p.user_id) and a.kind = 'PAYOUTS_IN_FLIGHT')::text as "inFlight",
              (select coalesce(sum(balance), 0) from ledger_account a where a.owner_id = coalesce(p.team_id, p.user_id) and a.kind = 'PAID_OUT')::text as "paidOut",
              sum(p.amount) filter (where p.status = 'PENDING')::text as "pendingPayouts",
              sum(p.amount) filter (where p.status = 'PAID')::text as "paidPayouts"
         from payout p group by 1, 2, 3`,
    );
    for (const row of perOwner) {
      expect([row.owner, row.inFlight, row.paidOut]).toEqual([row.owner, row.pendingPayouts ?? '0', row.paidPayouts ?? '0']);
    }
    await expectLedgerSound(server.api, staff.token);
  }, 240_000); // many concurrent requests on a shared machine: time, not speed, is what it needs
});
