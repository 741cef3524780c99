import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { withDatabase } from '../../scripts/scratch-db';
import { freePort } from './ports';

declare global {
  // eslint-disable-next-line no-var
  var __embeddedPostgres: EmbeddedDatabase | undefined;
}

/**
 * Once per run: a PostgreSQL (embedded, or the one in TEST_DATABASE_URL) and a template
 * database with every migration applied. Each test file copies the template into a
 * database of its own, so files never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'market-test-'));
    const port = await freePort();
    globalThis.__embeddedPostgres = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port, database: 'postgres', persistent: false });
    serverUrl = globalThis.__embeddedPostgres.url;
  }
  const template = `market_template_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template} with (force)`);
  await admin.query(`create database ${template}`);
  await admin.end();

  // Migrate in a process of its own: the ORM's and type-graphql's decorator metadata live on
  // globalThis, which Jest's global setup shares with in-band test files of another realm.
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'scripts/migrate.ts', withDatabase(serverUrl, template)], { stdio: 'inherit' });

  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_PG_TEMPLATE = template;
}
