import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  if (globalThis.__embeddedPostgres) {
    await globalThis.__embeddedPostgres.stop();
    return;
  }
  const admin = new Client({ connectionString: process.env.TEST_PG_SERVER_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${process.env.TEST_PG_TEMPLATE} with (force)`);
  await admin.end();
}
