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
  const ctx = args.contextValue as Context;
  // Documents come from the operation guard's cache, so equal texts are one object.
  const operation = `${documentId(args.document)}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
  const run = (event: unknown) => execute({ ...args, rootValue: event });
  return mapEvents(source, (event) => {
    const eventId = (event as { id?: unknown } | null)?.id;
    if (typeof eventId !== 'string') return run(event);
    return hub.shared(eventId, `execute|${operation}|${viewerKey(ctx)}`, () => run(event));
  });
}

/** Maps each value of `source`; ending or failing the mapped iterator ends the source. */
function mapEvents<T, R>(source: AsyncIterable<T>, map: (value: T) => R | Promise<R>): AsyncIterableIterator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async () => {
    try {
      await iterator.return?.();
    } catch {
      // already failing
    }
  };
  const mapResult = async (result: IteratorResult<T>): Promise<IteratorResult<R>> => {
    if (result.done) return { done: true, value: undefined };
    try {
      return { done: false, value: await map(result.value) };
    } catch (error) {
      await close();
      throw error;
    }
  };
  return {
    next: async () => mapResult(await iterator.next()),
    return: async () => (iterator.return ? mapResult(await iterator.return()) : { done: true, value: undefined }),
    throw: async (error?: unknown) => {
      if (iterator.throw) return mapResult(await iterator.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
