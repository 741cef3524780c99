import { print } from 'graphql';
import { Client } from 'pg';
import { graphql } from './gql';
import { signUp, signUpStaff, type TestUser } from './support/factories';
import { acceptOffer, FIXED_OFFER, freelancer, hiringWorld, sendOffer, type HiringWorld } from './support/hiring';
import { addPaypal, expectLedgerSound, key, RequestPayoutDoc, RunDueWorkDoc, SetClockDoc, ViewerAccountDoc } from './support/money';
import { startTestServer, TEST_EPOCH, type TestServer } from './support/server';
import { ApproveMilestoneDoc, FundMilestoneDoc, submit } from './support/work-money';
import type { Result } from './support/api';
import { postGraphQL } from './support/raw';
import { SessionChecks } from '../src/auth/viewer';
import { isPoolExhausted } from '../src/db/pool';
import { openOrm } from '../src/db/orm';
import { createContext } from '../src/graphql/context';
import { inTransaction, SECOND_CONNECTION, transaction } from '../src/db/transaction';
import { SAVED_BUT_BUSY } from '../src/graphql/errors';
import { executeSql, selectRows } from '../src/db/sql';
import { databaseTestClock } from '../src/shared/clock';
import { startScheduler } from '../src/modules/scheduler/scheduler.service';
import { Subscriber } from './support/ws';
import { sleep, waitUntil } from './support/wait';

/**
 * Many concurrent money mutations from one client on a server with a pool of three connections:
 * no call waits for a second connection while it holds one, so none stalls; each answers with
 * its result, a userError or SERVICE_UNAVAILABLE; what was reported as done is exactly what the
 * database holds; and another user's queries are answered meanwhile.
 */

const AddManyMilestonesDoc = graphql(`
  mutation ContentionAddMilestone($input: AddMilestoneInput!) {
    addMilestone(input: $input) { milestone { id } userErrors { code } }
  }
`);

const ContentionViewerDoc = graphql(`
  query ContentionViewer { viewer { id } }
`);

let server: TestServer;
let world: HiringWorld;
let indie: TestUser;
let bystander: TestUser;
let staff: TestUser;
let contractId: string;
/** The 50 milestones the races run on (the offer's first one is funded at hire and left out). */
let milestoneIds: string[];

beforeAll(async () => {
  server = await startTestServer({ DB_POOL_SIZE: '3' });
  world = await hiringWorld(server.api, 0);
  indie = await freelancer(server.api, 0);
  bystander = await signUp(server.api, 'Bystander');
  staff = await signUpStaff(server.api);
  const offer = await sendOffer(server.api, world.hiringManager, world.client.id, {
    freelancerId: indie.id,
    ...FIXED_OFFER,
    milestones: Array.from({ length: 20 }, (_, i) => ({ description: `Part ${i + 1}`, amount: `${100 + i}.25` })),
  });
  const { contract } = await acceptOffer(server.api, indie, offer.id);
  contractId = contract!.id;
  const fromOffer = contract!.milestones.nodes.filter((m) => m.status === 'PENDING_FUNDING').map((m) => m.id);
  const added: string[] = [];
  for (let i = 0; i < 50 - fromOffer.length; i++) {
    const { addMilestone } = await server.api.ok(AddManyMilestonesDoc, { input: { contractId, description: `Extra ${i + 1}`, amount: `${200 + i}.50` } }, world.hiringManager.token);
    added.push(addMilestone.milestone!.id);
  }
  milestoneIds = [...fromOffer, ...added];
}, 120_000);
afterAll(() => server.close());

/** What one call was told: done, a userError's code, or a top-level error's code. */
function outcome(result: Result<Record<string, { userErrors: { code: string }[] } | null>>, field: string): string {
  if (result.errors?.length) {
    const code = String(result.errors[0].extensions?.code);
    // A refusal for a busy pool is the whole request's: 503 with Retry-After (checked by status here).
    if (code === 'SERVICE_UNAVAILABLE') expect(result.status).toBe(503);
    return code;
  }
  const payload = result.data![field]!;
  return payload.userErrors[0]?.code ?? 'DONE';
}

