import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { graphql } from './gql';
import { signUpStaff, type TestUser } from './support/factories';
import { agencyContract, FIXED_OFFER, hiringWorld, type HiringWorld } from './support/hiring';
import { addPaypal, expectLedgerSound, key, RequestPayoutDoc, seedAvailable } from './support/money';
import { freePort } from './support/ports';
import { Api as HttpApi } from './support/api';
import { JWT_SECRET, STAFF_EMAIL, startTestServer, type TestServer } from './support/server';
import { FundMilestoneDoc } from './support/work-money';
import { Subscriber } from './support/ws';
import { sleep } from './support/wait';

/**
 * Outages under load, against a PostgreSQL of this file's own (so stopping it disturbs no other
 * test file): a restart while fundings and payouts run, every backend terminated again and again,
 * and a worker of a clustered server killed with kill -9. After each: the ledger check is clean,
 * every mutation that reported success is in the database (and a retry with the same key of any
 * other one succeeds without moving money twice), a subscriber that resumes with `after` received
 * every event, `/readyz` went 503 and back to 200 (the database outages), no rejection went
 * unhandled, and the server serves again.
 */

const ChaosPaymentEventsDoc = graphql(`
  subscription ChaosPaymentEvents($teamId: ID, $after: String) {
    paymentEvents(teamId: $teamId, after: $after) { id type }
  }
`);

let pgDir: string;
let pgPort: number;
let pg: { url: string; stop(): Promise<void> };
let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
let payoutMethodId: string;
/** The server the load goes to: the in-process one, or the clustered one of the last test. */
let target: { api: HttpApi; url: string; wsUrl: string };

/** This file's PostgreSQL, in a process of its own (test/support/postgres-process.ts). */
async function startPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'test/support/postgres-process.ts', pgDir, String(pgPort), 'market_chaos'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const ready = /ready (\S+)/.exec(output);
      if (ready) resolve(ready[1]);
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`the test's PostgreSQL exited (${code}): ${output}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A request handed to a worker in the instant it is killed may never be answered: give up on it. */
function withinSeconds<T>(seconds: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${seconds} s`)), seconds * 1000);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Rejections nobody handled in this process (the server runs in it): there must be none. */
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  pgDir = join(mkdtempSync(join(tmpdir(), 'market-chaos-')), 'pg');
  pgPort = await freePort();
  pg = await startPostgres();
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'scripts/migrate.ts', pg.url], { stdio: 'ignore' });
  // Quiet: every /readyz 503 and broken request of the outages would be logged as an error.
  server = await startTestServer({}, { databaseUrl: pg.url, logger: pino({ level: 'silent' }) });
  world = await hiringWorld(server.api);
  staff = await signUpStaff(server.api);
  payoutMethodId = await addPaypal(server.api, world.agencyOwner.token, world.agency.id);
  target = server;
}, 120_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server?.close();
  await pg?.stop();
  rmSync(dirname(pgDir), { recursive: true, force: true });
});

/** Every /readyz status seen while it runs (0: no answer), polled back to back. */
function watchReadiness() {
  const statuses: number[] = [];
  let running = true;
  const stopped = new AbortController();
  const base = target.url.replace(/\/graphql$/, '');
  const done = (async () => {
    while (running) {
      const status = await fetch(`${base}/readyz`, { signal: AbortSignal.any([AbortSignal.timeout(5000), stopped.signal]) }).then((r) => r.status, () => 0);
      if (!stopped.signal.aborted) statuses.push(status);
      await sleep(20);
    }
  })();
  return {
    statuses,
    /**
     * Stops watching. A probe still waiting is dropped, not counted: the one connection that a
     * killed worker took with it (README, "Supervision") must not stand for the server as it is now.
     */
    async stop() {
      running = false;
      stopped.abort();
      await done;
    },
  };
}

async function untilReady(): Promise<void> {
  const base = target.url.replace(/\/graphql$/, '');
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0)) === 200) return;
    await sleep(100);
  }
  throw new Error('/readyz never answered 200 again');
}

/**
 * A client of the client team's payment events that does what docs/api.md asks of clients: when
 * the stream ends or a delivery carries errors, it subscribes again with `after` = the last id it
 * received. Keeps every id received, in order.
 */
