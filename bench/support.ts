import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface BenchServer {
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
  /** Resident memory of the server (its primary and workers), in MiB (Linux). */
  rssMiB(): number;
}

/** Starts the built server (`npm run build` first) on `databaseUrl` in a process of its own. */
export async function startServer(databaseUrl: string, port: number, env: NodeJS.ProcessEnv = {}): Promise<BenchServer> {
  // The same flags as npm start.
  const child = spawn(process.execPath, ['--max-semi-space-size=64', 'dist/src/main.js'], {
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
      // one user in bench:events), not the limits: budgets far above what they ask, no socket cap.
      RATE_LIMIT_USER_POINTS: '1000000000',
      RATE_LIMIT_ADDRESS_POINTS: '1000000000',
      SIGNUPS_PER_ADDRESS: '100000',
      WS_MAX_SOCKETS_PER_USER: '0',
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
