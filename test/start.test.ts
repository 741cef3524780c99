import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../scripts/scratch-db';
import { linkIn, waitForMail } from './support/mail';
import { freePort } from './support/ports';
import { JWT_SECRET, STAFF_EMAIL } from './support/server';

/** The real server, as `npm start` runs it, in a process of its own. */
interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** MAIL_DIR of the process: its messages are read from there. */
  mailDir: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function startProcess(env: NodeJS.ProcessEnv, command?: { file: string; args: string[] }): Promise<ServerProcess> {
  const port = await freePort();
  const mailDir = mkdtempSync(join(tmpdir(), 'market-start-mail-'));
  let output = '';
  const child = spawn(command?.file ?? process.execPath, command?.args ?? ['-r', '@swc-node/register', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      MAIL_DIR: mailDir,
      JWT_SECRET,
      STAFF_EMAILS: STAFF_EMAIL,
      SCHEDULER_INTERVAL_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, mailDir, output: () => output, exited };
}

async function waitUntilReady(server: ServerProcess, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    try {
      // A connection made in the instant a worker dies may never be answered: give up on it.
      const response = await fetch(`http://127.0.0.1:${server.port}/readyz`, { signal: AbortSignal.timeout(3000) });
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not ready within ${withinMs} ms:\n${server.output()}`);
}

async function graphqlAt(port: number, query: string, token?: string): Promise<{ data?: Record<string, any>; errors?: unknown[] }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json() as Promise<{ data?: Record<string, any> }>;
}

async function stop(server: ServerProcess): Promise<number | null> {
  server.child.kill('SIGTERM');
  const code = await server.exited;
  rmSync(server.mailDir, { recursive: true, force: true });
  return code;
}

async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `market_start_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: process.env.TEST_PG_SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: withDatabase(process.env.TEST_PG_SERVER_URL!, name),
    drop: async () => {
      const client = new Client({ connectionString: process.env.TEST_PG_SERVER_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

const signUpMutation = (email: string) =>
  `mutation { signUp(input: { email: "${email}", password: "long enough pw", name: "Starter" }) { token userErrors { code } } }`;

describe('production refuses unsafe settings at start, with a plain message', () => {
  it.each([
    [{ JWT_SECRET: 'a' }, /JWT_SECRET must be at least 32 bytes/],
    [{ TEST_CLOCK: '1' }, /TEST_CLOCK must not be set when NODE_ENV=production/],
    [{ NODE_ENV: 'prod' }, /NODE_ENV must be one of development, production, test/],
    [{ STAFF_EMAILS: 'boss@example.test, not an address' }, /STAFF_EMAILS must list email addresses.*not an address/],
  ])('%j is refused: the process exits 1 before listening', async (unsafe, message) => {
    const server = await startProcess({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', ...unsafe });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(message);
    expect(server.output()).not.toMatch(/API ready/);
    rmSync(server.mailDir, { recursive: true, force: true });
  });
});

describe('starting and stopping the server', () => {
  it('with DATABASE_URL: migrates an empty database at start, answers within 20 s, and exits 0 on SIGTERM', async () => {
    const database = await emptyDatabase();
    const server = await startProcess({ DATABASE_URL: database.url });
    try {
      expect(await waitUntilReady(server, 20_000)).toBeLessThan(20_000);
      const signed = await graphqlAt(server.port, signUpMutation('starter@example.test'));
      const viewer = await graphqlAt(server.port, '{ viewer { name } }', signed.data!.signUp.token);
      expect(viewer).toEqual({ data: { viewer: { name: 'Starter' } }, extensions: { cost: { requested: 1, limit: 50_000 } } });
      expect(await stop(server)).toBe(0);
      expect(server.output()).toMatch(/shutting down[\s\S]*stopped/);
    } finally {
      server.child.kill('SIGKILL');
      await database.drop();
    }
  });

  it('without DATABASE_URL: runs an embedded PostgreSQL whose data survives a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'market-start-'));
    const env = { DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    try {
      const first = await startProcess(env);
      await waitUntilReady(first, 30_000);
      const signed = await graphqlAt(first.port, signUpMutation('kept@example.test'));
      expect(signed.data!.signUp.userErrors).toEqual([]);
      expect(await stop(first)).toBe(0);

      const second = await startProcess(env);
      await waitUntilReady(second, 30_000);
      const again = await graphqlAt(second.port, `mutation { logIn(input: { email: "kept@example.test", password: "long enough pw" }) { user { name } } }`);
      expect(again.data!.logIn.user).toEqual({ name: 'Starter' });
      expect(await stop(second)).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('with WEB_CONCURRENCY=2: two workers share the port, and SIGTERM drains both before exiting 0', async () => {
    const database = await emptyDatabase();
    const server = await startProcess({ DATABASE_URL: database.url, WEB_CONCURRENCY: '2' });
    try {
      // Two processes compile and start side by side: generous limits for a busy machine.
      await waitUntilReady(server, 60_000);
      // /readyz answers as soon as one worker listens; wait for the other too.
      for (const started = Date.now(); (server.output().match(/worker \d+ API ready/g) ?? []).length < 2 && Date.now() - started < 60_000; ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const signed = await graphqlAt(server.port, signUpMutation('clustered@example.test'));
      const viewers = await Promise.all(Array.from({ length: 20 }, () => graphqlAt(server.port, '{ viewer { name } }', signed.data!.signUp.token)));
      expect(viewers.every((v) => v.data!.viewer.name === 'Starter')).toBe(true);
      expect(server.output().match(/worker \d+ API ready/g)).toHaveLength(2);
      // /metrics (from this machine, no METRICS_TOKEN) adds up both workers: every one of the 20 queries is counted.
      const metrics = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
      const queries = [...metrics.matchAll(/^graphql_request_duration_seconds_count\{operation="anonymous",type="query",transport="http"\} (\d+)/gm)];
      expect(queries.map((match) => Number(match[1]))).toEqual([20]);
      expect(await stop(server)).toBe(0);
      expect(server.output().match(/worker \d+ stopped/g)).toHaveLength(2);
    } finally {
      server.child.kill('SIGKILL');
      await database.drop();
    }
  }, 180_000);

  it('several processes on one database behave as one service: the test clock is shared', async () => {
    const database = await emptyDatabase();
    const a = await startProcess({ DATABASE_URL: database.url, TEST_CLOCK: '1' });
    const b = await startProcess({ DATABASE_URL: database.url, TEST_CLOCK: '1' });
    try {
      // Each is a primary and a worker, four processes compiling and starting side by side: generous limits for a busy machine.
      await Promise.all([waitUntilReady(a, 60_000), waitUntilReady(b, 60_000)]);
      const staff = await graphqlAt(a.port, signUpMutation(STAFF_EMAIL));
      // Staff rights come with a verified address: open the link the process mailed, as a person would.
      const link = linkIn(await waitForMail(a.mailDir, STAFF_EMAIL, /Confirm your/), '/verify-email');
      const opened = await fetch(link.url);
      expect(opened.status).toBe(200);
      expect(await opened.text()).toContain('verified');
      const target = '2040-01-02T03:04:05.000Z'; // a fresh database's clock starts at the machine's time; this is ahead of it
      await graphqlAt(a.port, `mutation { setClock(input: { now: "${target}" }) { now } }`, staff.data!.signUp.token);
      const seenByB = await graphqlAt(b.port, '{ now }');
      expect(Math.abs(new Date(seenByB.data!.now).getTime() - new Date(target).getTime())).toBeLessThan(5000);
      // A token issued by one process is honoured by the other.
      const viewer = await graphqlAt(b.port, '{ viewer { name } }', staff.data!.signUp.token);
      expect(viewer.data!.viewer).toEqual({ name: 'Starter' });
    } finally {
      await Promise.all([stop(a), stop(b)]);
      await database.drop();
    }
  });
});

/** The workers the primary reported starting, in order: `worker <id> started (pid <pid>)`. */
function workersOf(server: ServerProcess): { id: number; pid: number }[] {
  return [...server.output().matchAll(/worker (\d+) started \(pid (\d+)\)/g)].map((match) => ({ id: Number(match[1]), pid: Number(match[2]) }));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, withinMs: number, server: ServerProcess, what: string): Promise<void> {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > withinMs) throw new Error(`${what}: not within ${withinMs} ms:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pid in the embedded PostgreSQL's postmaster.pid. */
const postmasterOf = (dataDir: string) => Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

describe('supervision: a primary keeps workers serving', () => {
  it('an unhandled rejection is logged with its stack and the worker keeps serving; a worker killed with SIGKILL, or ended by an uncaught exception (logged with its stack), is replaced and the service answers again', async () => {
    const database = await emptyDatabase();
    const server = await startProcess(
      { DATABASE_URL: database.url },
      { file: process.execPath, args: ['-r', '@swc-node/register', '-r', './test/support/reject-on-signal.ts', 'src/main.ts'] },
    );
    try {
      await waitUntilReady(server, 30_000);
      const [first] = workersOf(server);
      const token = (await graphqlAt(server.port, signUpMutation('survivor@example.test'))).data!.signUp.token;

      process.kill(first.pid, 'SIGUSR2');
      await waitFor(() => server.output().includes('deliberately unhandled'), 20_000, server, 'the rejection logged');
      expect(server.output()).toMatch(/unhandled promise rejection \(the process carries on\)[^\n]*\n\s+Error: deliberately unhandled rejection from the test\n\s+at /);
      expect((await graphqlAt(server.port, '{ viewer { name } }', token)).data!.viewer).toEqual({ name: 'Starter' });
      expect(workersOf(server)).toEqual([first]);
      expect(server.output()).not.toMatch(/died/);

      process.kill(first.pid, 'SIGKILL');
      await waitFor(() => workersOf(server).length === 2, 20_000, server, 'a second worker');
      expect(server.output()).toMatch(new RegExp(`worker ${first.id} \\(pid ${first.pid}\\) died \\(SIGKILL\\); starting another in \\d+ ms`));
      await waitUntilReady(server, 30_000);
      expect((await graphqlAt(server.port, '{ viewer { name } }', token)).data!.viewer).toEqual({ name: 'Starter' });

      // An exception nothing catches: logged with its stack; that worker exits and another takes over.
      const second = workersOf(server)[1];
      await waitFor(() => server.output().includes(`worker ${second.id} API ready`), 30_000, server, 'the second worker listening');
      process.kill(second.pid, 'SIGHUP');
      await waitFor(() => workersOf(server).length === 3, 20_000, server, 'a third worker');
      expect(server.output()).toMatch(/uncaught exception: this worker exits and the primary starts another[^\n]*\n\s+Error: deliberately uncaught exception from the test\n\s+at /);
      expect(server.output()).toMatch(new RegExp(`worker ${second.id} \\(pid ${second.pid}\\) died \\(exit code 1\\); starting another in \\d+ ms`));
      await waitUntilReady(server, 30_000);
      expect((await graphqlAt(server.port, '{ viewer { name } }', token)).data!.viewer).toEqual({ name: 'Starter' });
      expect(await stop(server)).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
      await database.drop();
    }
  }, 150_000);

  it('SIGTERM to `npm start` reaches the server (npm runs it in place of its shell): exit 0, no node process and no PostgreSQL left behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'market-start-'));
    const server = await startProcess({ DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) }, { file: 'npm', args: ['start'] });
    try {
      await waitUntilReady(server, 120_000);
      const npmPid = server.child.pid!;
      const children = readFileSync(`/proc/${npmPid}/task/${npmPid}/children`, 'utf8').trim().split(/\s+/).map(Number);
      expect(children).toHaveLength(1);
      const primary = children[0];
      // No shell in between: the process npm started is node itself.
      expect(readFileSync(`/proc/${primary}/cmdline`, 'utf8')).toMatch(/^[^\0]*node\0.*dist\/src\/main\.js/);
      const workers = workersOf(server).map((worker) => worker.pid);
      const postmaster = postmasterOf(dataDir);
      expect([primary, ...workers, postmaster].every(isAlive)).toBe(true);

      expect(await stop(server)).toBe(0);
      expect(server.output()).toMatch(/SIGTERM: shutting down[\s\S]*worker 1 stopped[\s\S]*INFO {2}stopped/);
      expect([primary, ...workers, postmaster].filter(isAlive)).toEqual([]);
      expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('the embedded PostgreSQL after an unclean stop', () => {
  it('kill -9 of the primary leaves its PostgreSQL running: the next start stops it and serves the same data; a stale pid file is removed, and the process a reused pid names is left alone', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'market-start-'));
    const env = { DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    const logIn = `mutation { logIn(input: { email: "crashed@example.test", password: "long enough pw" }) { user { name } } }`;
    try {
      const first = await startProcess(env);
      await waitUntilReady(first, 60_000);
      expect((await graphqlAt(first.port, signUpMutation('crashed@example.test'))).data!.signUp.userErrors).toEqual([]);
      const [worker] = workersOf(first);
      first.child.kill('SIGKILL');
      await first.exited;
      const leftover = postmasterOf(dataDir);
      expect(isAlive(leftover)).toBe(true);
      // A worker ends with its primary.
      await waitFor(() => !isAlive(worker.pid), 20_000, first, 'the orphaned worker gone');

      const second = await startProcess(env);
      await waitUntilReady(second, 60_000);
      expect(second.output()).toContain(`stopping the PostgreSQL (pid ${leftover}) a previous start left running`);
      expect(isAlive(leftover)).toBe(false);
      expect((await graphqlAt(second.port, logIn)).data!.logIn.user).toEqual({ name: 'Starter' });
      expect(await stop(second)).toBe(0);

      // A pid file whose process is gone (as after a crash of the whole machine).
      const gone = spawn(process.execPath, ['-e', '']);
      await new Promise((resolve) => gone.on('exit', resolve));
      writeFileSync(join(dataDir, 'pg', 'postmaster.pid'), `${gone.pid}\n${join(dataDir, 'pg')}\n`);
      const third = await startProcess(env);
      await waitUntilReady(third, 60_000);
      expect(third.output()).toMatch(/removing the stale \S+postmaster\.pid \(process \d+ is gone\)/);
      expect((await graphqlAt(third.port, logIn)).data!.logIn.user).toEqual({ name: 'Starter' });
      expect(await stop(third)).toBe(0);

      // A pid file naming a live process that is not this folder's PostgreSQL (the pid was reused): left alone.
      const bystander = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
      try {
        writeFileSync(join(dataDir, 'pg', 'postmaster.pid'), `${bystander.pid}\n${join(dataDir, 'pg')}\n`);
        const fourth = await startProcess(env);
        await waitUntilReady(fourth, 60_000);
        expect(fourth.output()).toContain(`(process ${bystander.pid} is not a PostgreSQL of this folder)`);
        expect(isAlive(bystander.pid!)).toBe(true);
        expect(await stop(fourth)).toBe(0);
      } finally {
        bystander.kill('SIGKILL');
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('a port another program holds: the start fails at once with a plain reason, never `undefined`', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'market-start-'));
    try {
      const server = await startProcess({ DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`could not start: Port ${port} is already in use by another program, so the embedded PostgreSQL cannot listen on it; set EMBEDDED_PG_PORT to a free port.`);
      expect(server.output()).not.toMatch(/undefined/);
      rmSync(server.mailDir, { recursive: true, force: true });
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
