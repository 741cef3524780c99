import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { loadConfig, type Config } from '../../src/config';
import { openOrm } from '../../src/db/orm';
import { createApp, type RunningApp } from '../../src/server/app';
import type { Logger } from '../../src/logger';
import { databaseTestClock } from '../../src/shared/clock';
import { withDatabase } from '../../scripts/scratch-db';
import { Api } from './api';

export const STAFF_EMAIL = 'staff@example.test';
export const JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';
/**
 * Where every test file's business clock starts: a fixed instant (a Monday morning), never the
 * machine's date, so a test's expectations do not depend on the day it runs. Tests move the
 * clock forward from here on purpose with `setClock`.
 */
export const TEST_EPOCH = '2030-01-07T09:00:00.000Z';

export interface TestServer {
  api: Api;
  url: string;
  wsUrl: string;
  databaseUrl: string;
  /** Where this server writes its mail (MAIL_DIR), one folder per server. */
  mailDir: string;
  config: Config;
  orm: MikroORM;
  /** SQL statements sent since the last reset. */
  statements: { count: number; reset(): void };
  /** Runs SQL directly against this file's database, for checks the API cannot make. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A fresh copy of the migrated template database. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.TEST_PG_SERVER_URL!;
  const name = `market_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name} template ${process.env.TEST_PG_TEMPLATE}`);
  await admin.end();
  return {
    url: withDatabase(server, name),
    drop: async () => {
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'test',
    JWT_SECRET,
    STAFF_EMAILS: STAFF_EMAIL,
    TEST_CLOCK: '1',
    DATA_DIR: tmpdir(),
    // Tests show internal errors only; test/operations.test.ts reads the full log.
    LOG_LEVEL: 'error',
    // Every test file's requests come from 127.0.0.1: per-address budgets far above what a file
    // asks, so only the files that test the limits (with their own settings) meet them.
    RATE_LIMIT_ADDRESS_POINTS: '1000000000',
    LOGIN_FAILURES_PER_ADDRESS: '100000',
    SIGNUPS_PER_ADDRESS: '100000',
    REFERRAL_CLICKS_PER_ADDRESS: '100000',
    // A busy test machine may be slow anywhere; the file that tests the timeout sets its own.
    STATEMENT_TIMEOUT_MS: '0',
    ...overrides,
  };
  // Production refuses the test clock.
  if (env.NODE_ENV === 'production' && !('TEST_CLOCK' in overrides)) delete env.TEST_CLOCK;
  return loadConfig(env);
}

/** Sets a test database's business clock to `instant`, in either direction (the API only moves it forward). */
export async function pinTestClock(databaseUrl: string, instant: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const offset = Date.parse(instant) - Date.now();
    await client.query(
      'insert into test_clock (id, offset_ms) values (1, $1) on conflict (id) do update set offset_ms = excluded.offset_ms',
      [offset],
    );
  } finally {
    await client.end();
  }
}

/**
 * The API on an ephemeral port, in this process, on a database of this test file's own, with its
 * business clock at `clockAt` (TEST_EPOCH unless given).
 */
export async function startTestServer(
  env: NodeJS.ProcessEnv = {},
  {
    clockAt = TEST_EPOCH,
    logger,
    databaseUrl,
  }: {
    clockAt?: string;
    logger?: Logger;
    /** A migrated database to use as it is (and keep) instead of a fresh copy of the template. */
    databaseUrl?: string;
  } = {},
): Promise<TestServer> {
  const database = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase();
  await pinTestClock(database.url, clockAt);
  const mailDir = mkdtempSync(join(tmpdir(), 'market-mail-'));
  const config = testConfig({ MAIL_DIR: mailDir, ...env });
  const statements = {
    count: 0,
    reset() {
      this.count = 0;
    },
  };
  // 20 connections unless the test sets DB_POOL_SIZE (a small pool, to test contention).
  const orm = await openOrm({
    url: database.url,
    poolSize: env.DB_POOL_SIZE ? config.dbPoolSize : 20,
    acquireTimeoutMs: config.dbAcquireTimeoutMs,
    statementTimeoutMs: config.statementTimeoutMs,
    onQuery: () => void statements.count++,
  });
  const app: RunningApp = await createApp({ config, orm, clock: databaseTestClock, logger });
  const port = await app.listen(0, '127.0.0.1');
  // For `sql`: one connection, replaced when the database drops it (test/chaos.test.ts restarts it).
  let direct: Client | undefined;
  const connectDirect = async () => {
    const client = new Client({ connectionString: database.url });
    client.on('error', () => {
      if (direct === client) direct = undefined;
    });
    await client.connect();
    return (direct = client);
  };
  await connectDirect();
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    api: new Api(url, config.mailDir),
    url,
    mailDir: config.mailDir,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    databaseUrl: database.url,
    config,
    orm,
    statements,
    sql: async (text, params) => (await (direct ?? (await connectDirect())).query(text, params as unknown[])).rows,
    close: async () => {
      await direct?.end();
      await app.close();
      await orm.close();
      await database.drop();
      rmSync(mailDir, { recursive: true, force: true });
    },
  };
}
