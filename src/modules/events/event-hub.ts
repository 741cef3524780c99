import { Client, type Pool } from 'pg';
import type { RequestScope } from '../../graphql/context';
import { EVENTS_CHANNEL, EVENT_COLUMNS, type EventRow } from './event-log';

type Listener = (event: EventRow) => void;

/**
 * One per process: LISTENs on PostgreSQL and fans committed events out to this process's
 * subscribers. Notifications only carry ids and only wake the hub up; what it delivers is read
 * from the log after the last id it delivered, so an event is never skipped, also not across a
 * lost connection or a database restart (it reconnects and catches up from the log).
 */
export class EventHub {
  private listeners = new Set<Listener>();
  private client?: Client;
  private lastId = '0';
  private reading?: Promise<void>;
  private again = false;
  private closed = false;
  private retryTimer?: NodeJS.Timeout;
  private readTimer?: NodeJS.Timeout;

  private scopes = new Map<string, RequestScope>();
  /** When this process was notified of each event id not yet handed out (bounded). */
  private notified = new Map<string, number>();
  /** When the events handed out last were notified (bounded), for timing their sends. */
  private handedOut = new Map<string, number>();
  /** Told, for each notified event, the seconds from its notification to its hand-out here. */
  onDelivered?: (lagSeconds: number) => void;

  /** When this process was notified of a recently handed-out event (performance.now()), if it was. */
  notifiedAtOf(eventId: string): number | undefined {
    return this.handedOut.get(eventId);
  }

  constructor(
    private readonly url: string,
    private readonly pool: Pool,
    private readonly newScope: () => RequestScope,
  ) {}

  /**
   * The scope (EntityManager fork, loaders, clock reading) in which this process's subscribers
   * resolve one event: fresh for every event, shared by its subscribers, so a thousand of them
   * cost a handful of batched statements rather than a thousand.
   */
  scopeFor(eventId: string): RequestScope {
    let scope = this.scopes.get(eventId);
    if (!scope) {
      scope = this.newScope();
      this.scopes.set(eventId, scope);
      if (this.scopes.size > 256) this.scopes.delete(this.scopes.keys().next().value!);
    }
    return scope;
  }

  /** Per recent event: what one subscriber worked out for it that another with the same key may reuse. */
  private shares = new Map<string, Map<string, unknown>>();

  /**
   * The value `compute` gives for this event and key, computed once per process: subscribers
   * whose answer cannot differ (same document, variables and viewer, in the event's shared
   * scope) resolve and authorize an event once per group instead of once each. Kept for the
   * last few events only; an older one is simply computed again.
   *
   * A failure is not kept (a rejection, or a value `kept` refuses: a result whose data could not
   * be read): whoever asks next, such as the subscriber resuming with `after`, computes it afresh.
   * (The scope's loaders keep no failure either: DataLoader forgets the keys of a failed batch.)
   */
  shared<T>(eventId: string, key: string, compute: () => T, kept: (value: Awaited<T>) => boolean = () => true): T {
    let share = this.shares.get(eventId);
    if (!share) {
      share = new Map();
      this.shares.set(eventId, share);
      if (this.shares.size > 16) this.shares.delete(this.shares.keys().next().value!);
    }
    if (share.has(key)) return share.get(key) as T;
    const value = compute();
    share.set(key, value);
    const forget = () => {
      if (share.get(key) === value) share.delete(key);
    };
    if (value instanceof Promise) value.then((settled: Awaited<T>) => kept(settled) || forget(), forget);
    else if (!kept(value as Awaited<T>)) forget();
    return value;
  }

  private idle?: RequestScope;

  /**
   * The scope every waiting subscriber of this process holds between events, in place of the
   * EntityManager fork and loaders it subscribed with: nothing reads through it while it waits,
   * and each event is resolved in the scope `scopeFor` gives.
   */
  idleScope(): RequestScope {
    return (this.idle ??= this.newScope());
  }

  async start(): Promise<void> {
    const { rows } = await this.pool.query<{ id: string }>('select coalesce(max(id), 0)::text as id from event_log');
    this.lastId = rows[0].id;
    await this.connect();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }


  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.readTimer);
    this.listeners.clear();
    await this.reading;
    await this.client?.end().catch(() => undefined);
  }

  /**
   * True while the LISTEN connection is up: without it this process learns of new events only
   * when it next reconnects, so readiness (`/readyz`) reports it.
   */
  get listening(): boolean {
    return this.client !== undefined;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.payload) {
        this.notified.set(message.payload, performance.now());
        if (this.notified.size > 10_000) this.notified.delete(this.notified.keys().next().value!);
      }
      this.wake();
    });
    // Until it is this hub's client, a failing one is only ended (connect's caller retries).
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      if (this.closed) {
        await client.end();
        return;
      }
      await client.query(`listen ${EVENTS_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    // Whatever committed while we were not listening.
    this.wake();
  }

  /** The LISTEN connection broke: drop it and connect again until the database answers. */
  private lost(client: Client): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners();
    // A late error from the dropped connection must not become an unhandled 'error' event.
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    this.reconnectSoon();
  }

  private reconnectSoon(delayMs = 100): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.closed || this.client) return;
      this.connect().catch(() => this.reconnectSoon(500));
    }, delayMs);
  }

  /** Reads everything after the last delivered id; one read at a time, re-run if woken meanwhile. */
  private wake(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.readNew()
      // The database did not answer (restart, killed backend): read again shortly, from the
      // last delivered id, so nothing is skipped; a reconnect of the LISTEN client wakes it too.
      .catch(() => this.readSoon())
      .finally(() => {
        this.reading = undefined;
        if (this.again && !this.closed) {
          this.again = false;
          this.wake();
        }
      });
  }

  private readSoon(): void {
    if (this.closed || this.readTimer) return;
    this.readTimer = setTimeout(() => {
      this.readTimer = undefined;
      this.wake();
    }, 500);
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const { rows } = await this.pool.query<EventRow>(
        `select ${EVENT_COLUMNS} from event_log where id > $1 order by event_log.id limit 500`,
        [this.lastId],
      );
      for (const event of rows) {
        this.lastId = event.id;
        for (const listener of this.listeners) listener(event);
        const notifiedAt = this.notified.get(event.id);
        if (notifiedAt !== undefined) {
          this.notified.delete(event.id);
          this.handedOut.set(event.id, notifiedAt);
          if (this.handedOut.size > 256) this.handedOut.delete(this.handedOut.keys().next().value!);
          this.onDelivered?.((performance.now() - notifiedAt) / 1000);
        }
      }
      if (rows.length < 500) return;
    }
  }
}
