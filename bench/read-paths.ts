/**
 * `npm run bench`: the read path under load, against its hand-written limit. Three shapes users
 * run (bench/read-shapes.ts: the nested list of 100 agencies x 10 members with their users, an
 * agency's dashboard of 50 offers with jobs, contracts and milestones, and staff's page of 100
 * contracts with their teams, freelancer and invoices), each measured in the same run on the
 * same database against a bare node:http server that answers with ONE SQL statement building
 * the JSON in PostgreSQL (bench/baseline-server.ts). Both run as their own processes (the
 * production build for this server) with 1 and then 2 workers; rounds alternate between them.
 *
 * Prints per shape: req/s, p50/p99 latency, the ratio of req/s to the baseline's, SQL
 * statements per request (counted in process by the ORM), server CPU ms per request (the
 * server's processes, from /proc) and the server's resident memory after the run.
 *
 * BENCH_SECONDS (5) per measurement, BENCH_ROUNDS (3), BENCH_CONCURRENCY (10 connections),
 * BENCH_WORKERS ("1,2"), BENCH_SHAPES (all; e.g. "0,2"), BENCH_API_ENV (settings of this server, as
 * JSON). The load generator shares the machine.
 */
import { spawn } from 'node:child_process';
import { loadConfig } from '../src/config';
import { migrate, openOrm } from '../src/db/orm';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server/app';
import { systemClock } from '../src/shared/clock';
import { withScratchDatabase } from '../scripts/scratch-db';
import { firstDifference, prepareViewers, seed, SHAPES, type ReadShape } from './read-shapes';
import { httpLoad, post, processTreeUsage, startServer } from './support';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const SHAPE_INDEXES = process.env.BENCH_SHAPES ? process.env.BENCH_SHAPES.split(',').map(Number) : SHAPES.map((_, i) => i);
/** Settings for this server on top of the bench's (e.g. '{"RATE_LIMIT_USER_POINTS":"0"}' to see what a feature costs). */
const API_ENV = JSON.parse(process.env.BENCH_API_ENV ?? '{}') as Record<string, string>;
const POOL_SIZE = 20;
const API_PORT = 4900;
const BASELINE_PORT = 4901;

type Tokens = Record<ReadShape['viewer'], string>;

interface Target {
  label: 'api' | 'baseline';
  pid: number;
  port: number;
  path: (shape: number) => string;
  body: (shape: number) => string;
  headers: (shape: number) => Record<string, string>;
}

interface Sample {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
  rssMiB: number;
}

