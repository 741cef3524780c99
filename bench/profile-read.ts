/**
 * `node -r @swc-node/register bench/profile-read.ts <shape index>`: one read shape under load
 * against the production build started with --cpu-prof (profile written to .profiles/), then a
 * summary of where the server's CPU time went (self time by function and by package).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withScratchDatabase } from '../scripts/scratch-db';
import { migrate, openOrm } from '../src/db/orm';
import { prepareViewers, seed, SHAPES } from './read-shapes';
import { httpLoad, post } from './support';

const SHAPE = Number(process.argv[2] ?? 0);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 4910;
const DIR = resolve('.profiles');

async function run(url: string): Promise<void> {
  const orm = await openOrm({ url, poolSize: 1 });
  await migrate(orm, url);
  await orm.close();
  await seed(url);
  mkdirSync(DIR, { recursive: true });
  const before = new Set(readdirSync(DIR));
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${DIR}`, 'dist/src/main.js'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, PORT: String(PORT), JWT_SECRET: 'bench-secret-bench-secret-bench-secret', STAFF_EMAILS: 'staff@bench.test', SCHEDULER_INTERVAL_MS: '0', DB_POOL_SIZE: '20', RATE_LIMIT_USER_POINTS: '1000000000', RATE_LIMIT_ADDRESS_POINTS: '1000000000', SIGNUPS_PER_ADDRESS: '1000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const staff = await post(PORT, `mutation { signUp(input: { email: "staff@bench.test", password: "bench password", name: "Staff" }) { token } }`);
  const owner = await post(PORT, `mutation { signUp(input: { email: "owner@bench.test", password: "bench password", name: "Owner" }) { token user { id } } }`);
  await prepareViewers(url, owner.data.signUp.user.id);
  const shape = SHAPES[SHAPE];
  const token = shape.viewer === 'staff' ? staff.data.signUp.token : owner.data.signUp.token;
  const result = await httpLoad({ port: PORT, path: '/graphql', body: JSON.stringify({ query: shape.query, variables: shape.variables }), headers: { authorization: `Bearer ${token}` }, concurrency: 10, seconds: SECONDS });
  console.log(`${shape.name}: ${result.perSecond.toFixed(1)} req/s, ${result.errors} errors`);
  await new Promise<void>((done) => (child.once('exit', () => done()), child.kill('SIGTERM')));
  // One profile per process (the supervising primary and its worker): the busiest is the worker's.
  const profiles = readdirSync(DIR)
    .filter((name) => !before.has(name) && name.endsWith('.cpuprofile'))
    .map((name) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Profile);
  summarize(profiles.sort((a, b) => busy(b) - busy(a))[0], result.requests);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds of samples that were not idle. */
function busy(profile: Profile): number {
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  return profile.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)), 0);
}

function summarize(profile: Profile, requests: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const us = profile.timeDeltas[i] ?? 0;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + us);
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1] ?? (frame.url.includes('/dist/') ? 'app (dist)' : frame.url ? 'node internals' : frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => `  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000 / requests).toFixed(2).padStart(6)} ms/req  ${name}`).join('\n');
  console.log(`by package:\n${top(byPackage, 20)}\n\nby function (self):\n${top(self, 30)}`);
}

withScratchDatabase((url) =>
  run(url).catch((error) => {
    console.error(error);
    process.exit(1);
  }),
);