async function resumingSubscriber(teamId: string, token: string) {
  const ids: string[] = [];
  let resumes = 0;
  let socket = await Subscriber.connect(target.wsUrl, token);
  let current = socket.subscribe(ChaosPaymentEventsDoc, { teamId, after: '0' });
  let taken = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      await current.waitFor(taken + 1, 200);
      let broken = current.state.completed || socket.closeCode !== undefined;
      for (; taken < current.received.length && !broken; taken++) {
        const delivery = current.received[taken];
        if (delivery.errors?.length || !delivery.data) broken = true;
        else ids.push(delivery.data.paymentEvents.id);
      }
      if (!broken || !running) continue;
      resumes++;
      current.stop();
      if (socket.closeCode !== undefined) {
        try {
          socket = await withinSeconds(10, Subscriber.connect(target.wsUrl, token));
        } catch {
          await sleep(200);
          continue;
        }
      }
      current = socket.subscribe(ChaosPaymentEventsDoc, { teamId, after: ids.at(-1) ?? '0' });
      taken = 0;
    }
  })();
  return {
    ids,
    resumes: () => resumes,
    async close() {
      running = false;
      await loop;
      socket.close();
    },
  };
}

/** Every event id of the team's payment stream, read afresh from the start. */
async function replayedIds(teamId: string, token: string, atLeast: number): Promise<string[]> {
  const socket = await Subscriber.connect(target.wsUrl, token);
  try {
    const stream = socket.subscribe(ChaosPaymentEventsDoc, { teamId, after: '0' });
    const received = await stream.waitFor(atLeast, 30_000);
    // Nothing more than what is in the log: give it a moment for anything beyond `atLeast`.
    await stream.waitFor(received.length + 1, 500);
    return received.map((delivery) => delivery.data!.paymentEvents.id);
  } finally {
    socket.close();
  }
}

type Outcome = 'succeeded' | 'failed';

async function fundOnce(milestoneId: string, idempotencyKey: string): Promise<Outcome> {
  try {
    const result = await withinSeconds(30, target.api.run(FundMilestoneDoc, { input: { milestoneId, idempotencyKey } }, world.clientOwner.token));
    const payload = result.data?.fundMilestone;
    return !result.errors?.length && payload && !payload.userErrors.length && payload.milestone?.status === 'FUNDED' ? 'succeeded' : 'failed';
  } catch {
    return 'failed';
  }
}

async function payoutOnce(idempotencyKey: string): Promise<{ outcome: Outcome; id?: string }> {
  try {
    const result = await withinSeconds(30, target.api.run(
      RequestPayoutDoc,
      { input: { teamId: world.agency.id, payoutMethodId, amount: '10.00', idempotencyKey } },
      world.agencyOwner.token,
    ));
    const payload = result.data?.requestPayout;
    if (!result.errors?.length && payload && !payload.userErrors.length && payload.payout) return { outcome: 'succeeded', id: payload.payout.id };
    return { outcome: 'failed' };
  } catch {
    return { outcome: 'failed' };
  }
}

/**
 * Fundings of `fundings` milestones and as many payout requests, started a little apart so that
 * some run before, some during and some after `disrupt`; then checks everything the file promises.
 */