async function startBaseline(url: string, workers: number) {
  const options = { url, port: BASELINE_PORT, workers, poolSize: POOL_SIZE, shapes: SHAPES.map(({ sql, params }) => ({ sql, params })) };
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'bench/baseline-server.ts', JSON.stringify(options)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${BASELINE_PORT}/readyz`)).ok) break;
    } catch {
      // not yet
    }
    if (Date.now() - started > 30_000) throw new Error('baseline did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Every worker listening (cluster): ask a few times more.
  for (let i = 0; i < 10; i++) await fetch(`http://127.0.0.1:${BASELINE_PORT}/readyz`);
  return {
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}

/** SQL statements one request of each shape sends: this server's app in this process, counted by the ORM. */
async function countStatements(url: string, tokens: Tokens): Promise<number[]> {
  let count = 0;
  const env = { NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: 'bench-secret-bench-secret-bench-secret', STAFF_EMAILS: 'staff@bench.test', SCHEDULER_INTERVAL_MS: '0', LOG_LEVEL: 'warn', RATE_LIMIT_USER_POINTS: '1000000000', RATE_LIMIT_ADDRESS_POINTS: '1000000000' };
  const config = loadConfig(env);
  const orm = await openOrm({ url, poolSize: 5, onQuery: () => void count++ });
  const app = await createApp({ config, orm, clock: systemClock, logger: createLogger(config) });
  const port = await app.listen(0, '127.0.0.1');
  try {
    const counts: number[] = [];
    for (const shape of SHAPES) {
      await post(port, shape.query, tokens[shape.viewer], shape.variables); // warm (first-use caches)
      count = 0;
      const body = await post(port, shape.query, tokens[shape.viewer], shape.variables);
      try {
        shape.check(body);
      } catch {
        throw new Error(`${shape.name}: ${JSON.stringify(body).slice(0, 500)}`);
      }
      counts.push(count);
    }
    return counts;
  } finally {
    await app.close();
    await orm.close();
  }
}

async function measure(target: Target, shape: number): Promise<Sample> {
  const before = processTreeUsage(target.pid).cpuMs;
  const result = await httpLoad({
    port: target.port,
    path: target.path(shape),
    body: target.body(shape),
    headers: target.headers(shape),
    concurrency: CONCURRENCY,
    seconds: SECONDS,
    check: (text) => SHAPES[shape].check(JSON.parse(text)),
  });
  const after = processTreeUsage(target.pid);
  return { ...result, cpuMsPerRequest: (after.cpuMs - before) / Math.max(1, result.requests), rssMiB: after.rssMiB };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function summary(samples: Sample[]) {
  return {
    perSecond: median(samples.map((s) => s.perSecond)),
    p50: median(samples.map((s) => s.p50)),
    p99: median(samples.map((s) => s.p99)),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    cpuMsPerRequest: median(samples.map((s) => s.cpuMsPerRequest)),
    rssMiB: Math.max(...samples.map((s) => s.rssMiB)),
  };
}

async function main(): Promise<void> {
  await withScratchDatabase((url) =>
    run(url).catch((error) => {
      // Reported before the scratch database is dropped (which ends any connection still open).
      console.error(error);
      process.exit(1);
    }),
  );
}

async function run(url: string): Promise<void> {
  {
    const orm = await openOrm({ url, poolSize: 1 });
    await migrate(orm, url);
    await orm.close();
    await seed(url);
    let tokens: Tokens | undefined;
    let statements: number[] = [];
    console.log(`read paths: ${SECONDS} s per measurement, ${ROUNDS} alternating rounds, ${CONCURRENCY} connections; medians of the rounds; ${new Date().toISOString()}`);
    for (const workers of WORKERS) {
      const api = await startServer(url, API_PORT, { WEB_CONCURRENCY: String(workers), DB_POOL_SIZE: String(Math.ceil(POOL_SIZE / workers)), ...API_ENV });
      const baseline = await startBaseline(url, workers);
      try {
        if (!tokens) {
          const staff = await post(API_PORT, `mutation { signUp(input: { email: "staff@bench.test", password: "bench password", name: "Staff" }) { token } }`);
          const owner = await post(API_PORT, `mutation { signUp(input: { email: "owner@bench.test", password: "bench password", name: "Owner" }) { token user { id } } }`);
          await prepareViewers(url, owner.data.signUp.user.id);
          tokens = { staff: staff.data.signUp.token, owner: owner.data.signUp.token };
          statements = await countStatements(url, tokens);
        }
        const targets: Target[] = [
          {
            label: 'api',
            pid: api.child.pid!,
            port: API_PORT,
            path: () => '/graphql',
            body: (i) => JSON.stringify({ query: SHAPES[i].query, variables: SHAPES[i].variables }),
            headers: (i) => ({ authorization: `Bearer ${tokens![SHAPES[i].viewer]}` }),
          },
          { label: 'baseline', pid: baseline.pid, port: BASELINE_PORT, path: (i) => `/${i}`, body: () => '{}', headers: () => ({}) },
        ];
        // Same answer from both (parsed: numbers and key order aside), and warm both.
        for (const i of SHAPE_INDEXES) {
          const [fromApi, fromBaseline]: any[] = await Promise.all(
            targets.map(async (target) => (await fetch(`http://127.0.0.1:${target.port}${target.path(i)}`, { method: 'POST', body: target.body(i), headers: { 'content-type': 'application/json', ...target.headers(i) } })).json()),
          );
          const difference = firstDifference(fromApi.data, fromBaseline.data, '$.data');
          if (difference) console.log(`  warning: ${SHAPES[i].name}: the baseline's answer differs at ${difference}`);
          for (const target of targets) await httpLoad({ port: target.port, path: target.path(i), body: target.body(i), headers: target.headers(i), concurrency: CONCURRENCY, seconds: 1 });
        }
        const samples = new Map<string, Sample[]>();
        for (let round = 0; round < ROUNDS; round++) {
          for (const i of SHAPE_INDEXES) {
            const order = round % 2 === 0 ? targets : [...targets].reverse();
            for (const target of order) {
              const key = `${i}:${target.label}`;
              samples.set(key, [...(samples.get(key) ?? []), await measure(target, i)]);
            }
          }
        }
        console.log(`\n${workers} worker(s):`);
        console.log('  shape              server     req/s    p50 ms   p99 ms  ratio  SQL/req  CPU ms/req  RSS MiB  errors');
        for (const i of SHAPE_INDEXES) {
          const fromApi = summary(samples.get(`${i}:api`)!);
          const fromBaseline = summary(samples.get(`${i}:baseline`)!);
          const ratios = samples.get(`${i}:api`)!.map((s, round) => s.perSecond / samples.get(`${i}:baseline`)![round].perSecond);
          const line = (label: string, s: ReturnType<typeof summary>, ratio: string, sql: number) =>
            `  ${SHAPES[i].name.padEnd(18)} ${label.padEnd(8)} ${s.perSecond.toFixed(1).padStart(7)} ${s.p50.toFixed(1).padStart(9)} ${s.p99.toFixed(1).padStart(8)} ${ratio.padStart(6)} ${String(sql).padStart(8)} ${s.cpuMsPerRequest.toFixed(2).padStart(11)} ${s.rssMiB.toFixed(0).padStart(8)} ${String(s.errors).padStart(7)}`;
          console.log(line('api', fromApi, median(ratios).toFixed(2), statements[i]));
          console.log(line('baseline', fromBaseline, '1.00', 1));
        }
      } finally {
        await api.stop();
        await baseline.stop();
      }
    }
    console.log('\nratio: req/s of this server over the baseline\'s, median of the per-round ratios. CPU: the server\'s own processes (PostgreSQL not included). 2-core shared machine: compare ratios of one run, not absolute numbers across runs.');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
