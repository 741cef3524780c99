import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig } from './config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { migrate, openOrm } from './db/orm';
import { startScheduler } from './modules/scheduler/scheduler.service';
import { createApp } from './server/app';
import { databaseTestClock, systemClock } from './shared/clock';

function log(message: string): void {
  process.stdout.write(`[${new Date().toISOString()}] ${message}\n`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    log(`starting embedded PostgreSQL in ${join(config.dataDir, 'pg')}`);
    embedded = await startEmbeddedPostgres({ dir: join(config.dataDir, 'pg'), port: config.embeddedPgPort, database: 'market' });
    url = embedded.url;
  }
  const orm = await openOrm({ url, poolSize: config.dbPoolSize });
  await migrate(orm, url);
  const clock = config.testClock ? databaseTestClock : systemClock;
  const app = await createApp({ config, orm, clock });
  const scheduler = config.schedulerIntervalMs > 0 ? startScheduler(orm, clock, config) : undefined;
  const port = await app.listen(config.port);
  log(`API ready at http://localhost:${port}/graphql (${config.env}${config.testClock ? ', test clock' : ''})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    try {
      await scheduler?.stop();
      await app.close();
      log('http and websocket drained');
      await orm.close();
      log('database connections closed');
      await embedded?.stop();
      log('stopped');
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
