import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { RequestClock, type Clock } from '../shared/clock';
import type { BucketState, RateLimiter } from '../modules/ratelimit/rate-limit.service';
import { Loaders } from './loaders';

/** Who is asking, read for each request (or socket) from the token's session and the user row. */
export interface Viewer {
  id: string;
  email: string;
  /** Whether `email` was proven by a mail link; unverified users have no staff rights (and more). */
  emailVerified: boolean;
  /** A verified address listed in STAFF_EMAILS. */
  isStaff: boolean;
  /** The session of the token the caller signed in with. */
  sessionId: string;
}

/** Everything a resolver or service may use for one request (or one subscription event). */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  clock: RequestClock;
  config: Config;
  /** The process's event hub, for subscriptions. */
  events?: import('../modules/events/event-hub').EventHub;
  /**
   * Replaces the EntityManager, loaders and clock reading with fresh ones: a subscription
   * resolves each event as a request of its own, never with state from an earlier event. The
   * subscribers of one event may share its scope (no loader holds viewer-specific data).
   */
  renew(scope?: RequestScope): void;
  /** The HTTP request's cookies (parsed from its Cookie header); absent on WebSocket. */
  requestCookies?: Readonly<Record<string, string>>;
  /** The HTTP request's User-Agent, truncated; absent on WebSocket. */
  userAgent?: string;
  /** The HTTP request's id and what its access-log line reports; absent on WebSocket. */
  requestRecord?: import('../server/request-log').RequestRecord;
  /** The caller's network address (HTTP request or WebSocket), for per-address limits. */
  clientAddress: string;
  /** The process's throttles, kept in PostgreSQL. */
  rateLimiter?: RateLimiter;
  /** Set once a transaction of this request committed: its errors must not say that nothing changed. */
  committed?: boolean;
  /** What the running operation cost and the budget it was charged to (see `rateLimit`). */
  operationCost?: OperationCost;
  /** HTTP only: where a compiled read leaves its `data` as JSON text (compiled/splice.ts). */
  compiledAnswer?: import('./compiled/splice').CompiledAnswer;
}

/** The cost of the operation being run and, when rate limiting is on, the budget it was charged to. */
export interface OperationCost {
  requested: number;
  budget?: BucketState;
}

/** What a context reads through: replaced as a whole by `renew`. */
export interface RequestScope {
  em: EntityManager;
  loaders: Loaders;
  clock: RequestClock;
}

export function createScope(rootEm: EntityManager, clock: Clock): RequestScope {
  const em = rootEm.fork({ clear: true, useContext: false });
  return { em, loaders: new Loaders(em), clock: new RequestClock(clock, em) };
}

/** A fresh context: its own EntityManager fork, loaders and clock reading. */
export function createContext(
  rootEm: EntityManager,
  deps: { config: Config; clock: Clock; events?: import('../modules/events/event-hub').EventHub; rateLimiter?: RateLimiter },
  viewer: Viewer | null,
  clientAddress = 'unknown',
): Context {
  const scope = createScope(rootEm, deps.clock);
  // Every field a context gets is in the literal (operationCost is set later): one object of
  // one shape, with no property store on the side; a live subscription keeps its context.
  const ctx: Context = {
    viewer,
    config: deps.config,
    events: deps.events,
    rateLimiter: deps.rateLimiter,
    clientAddress,
    em: scope.em,
    loaders: scope.loaders,
    clock: scope.clock,
    operationCost: undefined,
    renew: (next = createScope(rootEm, deps.clock)) => {
      ctx.em = next.em;
      ctx.loaders = next.loaders;
      ctx.clock = next.clock;
    },
  };
  return ctx;
}
