import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { RequestClock, type Clock } from '../shared/clock';
import { Loaders } from './loaders';

/** Who is asking. Staff-ness comes from STAFF_EMAILS at sign-in time of each request. */
export interface Viewer {
  id: string;
  email: string;
  isStaff: boolean;
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
   * resolves each event as a request of its own, never with state from an earlier event.
   */
  renew(): void;
  /** The HTTP request's cookies (parsed from its Cookie header); absent on WebSocket. */
  requestCookies?: Readonly<Record<string, string>>;
  /** The HTTP request's User-Agent, truncated; absent on WebSocket. */
  userAgent?: string;
}

/** A fresh context: its own EntityManager fork, loaders and clock reading. */
export function createContext(
  rootEm: EntityManager,
  deps: { config: Config; clock: Clock; events?: import('../modules/events/event-hub').EventHub },
  viewer: Viewer | null,
): Context {
  const ctx = { viewer, config: deps.config, events: deps.events } as Context;
  ctx.renew = () => {
    ctx.em = rootEm.fork({ clear: true, useContext: false });
    ctx.loaders = new Loaders(ctx.em);
    ctx.clock = new RequestClock(deps.clock, ctx.em);
  };
  ctx.renew();
  return ctx;
}