/** Runs `calls` all at once while the bystander asks `{ viewer { id } }` until they are done. */
async function withBystander<T>(calls: Promise<T>[]): Promise<{ results: T[]; viewerAnswers: number }> {
  let done = false;
  let viewerAnswers = 0;
  const watcher = (async () => {
    while (!done) {
      const { viewer } = await server.api.ok(ContentionViewerDoc, {}, bystander.token);
      expect(viewer!.id).toBe(bystander.id);
      viewerAnswers++;
    }
  })();
  const results = await Promise.all(calls).finally(() => (done = true));
  await watcher;
  return { results, viewerAnswers };
}

const ALLOWED = new Set(['DONE', 'SERVICE_UNAVAILABLE']);

describe('50 concurrent money mutations of one client, pool of 3 connections', () => {
  it('MS-1, MN-2: funding 50 milestones at once: every call answers; reported fundings are exactly the funded milestones and the escrow is their sum', async () => {
    const { results, viewerAnswers } = await withBystander(
      milestoneIds.map((milestoneId) => server.api.run(FundMilestoneDoc, { input: { milestoneId, idempotencyKey: key() } }, world.hiringManager.token)),
    );
    const outcomes = results.map((r) => outcome(r as never, 'fundMilestone'));
    expect(outcomes.filter((o) => !ALLOWED.has(o))).toEqual([]);
    const reported = results.filter((_, i) => outcomes[i] === 'DONE').map((r) => r.data!.fundMilestone.milestone!);
    expect(reported.every((m) => m.status === 'FUNDED')).toBe(true);
    const funded = await server.sql<{ id: string; amount_cents: string }>(
      `select id, amount_cents from milestone where id = any($1) and status = 'FUNDED'`,
      [milestoneIds],
    );
    expect(funded.map((m) => m.id).sort()).toEqual(reported.map((m) => m.id).sort());
    // The milestone funded at hire is in escrow too.
    const [escrow] = await server.sql<{ escrow: string; expected: string }>(
      `select (select balance from ledger_account where kind = 'ESCROW' and scope = $1)::text as escrow,
              (select sum(amount_cents) from milestone where contract_id = $1 and status = 'FUNDED')::text as expected`,
      [contractId],
    );
    expect(escrow.escrow).toBe(escrow.expected);
    expect(viewerAnswers).toBeGreaterThan(0);
    // Whatever was refused for a busy pool changed nothing and is funded now, one by one.
    for (const [i, id] of milestoneIds.entries()) {
      if (outcomes[i] !== 'DONE') await server.api.ok(FundMilestoneDoc, { input: { milestoneId: id, idempotencyKey: key() } }, world.hiringManager.token);
    }
    await expectLedgerSound(server.api, staff.token);
  });

  it('MS-2: approving the 50 at once: every call answers; the reported approvals are exactly the released milestones', async () => {
    for (const id of milestoneIds) await submit(server.api, indie, id);
    const { results, viewerAnswers } = await withBystander(
      milestoneIds.map((milestoneId) => server.api.run(ApproveMilestoneDoc, { input: { milestoneId, idempotencyKey: key() } }, world.hiringManager.token)),
    );
    const outcomes = results.map((r) => outcome(r as never, 'approveMilestone'));
    expect(outcomes.filter((o) => !ALLOWED.has(o))).toEqual([]);
    const reported = results.filter((_, i) => outcomes[i] === 'DONE').map((r) => r.data!.approveMilestone.milestone!.id);
    const approved = await server.sql<{ id: string }>(`select id from milestone where id = any($1) and status = 'APPROVED'`, [milestoneIds]);
    expect(approved.map((m) => m.id).sort()).toEqual(reported.sort());
    const released = await server.sql<{ n: number }>(`select count(*)::int as n from ledger_transaction where kind = 'ESCROW_RELEASE' and milestone_id = any($1)`, [milestoneIds]);
    expect(released[0].n).toBe(reported.length);
    expect(viewerAnswers).toBeGreaterThan(0);
    for (const [i, id] of milestoneIds.entries()) {
      if (outcomes[i] !== 'DONE') await server.api.ok(ApproveMilestoneDoc, { input: { milestoneId: id, idempotencyKey: key() } }, world.hiringManager.token);
    }
    await expectLedgerSound(server.api, staff.token);
  });

  it('PO-1: 50 payout requests at once from one freelancer: every call answers; the reported payouts are exactly those recorded; the balance never goes negative', async () => {
    // The released money becomes available after the security period.
    await server.api.ok(SetClockDoc, { input: { now: new Date(Date.parse(TEST_EPOCH) + 6 * 86_400_000).toISOString() } }, staff.token);
    await server.api.ok(RunDueWorkDoc, {}, staff.token);
    const methodId = await addPaypal(server.api, indie.token);
    const before = (await server.api.ok(ViewerAccountDoc, {}, indie.token)).viewer!.account!.available.amount;
    // Each asks for a fiftieth of the balance plus a cent: at most 49 can be paid.
    const share = (Math.floor((Number(before) * 100) / 50) + 1) / 100;
    const request = (idempotencyKey: string) =>
      server.api.run(RequestPayoutDoc, { input: { payoutMethodId: methodId, amount: share.toFixed(2), idempotencyKey } }, indie.token);
    const keys = Array.from({ length: 50 }, () => key());
    const { results, viewerAnswers } = await withBystander(keys.map(request));
    const outcomes = results.map((r) => outcome(r as never, 'requestPayout'));
    expect(outcomes.filter((o) => !ALLOWED.has(o) && o !== 'INSUFFICIENT_FUNDS')).toEqual([]);
    // A request is refused for the balance only once the 49 it pays for are taken.
    if (outcomes.includes('INSUFFICIENT_FUNDS')) expect(outcomes.filter((o) => o === 'DONE')).toHaveLength(49);
    // Those refused for a busy pool, asked again with their keys one by one: 49 paid in all, one refused.
    for (const [i, idempotencyKey] of keys.entries()) {
      if (outcomes[i] !== 'SERVICE_UNAVAILABLE') continue;
      results[i] = await request(idempotencyKey);
      outcomes[i] = outcome(results[i] as never, 'requestPayout');
    }
    expect(outcomes.filter((o) => o === 'DONE')).toHaveLength(49);
    expect(outcomes.filter((o) => o === 'INSUFFICIENT_FUNDS')).toHaveLength(1);
    const reported = results.filter((_, i) => outcomes[i] === 'DONE').map((r) => r.data!.requestPayout.payout!.id);
    const recorded = await server.sql<{ id: string }>(`select id from payout where user_id = $1`, [indie.id]);
    expect(recorded.map((p) => p.id).sort()).toEqual(reported.sort());
    const after = (await server.api.ok(ViewerAccountDoc, {}, indie.token)).viewer!.account!;
    expect(Math.round(Number(after.available.amount) * 100)).toBe(Math.round(Number(before) * 100) - Math.round(share * 100) * reported.length);
    expect(Number(after.available.amount)).toBeGreaterThanOrEqual(0);
    expect(viewerAnswers).toBeGreaterThan(0);
    await expectLedgerSound(server.api, staff.token);
  });
});

