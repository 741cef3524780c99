import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../scripts/scratch-db';
import { freePort } from './support/ports';
import { JWT_SECRET, STAFF_EMAIL } from './support/server';

/** The real server, as `npm start` runs it, in a process of its own. */
interface ServerProcess {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

async function startProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), JWT_SECRET, STAFF_EMAILS: STAFF_EMAIL, SCHEDULER_INTERVAL_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, output: () => output, exited };
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
  return server.exited;
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
      await waitUntilReady(server, 20_000);
      // /readyz answers as soon as one worker listens; wait for the other too.
      for (const started = Date.now(); (server.output().match(/worker \d+ API ready/g) ?? []).length < 2 && Date.now() - started < 20_000; ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const signed = await graphqlAt(server.port, signUpMutation('clustered@example.test'));
      const viewers = await Promise.all(Array.from({ length: 20 }, () => graphqlAt(server.port, '{ viewer { name } }', signed.data!.signUp.token)));
      expect(viewers.every((v) => v.data!.viewer.name === 'Starter')).toBe(true);
      expect(server.output().match(/worker \d+ API ready/g)).toHaveLength(2);
      expect(await stop(server)).toBe(0);
      expect(server.output().match(/worker \d+ stopped/g)).toHaveLength(2);
    } finally {
      server.child.kill('SIGKILL');
      await database.drop();
    }
  });

  it('several processes on one database behave as one service: the test clock is shared', async () => {
    const database = await emptyDatabase();
    const a = await startProcess({ DATABASE_URL: database.url, TEST_CLOCK: '1' });
    const b = await startProcess({ DATABASE_URL: database.url, TEST_CLOCK: '1' });
    try {
      await Promise.all([waitUntilReady(a, 20_000), waitUntilReady(b, 20_000)]);
      const staff = await graphqlAt(a.port, signUpMutation(STAFF_EMAIL));
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
