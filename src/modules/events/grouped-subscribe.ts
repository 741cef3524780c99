import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from '../../graphql/context';
import type { EventHub } from './event-hub';
import { viewerKey } from './event-stream';

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
 * graphql-js's `subscribe`, except that an event (a log row with an id) is executed once per
 * group of this process's subscribers with the same document, operation, variables and viewer:
 * they read it in the same per-event scope, so their results cannot differ, and the others get
 * the first one's result. Any other source value is executed for its subscriber alone.
 */
export async function groupedSubscribe(args: ExecutionArgs, hub: EventHub): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  // Documents come from the operation guard's cache, so equal texts are one object.
  const operation = `${documentId(args.document)}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
  return new GroupedEvents(source[Symbol.asyncIterator](), args, hub, operation);
}

/**
 * The subscription's results: each source event executed (or shared, see above). Ending or
 * failing it ends the source. A class, not closures: a waiting subscriber holds one small object
 * and a pending promise here, not an async function's suspended frame (thousands of them wait).
 */
class GroupedEvents implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly hub: EventHub,
    private readonly operation: string,
  ) {}

  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.source.next().then((result) => this.mapped(result));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.source.return) return Promise.resolve({ done: true, value: undefined });
    return this.source.return().then((result) => this.mapped(result));
  }

  throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    if (!this.source.throw) return Promise.reject(error);
    return this.source.throw(error).then((result) => this.mapped(result));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private async mapped(result: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> {
    if (result.done) return { done: true, value: undefined };
    try {
      return { done: false, value: await this.execute(result.value) };
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  private execute(event: unknown): ExecutionResult | Promise<ExecutionResult> {
    const eventId = (event as { id?: unknown } | null)?.id;
    const run = () => execute({ ...this.args, rootValue: event });
    if (typeof eventId !== 'string') return run();
    // The viewer is read per event: a session re-check may have changed it since.
    return this.hub.shared(eventId, `execute|${this.operation}|${viewerKey(this.args.contextValue as Context)}`, run);
  }

  private async close(): Promise<void> {
    try {
      await this.source.return?.();
    } catch {
      // already failing
    }
  }
}
