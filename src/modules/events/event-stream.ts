import { selectRows } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
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
  return after;
}

/** The event each live subscription last yielded, by its context: read when its message is sent. */
const yielded = new WeakMap<Context, string>();

/** The id of the event a subscription is delivering now (the last one its stream yielded). */
export function eventBeingSent(ctx: Context): string | undefined {
  return yielded.get(ctx);
}

/**
 * What a viewer's access is decided from: two subscribers with the same key (the same user,
 * email, verification, staff status and session) are answered alike in an event's scope.
 */
export function viewerKey(ctx: Context): string {
  const viewer = ctx.viewer;
  return viewer ? JSON.stringify([viewer.id, viewer.email, viewer.emailVerified, viewer.isStaff, viewer.sessionId]) : 'anonymous';
}

/** `spec.mayRead`, once per event for every subscriber of this process with the same audience and viewer. */
function mayRead(ctx: Context, spec: StreamSpec, event: EventRow): Promise<boolean> {
  const key = `mayRead|${spec.stream}|${spec.teamId ?? ''}|${spec.userId}|${viewerKey(ctx)}`;
  return ctx.events!.shared(event.id, key, () => spec.mayRead(ctx, event));
}

function inAudience(spec: StreamSpec, event: EventRow): boolean {
  if (event.stream !== spec.stream) return false;
  return spec.teamId ? event.teamIds.includes(spec.teamId) : event.userIds.includes(spec.userId);
}

/**
 * Replays the log after `after`, then continues live, with no gap and no duplicate at the seam:
 * live events are queued from before the replay starts, and those the replay already gave are
 * skipped. Each event is authorized when it is delivered.
 */
export function eventStream(ctx: Context, spec: StreamSpec): AsyncIterableIterator<EventRow> {
  const control: StreamControl = { closed: false, wake: undefined };
  return new ClosableStream(streamEvents(ctx, spec, control), control);
}

interface StreamControl {
  closed: boolean;
  /** Resolves the wait for the next event, while the stream waits. */
  wake?: () => void;
}

/**
 * The generator, except that `return` also ends a wait for the next event: a client that
 * unsubscribes while we wait must not wait for one more. A class (methods on the prototype),
 * since every live subscriber holds one.
 */
class ClosableStream implements AsyncIterableIterator<EventRow> {
  constructor(
    private readonly generator: AsyncGenerator<EventRow>,
    private readonly control: StreamControl,
  ) {}

  next(): Promise<IteratorResult<EventRow>> {
    return this.generator.next();
  }

  return(value?: unknown): Promise<IteratorResult<EventRow>> {
    this.control.closed = true;
    this.control.wake?.();
    return this.generator.return(value as never);
  }

  throw(error?: unknown): Promise<IteratorResult<EventRow>> {
    return this.generator.throw(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

async function* streamEvents(ctx: Context, spec: StreamSpec, control: StreamControl): AsyncGenerator<EventRow> {
  const hub = ctx.events;
  if (!hub) throw new Error('subscriptions need the event hub');
  let lastId = parseAfter(spec.after) ?? '';
  const queue: EventRow[] = [];
  let overflowed = false;
  const unsubscribe = hub.subscribe((event) => {
    if (!inAudience(spec, event)) return;
    if (queue.length >= MAX_QUEUED) overflowed = true;
    else queue.push(event);
    control.wake?.();
  });
  try {
    // Without `after` the stream starts now: after the newest committed event (ids follow commit order).
    if (!lastId) lastId = (await selectRows<{ id: string }>(ctx.em, 'select coalesce(max(id), 0)::text as id from event_log'))[0].id;
    // Replay what the log holds after `after`.
    for (;;) {
      const audience = spec.teamId ? `? = any(team_ids)` : `? = any(user_ids)`;
      const page = await selectRows<EventRow>(
        ctx.em,
        `select ${EVENT_COLUMNS} from event_log where stream = ? and id > ? and ${audience} order by event_log.id limit ${REPLAY_PAGE}`,
        [spec.stream, lastId, spec.teamId ?? spec.userId],
      );
      for (const event of page) {
        if (control.closed) return;
        lastId = event.id;
        ctx.renew(hub.scopeFor(event.id));
        if (await mayRead(ctx, spec, event)) yield event;
      }
      if (page.length < REPLAY_PAGE) break;
    }
    // While it waits it holds no EntityManager of its own: the next event brings its scope.
    ctx.renew(hub.idleScope());
    while (!control.closed) {
      if (overflowed) throw new Error('Too many undelivered events: subscribe again with `after` set to the last event id received.');
      const event = queue.shift();
      if (!event) {
        await new Promise<void>((resolve) => (control.wake = resolve));
        control.wake = undefined;
        continue;
      }
      if (BigInt(event.id) <= BigInt(lastId)) continue;
      lastId = event.id;
      ctx.renew(hub.scopeFor(event.id));
      if (await mayRead(ctx, spec, event)) {
        yielded.set(ctx, event.id);
        yield event;
      }
    }
  } finally {
    unsubscribe();
  }
}