async function underLoad(disrupt: () => Promise<void>, { readinessDips = true } = {}): Promise<void> {
  const fundings = 10;
  const milestones = Array.from({ length: fundings + 1 }, (_, i) => ({ description: `Part ${i + 1}`, amount: '10.00' }));
  const { contract } = await agencyContract(target.api, world, { ...FIXED_OFFER, milestones });
  const pending = contract.milestones.nodes.filter((milestone) => milestone.status === 'PENDING_FUNDING').map((milestone) => ({ id: milestone.id, key: key() }));
  expect(pending).toHaveLength(fundings);
  await seedAvailable(server, { payee: { teamId: world.agency.id }, clientTeamId: world.client.id, gross: '200.00', feeBps: 0 });
  const payouts = Array.from({ length: fundings }, () => key());

  const subscriber = await resumingSubscriber(world.client.id, world.clientOwner.token);
  const readiness = watchReadiness();
  const work = Promise.all([
    Promise.all(pending.map((milestone, i) => sleep(i * 300).then(() => fundOnce(milestone.id, milestone.key)))),
    Promise.all(payouts.map((payoutKey, i) => sleep(i * 300 + 150).then(() => payoutOnce(payoutKey)))),
  ]);
  await sleep(150);
  await disrupt();
  const [funded, requested] = await work;
  await untilReady();
  await readiness.stop();

  // /readyz said 503 while the database was away, then 200 again.
  if (readinessDips) {
    const firstDown = readiness.statuses.indexOf(503);
    expect(firstDown).toBeGreaterThanOrEqual(0);
    expect(readiness.statuses.slice(firstDown)).toContain(200);
  }

  // Every mutation that reported success is in the database.
  const succeededMilestones = pending.filter((_, i) => funded[i] === 'succeeded').map((milestone) => milestone.id);
  const stored = await server.sql<{ id: string; status: string }>('select id, status from milestone where id = any($1)', [succeededMilestones]);
  expect(stored.map((row) => row.status)).toEqual(succeededMilestones.map(() => 'FUNDED'));
  const succeededPayouts = requested.filter((r) => r.outcome === 'succeeded').map((r) => r.id!);
  expect(await server.sql('select id from payout where id = any($1)', [succeededPayouts])).toHaveLength(succeededPayouts.length);

  // The rest, retried with the same keys, succeed now; money moved once per key.
  for (const [i, milestone] of pending.entries()) if (funded[i] === 'failed') expect(await fundOnce(milestone.id, milestone.key)).toBe('succeeded');
  for (const [i, payoutKey] of payouts.entries()) if (requested[i].outcome === 'failed') expect((await payoutOnce(payoutKey)).outcome).toBe('succeeded');
  const charges = await server.sql<{ milestone_id: string; n: string }>(
    `select milestone_id, count(*)::text as n from ledger_transaction where milestone_id = any($1) group by milestone_id`,
    [pending.map((milestone) => milestone.id)],
  );
  expect(charges.map((row) => row.n).sort()).toEqual(pending.map(() => '1'));
  await expectLedgerSound(target.api, staff.token);

  // The subscriber, resuming with `after` whenever its stream broke, has every event of the log, once, in order.
  const all = await replayedIds(world.client.id, world.clientOwner.token, subscriber.ids.length);
  for (let i = 0; i < 300 && subscriber.ids.length < all.length; i++) await sleep(100);
  await subscriber.close();
  expect(subscriber.ids).toEqual(all);

  // And the server serves as before, with no rejection left unhandled on the way.
  expect(readiness.statuses.at(-1)).toBe(200);
  expect(await fetch(`${target.url.replace(/\/graphql$/, '')}/readyz`).then((r) => r.status)).toBe(200);
  expect(unhandled.map(String)).toEqual([]);
}

describe('database outages under load', () => {
  it('PostgreSQL restarted while fundings and payouts run', async () => {
    await underLoad(async () => {
      await pg.stop();
      await sleep(500);
      pg = await startPostgres();
    });
  }, 180_000);

  it('every backend terminated, again and again for a second and a half, while fundings and payouts run', async () => {
    await underLoad(async () => {
      const admin = new Client({ connectionString: pg.url });
      await admin.connect();
      try {
        for (const started = Date.now(); Date.now() - started < 1500; ) {
          await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
          await sleep(50);
        }
      } finally {
        await admin.end();
      }
    });
  }, 180_000);

  it('a worker killed with kill -9 while fundings and payouts run on a clustered server (WEB_CONCURRENCY=2): the primary replaces it', async () => {
    const port = await freePort();
    const mailDir = mkdtempSync(join(tmpdir(), 'market-chaos-mail-'));
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_FORMAT: 'pretty',
        DATABASE_URL: pg.url,
        PORT: String(port),
        WEB_CONCURRENCY: '2',
        MAIL_DIR: mailDir,
        JWT_SECRET,
        STAFF_EMAILS: STAFF_EMAIL,
        TEST_CLOCK: '1',
        SCHEDULER_INTERVAL_MS: '0',
        STATEMENT_TIMEOUT_MS: '0',
        RATE_LIMIT_ADDRESS_POINTS: '1000000000',
        LOGIN_FAILURES_PER_ADDRESS: '100000',
        SIGNUPS_PER_ADDRESS: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const workers = () => [...output.matchAll(/worker (\d+) started \(pid (\d+)\)/g)].map((match) => Number(match[2]));
    try {
      for (let i = 0; i < 1200 && (output.match(/worker \d+ API ready/g) ?? []).length < 2; i++) await sleep(100);
      expect((output.match(/worker \d+ API ready/g) ?? []).length).toBe(2);
      const url = `http://127.0.0.1:${port}/graphql`;
      // Same database, same secret and clock: the users made through the in-process server are valid here.
      target = { api: new HttpApi(url, mailDir), url, wsUrl: `ws://127.0.0.1:${port}/graphql` };
      const [victim] = workers();
      await underLoad(
        async () => {
          process.kill(victim, 'SIGKILL');
          for (let i = 0; i < 300 && workers().length < 3; i++) await sleep(100);
        },
        { readinessDips: false },
      );
      expect(output).toMatch(new RegExp(`worker \\d+ \\(pid ${victim}\\) died \\(SIGKILL\\); starting another`));
      expect(workers()).toHaveLength(3);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      target = server;
      child.kill('SIGKILL');
      rmSync(mailDir, { recursive: true, force: true });
    }
  }, 240_000);
});