describe('an exhausted pool', () => {
  it('session checks queued behind one that found no connection are refused with it, not each after a wait of their own', async () => {
    const orm = await openOrm({ url: server.databaseUrl, poolSize: 1, acquireTimeoutMs: 500 });
    const pool = orm.em.getConnection().getKnex().client as { acquireConnection(): Promise<unknown>; releaseConnection(connection: unknown): Promise<void> };
    const held = await pool.acquireConnection();
    try {
      const checks = new SessionChecks(orm.em.fork());
      const started = Date.now();
      // The first is sent alone and waits for a connection; 300 queue behind it.
      const outcomes = await Promise.all(
        Array.from({ length: 301 }, (_, i) => checks.user(`usr_${i}`, `ses_${i}`).then(() => 'answered', (error) => (isPoolExhausted(error) ? 'busy' : String(error)))),
      );
      expect(new Set(outcomes)).toEqual(new Set(['busy']));
      // One wait in all (sent in turn, the four batches of up to 100 would take four).
      expect(Date.now() - started).toBeLessThan(3 * 500);
    } finally {
      await pool.releaseConnection(held);
      await orm.close(true);
    }
  });

  it('a mutation that cannot get a connection in time is refused with SERVICE_UNAVAILABLE (503, Retry-After) before anything changed', async () => {
    // Two connections: one transaction at a time. A funding blocked on a row lock holds it.
    const small = await startTestServer({ DB_POOL_SIZE: '2', DB_ACQUIRE_TIMEOUT_MS: '300' });
    const blocker = new Client({ connectionString: small.databaseUrl });
    await blocker.connect();
    try {
      const w = await hiringWorld(small.api, 0);
      const dev = await freelancer(small.api, 0);
      const offer = await sendOffer(small.api, w.hiringManager, w.client.id, { freelancerId: dev.id, ...FIXED_OFFER });
      const { contract } = await acceptOffer(small.api, dev, offer.id);
      const [, build] = contract!.milestones.nodes;
      await blocker.query('begin');
      await blocker.query('select 1 from milestone where id = $1 for update', [build.id]);
      const first = small.api.run(FundMilestoneDoc, { input: { milestoneId: build.id, idempotencyKey: key() } }, w.hiringManager.token);
      // The first funding holds its transaction (and a connection) while it waits for the row.
      // (Asked from another session: inside a transaction pg_stat_activity is a snapshot.)
      await waitUntil(async () => (await small.sql(`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).length === 1);
      const refusedKey = key();
      const refused = await postGraphQL(small.url, print(FundMilestoneDoc), { input: { milestoneId: build.id, idempotencyKey: refusedKey } }, { token: w.hiringManager.token });
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toBe('1');
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors!.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      // Over WebSocket the same refusal is that operation's error.
      const socket = await Subscriber.connect(small.wsUrl, w.hiringManager.token);
      const overSocket = socket.subscribe(FundMilestoneDoc, { input: { milestoneId: build.id, idempotencyKey: key() } });
      const [delivered] = await overSocket.waitFor(1);
      socket.close();
      expect(delivered.errors!.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      await blocker.query('commit');
      const won = await first;
      expect(won.data!.fundMilestone.milestone!.status).toBe('FUNDED');
      // Nothing of the refused call is stored: not even its idempotency key.
      expect(await small.sql('select 1 from idempotency_key where key = $1', [refusedKey])).toHaveLength(0);
      expect(await small.sql(`select 1 from ledger_transaction where milestone_id = $1`, [build.id])).toHaveLength(1);
    } finally {
      await blocker.end();
      await small.close();
    }
  });
});

describe('a change that committed', () => {
  it('says it was saved when its answer then meets a busy pool (SERVICE_UNAVAILABLE with changed: true, not 503)', async () => {
    // Two connections, each wait for one limited to 2 s.
    const small = await startTestServer({ DB_POOL_SIZE: '2', DB_ACQUIRE_TIMEOUT_MS: '2000' });
    const rowLock = new Client({ connectionString: small.databaseUrl });
    const tableLock = new Client({ connectionString: small.databaseUrl });
    await Promise.all([rowLock.connect(), tableLock.connect()]);
    try {
      const w = await hiringWorld(small.api, 0);
      const dev = await freelancer(small.api, 0);
      const offer = await sendOffer(small.api, w.hiringManager, w.client.id, { freelancerId: dev.id, ...FIXED_OFFER });
      const { contract } = await acceptOffer(small.api, dev, offer.id);
      const [, build] = contract!.milestones.nodes;
      const lockWaits = async () => (await small.sql(`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).length;
      // The funding takes connection A and waits for the milestone's row.
      await rowLock.query('begin');
      await rowLock.query('select 1 from milestone where id = $1 for update', [build.id]);
      const fundingKey = key();
      const funding = postGraphQL(small.url, print(FundMilestoneDoc), { input: { milestoneId: build.id, idempotencyKey: fundingKey } }, { token: w.hiringManager.token });
      await waitUntil(async () => (await lockWaits()) === 1);
      // An anonymous read of the business clock takes connection B and waits for its table; a
      // second one queues for a connection (the funding read the clock before it began).
      await tableLock.query('begin');
      await tableLock.query('lock table test_clock in access exclusive mode');
      const reads = [postGraphQL(small.url, '{ now }')];
      await waitUntil(async () => (await lockWaits()) === 2);
      reads.push(postGraphQL(small.url, '{ now }'));
      await sleep(200);
      // The funding commits; connection A goes to the queued read, so its answer finds none.
      await rowLock.query('commit');
      const answer = await funding;
      await tableLock.query('commit');
      await Promise.all(reads);
      expect(await small.sql(`select 1 from ledger_transaction where milestone_id = $1`, [build.id])).toHaveLength(1);
      expect(answer.status).toBe(200);
      expect(answer.retryAfter).toBeNull();
      expect(answer.body.errors!.length).toBeGreaterThan(0);
      for (const error of answer.body.errors!) {
        expect(error).toMatchObject({ message: SAVED_BUT_BUSY, extensions: { code: 'SERVICE_UNAVAILABLE', changed: true } });
      }
      // Asking again with the same key moves no money and answers in full.
      const again = await small.api.ok(FundMilestoneDoc, { input: { milestoneId: build.id, idempotencyKey: fundingKey } }, w.hiringManager.token);
      expect(again.fundMilestone.milestone!.status).toBe('FUNDED');
      expect(await small.sql(`select 1 from ledger_transaction where milestone_id = $1`, [build.id])).toHaveLength(1);
    } finally {
      await Promise.all([rowLock.end(), tableLock.end()]);
      await small.close();
    }
  });
});

describe('the one-connection guard', () => {
  it('inside a transaction the context reads through it; a read through the request\'s own EntityManager fails loudly', async () => {
    const ctx = createContext(server.orm.em, { config: server.config, clock: databaseTestClock }, null);
    const own = ctx.em;
    await inTransaction(ctx, async (em) => {
      expect(ctx.em).toBe(em);
      // A row written in the transaction is seen by a read through the context.
      await selectRows(em, 'create temporary table guard_probe (n int) on commit drop');
      await selectRows(em, 'insert into guard_probe values (7)');
      expect(await selectRows(ctx.em, 'select n from guard_probe')).toEqual([{ n: 7 }]);
      await expect(selectRows(own, 'select 1')).rejects.toThrow(SECOND_CONNECTION);
    });
    // Afterwards the request's own EntityManager is back and usable.
    expect(ctx.em).toBe(own);
    expect(await selectRows(own, 'select 1 as one')).toEqual([{ one: 1 }]);
  });
});


describe('deadlocks', () => {
  it('a transaction PostgreSQL rolls back for a deadlock runs again, so both colliding requests succeed', async () => {
    // A pool of its own with room for two transactions at once (this file's pool of 3 admits one).
    const roomy = await startTestServer({ DB_POOL_SIZE: '4' });
    try {
      await roomy.sql('create table deadlock_probe (id int primary key, n int not null)');
      await roomy.sql('insert into deadlock_probe values (1, 0), (2, 0)');
      let attempts = 0;
      let locked = 0;
      const bothLocked = async () => {
        while (locked < 2) await sleep(5);
      };
      // Each locks one row, waits until the other holds its own, then asks for the other's: a cycle.
      const crossing = (first: number, second: number) =>
        transaction(roomy.orm.em, async (tx) => {
          attempts++;
          await executeSql(tx, 'update deadlock_probe set n = n + 1 where id = ?', [first]);
          locked++;
          await bothLocked();
          await executeSql(tx, 'update deadlock_probe set n = n + 1 where id = ?', [second]);
        });
      await Promise.all([crossing(1, 2), crossing(2, 1)]);
      // One of the two was chosen as the victim, rolled back and run again.
      expect(attempts).toBe(3);
      expect(await roomy.sql('select id, n from deadlock_probe order by id')).toEqual([{ id: 1, n: 2 }, { id: 2, n: 2 }]);
    } finally {
      await roomy.close();
    }
  });
});

describe('the scheduler', () => {
  it('runs its due work on the smallest pool: the tick holds its lock outside the pool, so no transaction waits for a second connection', async () => {
    const tiny = await startTestServer({ DB_POOL_SIZE: '2', DB_ACQUIRE_TIMEOUT_MS: '1000', SCHEDULER_INTERVAL_MS: '100' });
    const outcomes: { ran: boolean; error?: unknown }[] = [];
    const scheduler = startScheduler(tiny.orm, databaseTestClock, tiny.config, (outcome) => outcomes.push(outcome));
    try {
      await waitUntil(async () => outcomes.some((outcome) => outcome.ran));
    } finally {
      await scheduler.stop();
      await tiny.close();
    }
    expect(outcomes.filter((outcome) => outcome.error)).toEqual([]);
  });
});
