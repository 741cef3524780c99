import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded';

/** The URL of `database` on the server of `url`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Runs `work` against an empty database that is dropped afterwards: on the server of
 * SCRATCH_DATABASE_URL when set, otherwise on a throw-away embedded PostgreSQL.
 */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const server = process.env.SCRATCH_DATABASE_URL;
  if (server) {
    const name = `scratch_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      return await work(withDatabase(server, name));
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'market-scratch-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const embedded = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port, database: 'scratch', persistent: false });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
