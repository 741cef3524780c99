import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from '../../graphql/context';
import { ErrorCode, isDeliberate } from '../../graphql/errors';
import type { EventRow } from './event-log';
import type { EventHub } from './event-hub';
import { EventFeed, viewerKey } from './event-stream';

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) {
    id = ++nextDocumentId;
    documentIds.set(document, id);
  }
  return id;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

/**
 * Where a subscription's results go: sends one (its message handed to the socket) and settles
 * when the socket took it, so that the next waits for it. `liveEventId` is the event it is about
 * when that came live (not from the replay of the log), for the send-lag metric.
 */
export type ResultSink = (result: ExecutionResult, liveEventId?: string) => Promise<void>;

/** Where a subscription's results go (`send`), and who is told at once when the client ended it (`returned`). */
export interface Delivery {
  send: ResultSink;
  /**
   * Called as `return` is (the client's `complete`, or its socket closing), before anything
   * else runs: the subscription sends nothing more from then on, so its id is free again.
   */
  returned(): void;
}

/**
 * graphql-js's `subscribe`, except for two things. An event is executed once per group of this
 * process's subscribers with the same document, operation, variables and viewer: they read it in
 * the same per-event scope, so their results cannot differ, and the others get the first one's
 * result. And the results of the subscription's event feed go to `delivery` directly as they
 * come: the iterator returned yields nothing and only ends (or fails) with the subscription, so
 * a delivery costs no turn of the protocol library's loop.
 */
export async function groupedSubscribe(args: ExecutionArgs, hub: EventHub, delivery: Delivery | undefined): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  // Documents come from the operation guard's cache, so equal texts are one object.
  const operation = `${documentId(args.document)}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
  if (!(source instanceof EventFeed) || !delivery) throw new Error('A subscription is an event feed, delivered over WebSocket.');
  return new DeliveredEvents(source, executeShared(args, hub, operation), delivery);
}

/** The event's result for this subscriber, computed once per group (see above). */
function executeShared(args: ExecutionArgs, hub: EventHub, operation: string): (event: EventRow) => ExecutionResult | Promise<ExecutionResult> {
  let kept: { viewerKey: string; key: string } | undefined;
  return (event) => {
    // The viewer is read per event: a session re-check may have changed it since.
    const viewer = viewerKey(args.contextValue as Context);
    if (kept?.viewerKey !== viewer) kept = { viewerKey: viewer, key: `execute|${operation}|${viewer}` };
    return hub.shared(event.id, kept.key, () => execute({ ...args, rootValue: event }), isComplete);
  };
}

/**
 * Whether a result holds everything its subscribers may read: not when a field failed to load
 * (the database did not answer, or was busy). Such a result is still delivered, with its
 * `errors` telling the client to resume with `after`, but is not handed to others.
 */
function isComplete(result: ExecutionResult): boolean {
  return !result.errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE || !isDeliberate(error, error.extensions?.code));
}

/**
 * A subscription whose results go straight to its sink: `next` is asked once and settles when
 * the subscription ends (done) or fails (rejected: the protocol reports the error). `return`
 * (the client completed it, or its socket closed) stops the feed.
 */
class DeliveredEvents implements AsyncIterableIterator<ExecutionResult> {
  private ended?: { resolve: (result: IteratorResult<ExecutionResult>) => void; reject: (error: unknown) => void };
  private stopFeed?: () => void;
  private finished = false;

  constructor(
    private readonly feed: EventFeed,
    private readonly run: (event: EventRow) => ExecutionResult | Promise<ExecutionResult>,
    private readonly delivery: Delivery,
  ) {}

  /**
   * Executes an event and sends its result, unless the subscription ended meanwhile: once the
   * client completed it (or it failed), no `next` may follow, also not one whose execution was
   * under way, which would otherwise reach a later subscription reusing its id.
   */
  private readonly deliver = (event: EventRow, live: boolean): Promise<void> =>
    Promise.resolve(this.run(event)).then((result) => (this.finished ? undefined : this.delivery.send(result, live ? event.id : undefined)));

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.finished || this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.ended = { resolve, reject };
      this.stopFeed = this.feed.start(this.deliver, (error) => this.finish(error));
    });
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.finished) {
      this.finish();
      this.delivery.returned();
    }
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.finish();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(error?: unknown): void {
    if (this.finished) return;
    this.finished = true;
    this.stopFeed?.();
    if (error === undefined) this.ended?.resolve({ done: true, value: undefined });
    else this.ended?.reject(error);
  }
}
