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

  private scopes = new Map<string, RequestScope>();
  /** When this process was notified of each event id not yet handed out (bounded). */
  private notified = new Map<string, number>();
  /** Told, for each notified event, the seconds from its notification to its hand-out here. */
  onDelivered?: (lagSeconds: number) => void;

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
    this.listeners.clear();
    await this.reading;
    await this.client?.end().catch(() => undefined);
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
    client.on('error', () => this.reconnectSoon(client));
    client.on('end', () => this.reconnectSoon(client));
    await client.connect();
    if (this.closed) {
      await client.end();
      return;
    }
    await client.query(`listen ${EVENTS_CHANNEL}`);
    this.client = client;
    // Whatever committed while we were not listening.
    this.wake();
  }

  private reconnectSoon(client: Client): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners();
    client.end().catch(() => undefined);
    const retry = () => {
      if (this.closed) return;
      this.connect().catch(() => {
        this.retryTimer = setTimeout(retry, 500);
      });
    };
    this.retryTimer = setTimeout(retry, 100);
  }

  /** Reads everything after the last delivered id; one read at a time, re-run if woken meanwhile. */
  private wake(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.readNew()
      .catch(() => this.reconnectSoon(this.client as Client))
      .finally(() => {
        this.reading = undefined;
        if (this.again && !this.closed) {
          this.again = false;
          this.wake();
        }
      });
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
          this.onDelivered?.((performance.now() - notifiedAt) / 1000);
        }
      }
      if (rows.length < 500) return;
    }
  }
}
