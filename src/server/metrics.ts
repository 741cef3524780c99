import cluster from 'node:cluster';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';

/**
 * Prometheus metrics of this process, in prom-client's global registry (so the cluster primary
 * can aggregate them over every worker). Made once per process: apps started side by side in one
 * process (tests) share them.
 */
export interface Metrics {
  requestDuration: Histogram<'operation' | 'type' | 'transport'>;
  errors: Counter<'code'>;
  wsConnections: Gauge;
  wsSubscriptions: Gauge;
  eventDeliveryLag: Histogram;
  eventSendLag: Histogram;
  schedulerRuns: Counter<'outcome'>;
  schedulerDuration: Histogram;
  /** The database pools whose connections in use and waiting requests are reported. */
  pools: Set<MikroORM>;
}

let metrics: Metrics | undefined;

/**
 * Operation names are chosen by clients: each new one would be a new series of
 * graphql_request_duration_seconds (a dozen buckets), kept for the life of the process and sent on
 * every scrape. The first MAX_OPERATION_LABELS names a process sees keep their own label; any
 * later one is counted under `other`.
 */
export const MAX_OPERATION_LABELS = 200;
const operationLabels = new Set<string>();

/** The `operation` label for an operation name (`anonymous` when it has none). */
export function operationLabel(name: string | undefined): string {
  const label = name ?? 'anonymous';
  if (operationLabels.has(label)) return label;
  if (operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
  operationLabels.add(label);
  return label;
}

interface TarnPool {
  numUsed(): number;
  numPendingAcquires(): number;
}

function poolOf(orm: MikroORM): TarnPool | undefined {
  try {
    return (orm.em.getConnection().getKnex() as unknown as { client: { pool?: TarnPool } }).client.pool;
  } catch {
    return undefined;
  }
}

export function processMetrics(): Metrics {
  if (metrics) return metrics;
  collectDefaultMetrics();
  // prom-client answers the primary's requests for this worker's metrics once an aggregator exists.
  if (cluster.isWorker) new AggregatorRegistry();
  const pools = new Set<MikroORM>();
  const sum = (read: (pool: TarnPool) => number) => [...pools].reduce((total, orm) => total + (poolOf(orm) ? read(poolOf(orm)!) : 0), 0);
  metrics = {
    pools,
    requestDuration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its end, by operation name, type (query, mutation, subscription) and transport (http, ws).',
      labelNames: ['operation', 'type', 'transport'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    }),
    errors: new Counter({ name: 'graphql_errors_total', help: 'Errors sent to clients, by code (extensions.code).', labelNames: ['code'] }),
    wsConnections: new Gauge({ name: 'websocket_connections', help: 'Open WebSocket connections.', aggregator: 'sum' }),
    wsSubscriptions: new Gauge({ name: 'websocket_subscriptions', help: 'Running subscriptions over WebSocket.', aggregator: 'sum' }),
    eventDeliveryLag: new Histogram({
      name: 'event_delivery_lag_seconds',
      help: "From an event's commit notification to its being handed to this process's subscribers.",
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
    eventSendLag: new Histogram({
      name: 'event_send_lag_seconds',
      help: "From an event's commit notification to its message being handed to each subscriber's socket on this process.",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
    schedulerRuns: new Counter({
      name: 'scheduler_runs_total',
      help: 'Ticks of the periodic-work scheduler, by outcome: ran, failed, or skipped (another process held the lock).',
      labelNames: ['outcome'],
    }),
    schedulerDuration: new Histogram({ name: 'scheduler_run_duration_seconds', help: 'How long a scheduler run took.', buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60] }),
  };
  new Gauge({
    name: 'db_pool_connections_in_use',
    help: 'Database connections checked out of the pool.',
    aggregator: 'sum',
    collect() {
      this.set(sum((pool) => pool.numUsed()));
    },
  });
  new Gauge({
    name: 'db_pool_requests_waiting',
    help: 'Requests waiting for a database connection.',
    aggregator: 'sum',
    collect() {
      this.set(sum((pool) => pool.numPendingAcquires()));
    },
  });
  return metrics;
}

// ---- serving: the primary aggregates the workers' metrics; a worker asks the primary ----

const REQUEST = 'metrics:request';
const REPLY = 'metrics:reply';

/** In the cluster primary: answers workers' requests for the metrics of every worker. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: string }) => {
    if (message?.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: REPLY, id: message.id, text }),
      (error: Error) => worker.send({ type: REPLY, id: message.id, error: error.message }),
    );
  });
}

/** The exposition text: of every worker when clustered, of this process otherwise. */
function collect(): Promise<string> {
  if (!cluster.isWorker) return register.metrics();
  return new Promise((resolve, reject) => {
    const id = randomUUID();
    const timer = setTimeout(() => {
      process.off('message', onMessage);
      reject(new Error('the cluster primary did not answer with metrics in time'));
    }, 5000);
    const onMessage = (message: { type?: string; id?: string; text?: string; error?: string }) => {
      if (message?.type !== REPLY || message.id !== id) return;
      clearTimeout(timer);
      process.off('message', onMessage);
      if (message.error) reject(new Error(message.error));
      else resolve(message.text!);
    };
    process.on('message', onMessage);
    process.send!({ type: REQUEST, id });
  });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether two texts are equal, in a time that does not tell how much of them matched. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * `GET /metrics`. With METRICS_TOKEN set, only `authorization: Bearer <METRICS_TOKEN>` reads it;
 * without, only direct requests from this machine do: from loopback, without forwarding headers,
 * and not from a peer TRUST_PROXY trusts (a proxy on this machine that adds no header would
 * otherwise pass anyone's request on as this machine's). `trust` is Express's compiled
 * `trust proxy`.
 */
export function metricsRoute(token: string | undefined, trust: (address: string, hop: number) => boolean = () => false): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' || req.path !== '/metrics') return next();
    const peer = req.socket.remoteAddress ?? '';
    const allowed = token
      ? sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)
      : LOOPBACK.has(peer) && !trust(peer, 0) && !req.headers['x-forwarded-for'] && !req.headers.forwarded;
    if (!allowed) {
      res.status(403).type('text/plain').send('Metrics are readable with METRICS_TOKEN, or from this machine when it is unset.\n');
      return;
    }
    collect().then(
      (text) => res.type(register.contentType).send(text),
      (error) => next(error),
    );
  };
}
