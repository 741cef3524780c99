import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

async function startProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const mailDir = mkdtempSync(join(tmpdir(), 'market-start-mail-'));
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
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
      const response = await fetch(`http://127.0.0.1:${server.port}/readyz`);
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
      await Promise.all([waitUntilReady(a, 20_000), waitUntilReady(b, 20_000)]);
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
