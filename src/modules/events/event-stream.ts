import { selectRows } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { AppError, badInput, ErrorCode } from '../../graphql/errors';
import { EVENT_COLUMNS, type EventRow } from './event-log';
import type { EventStream } from './event.entity';

/** Events a subscriber has not taken yet, beyond which it is cut off (and may resume with `after`). */
const MAX_QUEUED = 5000;
const REPLAY_PAGE = 500;

export interface StreamSpec {
  stream: EventStream;
  /** Resume after this event id; from now on when omitted. */
  after?: string | null;
  /** The audience: a team's events, or the user's own. */
  teamId?: string | null;
  userId: string;
  /**
   * Whether the subscriber may read this event now, asked with a fresh context per event:
   * a member who left, or lost a financial role, stops receiving at once.
   */
  mayRead(ctx: Context, event: EventRow): Promise<boolean>;
}

export function parseAfter(after: string | null | undefined): string | null {
  if (after == null) return null;
  if (!/^\d{1,19}$/.test(after)) throw badInput('`after` must be an event id from an earlier event.');
  // Without leading zeros: ids are compared as decimal text.
  return BigInt(after).toString();
}

type Viewer = NonNullable<Context['viewer']>;

/** What of a viewer its access is decided from. */
function accessOf(viewer: Viewer): unknown[] {
  return [viewer.id, viewer.email, viewer.emailVerified, viewer.isStaff, viewer.sessionId];
}

const viewerKeys = new WeakMap<Viewer, { access: unknown[]; key: string }>();

/**
 * What a viewer's access is decided from: two subscribers with the same key (the same user,
 * email, verification, staff status and session) are answered alike in an event's scope.
 * Asked for every subscriber and event, it is made again only when the viewer changed (a
 * session re-check updates a socket's viewer in place, so what it was made from is compared).
 */
export function viewerKey(ctx: Context): string {
  const viewer = ctx.viewer;
  if (!viewer) return 'anonymous';
  const access = accessOf(viewer);
  const kept = viewerKeys.get(viewer);
  if (kept && kept.access.every((value, i) => value === access[i])) return kept.key;
  const key = JSON.stringify(access);
  viewerKeys.set(viewer, { access, key });
  return key;
}

function inAudience(spec: StreamSpec, event: EventRow): boolean {
  if (event.stream !== spec.stream) return false;
  return spec.teamId ? event.teamIds.includes(spec.teamId) : event.userIds.includes(spec.userId);
}

/** Whether event id `a` comes after `b` (both decimal, without leading zeros). */
function isAfter(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a > b;
}

/**
 * Hands one event the subscriber may read to whoever sends it; the next waits until this
 * settles. `live`: it came from the hub now, rather than from the replay of the log.
 */
export type Deliver = (event: EventRow, live: boolean) => void | Promise<void>;

export function eventStream(ctx: Context, spec: StreamSpec): EventFeed {
  return new EventFeed(ctx, spec);
}

/**
 * One subscriber's events: the log after `after` replayed, then the live ones, with no gap and
 * no duplicate at the seam (live events are queued from before the replay starts, and those the
 * replay already gave are skipped). Each is authorized when it is delivered, and handed on one
 * at a time: the next only once the previous one's delivery settled, so a subscriber that does
 * not keep up has its events wait here, at most MAX_QUEUED of them, and is then cut off.
 *
 * `deliver` is called directly, not through an async iterator: a live event reaches a thousand
 * subscribers of a process with a few promise reactions each, not the suspended frames of a
 * generator and of the loops above it.
 */
export class EventFeed implements AsyncIterable<EventRow> {
  private readonly queue: EventRow[] = [];
  private overflowed = false;
  private replaying = true;
  private busy = false;
  private stopped = false;
  private lastId = '';
  private deliver?: Deliver;
  private onError?: (error: unknown) => void;
  private unsubscribe?: () => void;

  constructor(
    readonly ctx: Context,
    readonly spec: StreamSpec,
  ) {}

