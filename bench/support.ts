import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';

export interface BenchServer {
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
  /** Resident memory of the server (its primary and workers), in MiB (Linux). */
  rssMiB(): number;
}

/** Starts the built server (`npm run build` first) on `databaseUrl` in a process of its own. */
export async function startServer(databaseUrl: string, port: number, env: NodeJS.ProcessEnv = {}): Promise<BenchServer> {
  // As npm start runs it, with BENCH_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=.profiles").
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, 'dist/src/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      STAFF_EMAILS: 'staff@bench.test,staff1@bench.test,staff2@bench.test',
      SCHEDULER_INTERVAL_MS: '0',
      DB_POOL_SIZE: '20',
      // The benches measure throughput and fan-out from one client address (1,000 sockets of
      // one user in bench:events), not the limits: budgets far above what they ask, no socket caps.
      RATE_LIMIT_USER_POINTS: '1000000000',
      RATE_LIMIT_ADDRESS_POINTS: '1000000000',
      SIGNUPS_PER_ADDRESS: '100000',
      WS_MAX_SOCKETS_PER_USER: '0',
      WS_MAX_PENDING_SOCKETS_PER_ADDRESS: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not yet
    }
    if (Date.now() - started > 30_000) throw new Error('server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    port,
    rssMiB: () => processTree(child.pid!).reduce((sum, pid) => sum + rssKiB(pid), 0) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A process and its descendants (Linux): the primary and its workers. */
export function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // gone
  }
  return [pid, ...children.flatMap(processTree)];
}

function rssKiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export async function post(port: number, query: string, token?: string, variables?: unknown): Promise<any> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Sends `request` from `concurrency` loops for `seconds`; bounded in time and count. */
export async function load(request: () => Promise<void>, concurrency: number, seconds: number) {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline && latencies.length < 1_000_000) {
        const start = performance.now();
        try {
          await request();
        } catch {
          errors++;
        }
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

/** Every descendant of `pid` (children, their children, ...), from /proc (Linux). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = parents.get(ppid) ?? [];
      list.push(Number(entry));
      parents.set(ppid, list);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (p: number) => {
    for (const child of parents.get(p) ?? []) (found.push(child), walk(child));
  };
  walk(pid);
  return found;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system, and each, ms) and resident memory (MiB) of a process and all its descendants. */
export function processTreeUsage(pid: number): { cpuMs: number; userMs: number; systemMs: number; rssMiB: number } {
  let userMs = 0;
  let systemMs = 0;
  let rssMiB = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[0] is field 3 (state): utime is field 14, stime field 15.
      userMs += (Number(fields[11]) * 1000) / TICKS_PER_SECOND;
      systemMs += (Number(fields[12]) * 1000) / TICKS_PER_SECOND;
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      rssMiB += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // gone meanwhile
    }
  }
  return { cpuMs: userMs + systemMs, userMs, systemMs, rssMiB };
}

/**
 * A lean load generator: `concurrency` keep-alive connections, each sending `body` to `path`
 * back to back for `seconds` (node:http, no fetch: the client costs the shared CPU as little as
 * possible). `check` sees each response body; a throw counts as an error.
 */
export async function httpLoad(options: {
  port: number;
  path: string;
  body: string;
  headers?: Record<string, string>;
  concurrency: number;
  seconds: number;
  check?: (body: string) => void;
}): Promise<{ requests: number; perSecond: number; p50: number; p99: number; errors: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const payload = Buffer.from(options.body);
  const headers = { 'content-type': 'application/json', 'content-length': String(payload.length), ...options.headers };
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const request = http.request({ host: '127.0.0.1', port: options.port, path: options.path, method: 'POST', agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          latencies.push(performance.now() - start);
          try {
            if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`);
            options.check?.(Buffer.concat(chunks).toString('utf8'));
          } catch {
            errors++;
          }
          resolve();
        });
      });
      request.on('error', () => {
        errors++;
        resolve();
      });
      request.end(payload);
    });
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline && latencies.length < 1_000_000) await once();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}
