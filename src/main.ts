import 'reflect-metadata';
import cluster from 'node:cluster';
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from './config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { migrate, openOrm } from './db/orm';
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
      notice: (message) => logger.warn({ component: 'postgres' }, message),
    });
    url = embedded.url;
  }
  try {
    const orm = await openOrm({ url, poolSize: 1, log: (message) => logger.info({ component: 'orm' }, message) });
    try {
      await migrate(orm, url);
    } finally {
      await orm.close();
    }
  } catch (error) {
    // Leave no PostgreSQL behind when the start fails.
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  return { url, embedded };
}

/** One server process: the API and the scheduler; returns how to stop it in order. */
async function serve(config: Config, url: string): Promise<() => Promise<void>> {
  const orm = await openOrm({ url, poolSize: config.dbPoolSize, acquireTimeoutMs: config.dbAcquireTimeoutMs, statementTimeoutMs: config.statementTimeoutMs, log: (message) => logger.info({ component: 'orm' }, message) });
  const clock = config.testClock ? databaseTestClock : systemClock;
  // Loaded here, in workers only: the primary never builds the schema or serves requests.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createApp } = require('./server/app') as typeof import('./server/app');
  const { startScheduler } = require('./modules/scheduler/scheduler.service') as typeof import('./modules/scheduler/scheduler.service');
  /* eslint-enable @typescript-eslint/no-require-imports */
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
        logger.fatal({ err: asError(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => handle('SIGINT'));
  process.on('SIGTERM', () => handle('SIGTERM'));
}

/** Whatever was thrown or rejected, as an Error with a message worth printing (never `undefined`). */
export function asError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  if (reason === undefined || reason === null) return new Error(`a promise was rejected or a value thrown without a reason (${String(reason)})`);
  if (typeof reason === 'string') return new Error(reason);
  let text: string;
  try {
    text = JSON.stringify(reason);
  } catch {
    text = String(reason);
  }
  return new Error(`non-Error value thrown: ${text}`);
}

/**
 * A rejection nobody handled is a bug to see in the log (with its stack), not a reason to drop
 * every request in flight: the process carries on. An uncaught exception leaves the process in an
 * unknown state: a worker logs it and exits, and the primary starts another; the primary (which
 * runs little besides supervision) logs it and keeps supervising.
 */
function watchForBugs(): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: asError(reason) }, 'unhandled promise rejection (the process carries on)');
  });
  process.on('uncaughtException', (error) => {
    if (cluster.isWorker) {
      logger.fatal({ err: asError(error) }, 'uncaught exception: this worker exits and the primary starts another');
      process.exit(1);
    }
    logger.fatal({ err: asError(error) }, 'uncaught exception in the primary (it keeps supervising)');
  });
}

/** Back-off between restarts: 250 ms, doubled for every other death within the last minute, at most 15 s. */
export function restartDelayMs(recentDeaths: number): number {
  return Math.min(250 * 2 ** Math.max(0, recentDeaths - 1), 15_000);
}

/**
 * The primary: prepares the database (the embedded one is its child) and keeps WEB_CONCURRENCY
 * workers serving on the same port (they share nothing but the database). A worker that dies
 * for any reason (a crash, running out of memory, `kill -9`) is replaced after a back-off. On
 * SIGTERM/SIGINT the workers drain first, then the embedded database stops.
 */
async function runPrimary(config: Config): Promise<void> {
  let stopping = false;
  const pending = new Set<NodeJS.Timeout>();
  let prepared: { url: string; embedded?: EmbeddedDatabase } | undefined;
  // A signal while the database is still being prepared stops it as soon as it is up.
  onSignals(async () => {
    stopping = true;
    for (const timer of pending) clearTimeout(timer);
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
    const { embedded } = prepared ?? (await preparing);
    await embedded?.stop();
  });
  const preparing = prepareDatabase(config);
  prepared = await preparing;
  if (stopping) return;
  const { url } = prepared;
  const deaths: number[] = [];
  const fork = () => {
    const worker = cluster.fork({ DATABASE_URL: url });
    log(`worker ${worker.id} started (pid ${worker.process.pid})`);
  };
  serveClusterMetrics();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0] < now - 60_000) deaths.shift();
    const delay = restartDelayMs(deaths.length);
    logger.warn(`worker ${worker.id} (pid ${worker.process.pid}) died (${signal ?? `exit code ${code}`}); starting another in ${delay} ms`);
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (!stopping) fork();
    }, delay);
    pending.add(timer);
  });
  for (let i = 0; i < config.webConcurrency; i++) fork();
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
  watchForBugs();
  if (cluster.isWorker) {
    // The primary prepared the database and passed its URL in DATABASE_URL.
    onSignals(await serve(config, config.databaseUrl!));
    return;
  }
  return runPrimary(config);
}

main().catch((reason) => {
  const error = asError(reason);
  if (logger) logger.fatal({ err: error }, `could not start: ${error.message}`);
  else process.stderr.write(`could not start: ${error.stack ?? error.message}\n`);
  if (cluster.isPrimary) {
    // Workers (if any) and the embedded database go down with the primary.
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  }
  process.exit(1);
});