  /**
   * Starts delivering: each event the subscriber may read goes to `deliver`, in order. A failure
   * (of the database, of `deliver`, or too many undelivered events) stops the feed and is told
   * to `onError` once. Returns the function that stops it.
   */
  start(deliver: Deliver, onError: (error: unknown) => void): () => void {
    if (this.deliver) throw new Error('an event feed is started once');
    const hub = this.ctx.events;
    if (!hub) throw new Error('subscriptions need the event hub');
    this.deliver = deliver;
    this.onError = onError;
    this.lastId = parseAfter(this.spec.after) ?? '';
    this.unsubscribe = hub.subscribe((event) => {
      if (!inAudience(this.spec, event)) return;
      if (this.queue.length >= MAX_QUEUED) this.overflowed = true;
      else this.queue.push(event);
      this.pump();
    });
    this.replay().then(
      () => {
        this.replaying = false;
        // While it waits it holds no EntityManager of its own: the next event brings its scope.
        if (!this.stopped) this.ctx.renew(hub.idleScope());
        this.pump();
      },
      (error) => this.fail(error),
    );
    return () => this.stop();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribe?.();
    this.queue.length = 0;
  }

  /** Replays what the log holds after `after` (without it, the stream starts after the newest committed event). */
  private async replay(): Promise<void> {
    const { ctx, spec } = this;
    // Ids follow commit order, so the newest committed id is where "from now on" starts.
    if (!this.lastId) this.lastId = (await selectRows<{ id: string }>(ctx.em, 'select coalesce(max(id), 0)::text as id from event_log'))[0].id;
    const audience = spec.teamId ? `? = any(team_ids)` : `? = any(user_ids)`;
    for (;;) {
      if (this.stopped) return;
      const page = await selectRows<EventRow>(
        ctx.em,
        `select ${EVENT_COLUMNS} from event_log where stream = ? and id > ? and ${audience} order by event_log.id limit ${REPLAY_PAGE}`,
        [spec.stream, this.lastId, spec.teamId ?? spec.userId],
      );
      for (const event of page) {
        if (this.stopped) return;
        this.lastId = event.id;
        await this.handle(event, false);
      }
      if (page.length < REPLAY_PAGE) return;
    }
  }

  /** Takes the next queued live event, unless one is being delivered (or the replay runs). */
  private pump(): void {
    if (this.busy || this.replaying || this.stopped) return;
    if (this.overflowed) {
      this.fail(new AppError(ErrorCode.RATE_LIMITED, 'Too many undelivered events: subscribe again with `after` set to the last event id received.'));
      return;
    }
    let event: EventRow | undefined;
    // Events the replay gave already are skipped.
    while ((event = this.queue.shift()) && !isAfter(event.id, this.lastId));
    if (!event) return;
    this.lastId = event.id;
    this.busy = true;
    this.handle(event, true).then(
      () => {
        this.busy = false;
        this.pump();
      },
      (error) => this.fail(error),
    );
  }

  /** Authorizes one event in its own scope (shared with this process's other subscribers) and delivers it if readable. */
  private async handle(event: EventRow, live: boolean): Promise<void> {
    const { ctx, spec } = this;
    ctx.renew(ctx.events!.scopeFor(event.id));
    if ((await ctx.events!.shared(event.id, this.mayReadKey(), () => spec.mayRead(ctx, event))) && !this.stopped) await this.deliver!(event, live);
  }

  private readKey?: { viewerKey: string; key: string };

  /** `spec.mayRead` is asked once per event for every subscriber of this process with the same audience and viewer: their key. */
  private mayReadKey(): string {
    const viewer = viewerKey(this.ctx);
    if (this.readKey?.viewerKey !== viewer) {
      const { spec } = this;
      this.readKey = { viewerKey: viewer, key: `mayRead|${spec.stream}|${spec.teamId ?? ''}|${spec.userId}|${viewer}` };
    }
    return this.readKey.key;
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    this.stop();
    this.onError?.(error);
  }

  /**
   * graphql-js takes a subscription's source for an async iterable; a feed is not pulled but
   * started (`groupedSubscribe` does), so iterating one is a mistake in the code.
   */
  [Symbol.asyncIterator](): AsyncIterator<EventRow> {
    throw new Error('An event feed is delivered with start(), not iterated.');
  }
}
