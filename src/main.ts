import 'reflect-metadata';
import cluster from 'node:cluster';
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from './config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { migrate, openOrm } from './db/orm';
import { startScheduler } from './modules/scheduler/scheduler.service';
import { createApp } from './server/app';
import { createLogger, type Logger } from './logger';
import { processMetrics, serveClusterMetrics } from './server/metrics';
import { databaseTestClock, systemClock } from './shared/clock';

let logger: Logger;
const log = (message: string) => logger.info(message);

/** The database to use: DATABASE_URL, or the embedded one (started here), migrated. */
async function prepareDatabase(config: Config): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    log(`starting embedded PostgreSQL in ${join(config.dataDir, 'pg')}`);
    embedded = await startEmbeddedPostgres({
      dir: join(config.dataDir, 'pg'),
      port: config.embeddedPgPort,
      database: 'market',
      log: (message) => logger.debug({ component: 'postgres' }, message.trim()),
    });
    url = embedded.url;
  }
  const orm = await openOrm({ url, poolSize: 1, log: (message) => logger.info({ component: 'orm' }, message) });
  try {
    await migrate(orm, url);
  } finally {
    await orm.close();
  }
  return { url, embedded };
}

/** One server process: the API and the scheduler; returns how to stop it in order. */
async function serve(config: Config, url: string): Promise<() => Promise<void>> {
  const orm = await openOrm({ url, poolSize: config.dbPoolSize, acquireTimeoutMs: config.dbAcquireTimeoutMs, statementTimeoutMs: config.statementTimeoutMs, log: (message) => logger.info({ component: 'orm' }, message) });
  const clock = config.testClock ? databaseTestClock : systemClock;
  const app = await createApp({ config, orm, clock, logger });
  const scheduler =
    config.schedulerIntervalMs > 0
      ? startScheduler(orm, clock, config, ({ ran, error, durationMs }) => {
          processMetrics().schedulerRuns.inc({ outcome: ran ? (error ? 'failed' : 'ran') : 'skipped' });
          if (ran) processMetrics().schedulerDuration.observe(durationMs / 1000);
          if (error) logger.error({ err: error, durationMs: Math.round(durationMs) }, 'scheduled work failed');
          else if (ran) logger.debug({ durationMs: Math.round(durationMs) }, 'scheduled work done');
        })
      : undefined;
  const port = await app.listen(config.port);
  log(`API ready at http://localhost:${port}/graphql (${config.env}${config.testClock ? ', test clock' : ''})`);
  return async () => {
    await scheduler?.stop();
    await app.close();
    log('http and websocket drained');
    await orm.close();
    log('database connections closed');
  };
}

function onSignals(shutdown: (signal: string) => Promise<void>): void {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    shutdown(signal).then(
      () => {
        log('stopped');
        process.exit(0);
      },
      (error) => {
        logger.fatal({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => handle('SIGINT'));
  process.on('SIGTERM', () => handle('SIGTERM'));
}

/**
 * WEB_CONCURRENCY > 1: this process prepares the database and keeps that many workers serving
 * on the same port (they share nothing but the database). On a signal the workers drain first,
 * then the embedded database stops.
 */
async function runPrimary(config: Config): Promise<void> {
  const { url, embedded } = await prepareDatabase(config);
  let stopping = false;
  const fork = () => cluster.fork({ DATABASE_URL: url });
  serveClusterMetrics();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log(`worker ${worker.id} exited (${signal ?? code}); starting another`);
    fork();
  });
  for (let i = 0; i < config.webConcurrency; i++) fork();
  onSignals(async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (!worker || worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await embedded?.stop();
  });
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nThe server did not start; the README lists every setting.\n`);
    process.exit(1);
  }
  logger = createLogger(config);
  if (cluster.isWorker) {
    // The primary prepared the database and passed its URL in DATABASE_URL.
    onSignals(await serve(config, config.databaseUrl!));
    return;
  }
  if (config.webConcurrency > 1) return runPrimary(config);
  const { url, embedded } = await prepareDatabase(config);
  const stop = await serve(config, url);
  onSignals(async () => {
    await stop();
    await embedded?.stop();
  });
}

main().catch((error) => {
  if (logger) logger.fatal({ err: error }, `could not start: ${error instanceof Error ? error.message : String(error)}`);
  else process.stderr.write(`could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
