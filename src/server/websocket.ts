import type { IncomingMessage, Server } from 'node:http';
import { getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode, makeServer, MessageType, stringifyMessage, type Context as WsContext, type SubscribePayload } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate, viewerOf, type SessionChecks } from '../auth/viewer';
import { createContext, type Context, type Viewer } from '../graphql/context';
import { afterCommit, AppError, ErrorCode, formatError } from '../graphql/errors';
import type { OperationGuard } from '../graphql/operation-guard';
import type { Logger } from '../logger';
import type { EventHub } from '../modules/events/event-hub';
import { groupedSubscribe, type Delivery } from '../modules/events/grouped-subscribe';
import { addressGroup } from '../modules/ratelimit/address-group';
import { chargeOperation } from '../modules/ratelimit/operation-budget';
import { PendingSockets } from '../modules/ratelimit/pending-sockets';
import type { RateLimiter } from '../modules/ratelimit/rate-limit.service';
import type { SocketLeases } from '../modules/ratelimit/socket-leases';
import { SessionWatch } from '../modules/sessions/session-watch';
import type { AppDeps } from './app';
import { errorCodeOf, isInternal, loggedName, requestIdFrom, type RequestRecord } from './request-log';
import { NOT_TRUSTED_MESSAGE, TrustedDocuments } from './trusted-documents';
import { sendText, SocketTransport, type SocketExtra } from './ws-transport';

/** One operation running on a socket: its log record, start, results sent, and subscribe message. */
interface OperationState {
  record: RequestRecord;
  started: number;
  events: number;
  payload: SubscribePayload;
}

/** What a socket learned at connection_init, and the operations running on it. */
interface SocketState {
  viewer?: Viewer | null;
  expiryTimer?: NodeJS.Timeout;
  /** By id; `payload` (its subscribe message's) tells a later operation reusing the id from this one. */
  operations: Map<string, OperationState>;
  /** The socket's place among its owner's (WS_MAX_SOCKETS_PER_USER), once it has one. */
  lease?: string;
  closed?: boolean;
  address: string;
}

/** Hooks that watch sockets and operations (metrics); all optional. */
export interface WebSocketObserver {
  socketOpened?(): void;
  socketClosed?(): void;
  operationStarted?(type: string | undefined): void;
  /** After `operationStarted` or a refusal before it (then without operationType). */
  operationEnded?(record: RequestRecord, durationMs: number): void;
  /** An event's message is being handed to a subscriber's socket, `lagSeconds` after its notification here. */
  eventSent?(lagSeconds: number): void;
  /** An upgrade refused before any socket was made (WS_MAX_PENDING_SOCKETS_PER_ADDRESS), with its code. */
  upgradeRefused?(record: RequestRecord): void;
}

const CLOSE_UNAUTHORIZED = 4401;

/** Too many sockets for one user (or one address when anonymous). */
export const CLOSE_TOO_MANY_SOCKETS = 4429;

/**
 * How long graphql-ws waits for `connection_init` before it closes the socket (4408): what a
 * socket that says nothing may hold, and when a client refused for too many pending sockets
 * may try again (by then every socket counted against it has had its whole wait).
 */
export const CONNECTION_INIT_WAIT_MS = 3_000;

/** Express's compiled `trust proxy` (`app.get('trust proxy fn')`): is the hop `i` from the socket, at `address`, a trusted proxy? */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The client's address, as Express's `req.ip` decides it: from the socket's peer back along
 * X-Forwarded-For (right to left), the first address that is not a trusted proxy, else the
 * leftmost. A peer that is not a trusted proxy is the client, whatever its header says.
 */
export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
  const header = request.headers['x-forwarded-for'];
  const forwarded = typeof header === 'string' ? header.split(',').map((address) => address.trim()).filter(Boolean) : [];
  const chain = [request.socket.remoteAddress ?? 'unknown', ...forwarded.reverse()];
  for (let hop = 0; hop < chain.length - 1; hop++) if (!trust(chain[hop], hop)) return chain[hop];
  return chain[chain.length - 1];
}

/**
 * graphql-ws (graphql-transport-ws) on the HTTP server's /graphql path. The connection_init
 * payload's `authorization` authenticates the socket; a bad token is refused (4403) and an
 * expiring one closes the socket when it expires (4401), as does one whose session is ended
 * (logOut, a password change) on any server process. Operations meet the same rules as over
 * HTTP: frames no larger than an HTTP body, the operation guard and the cost budget before
 * anything runs, masked errors, and caps on sockets per user and operations per socket.
 */
export async function startWebSocketServer(
  httpServer: Server,
  deps: AppDeps & { events: EventHub; logger: Logger; rateLimiter: RateLimiter; socketLeases: SocketLeases; sessions: SessionChecks },
  schema: GraphQLSchema,
  guard: OperationGuard,
  observer: WebSocketObserver = {},
  trustProxy: TrustProxy = () => false,
) {
  const { config, logger } = deps;
  const trusted = config.trustedDocuments ? TrustedDocuments.load(config.trustedDocuments) : undefined;
  const addressOf = (request: IncomingMessage) => clientAddress(request, trustProxy);
  const pending = new PendingSockets(config.wsMaxPendingSocketsPerAddress);

  /**
   * Before the handshake (ws's verifyClient): an address that already has
   * WS_MAX_PENDING_SOCKETS_PER_ADDRESS sockets not acknowledged is answered HTTP 429, with
   * Retry-After and a RATE_LIMITED error as over HTTP, and no socket is made. ws completes an
   * admitted upgrade and emits `connection` (where the socket is counted) within this same call,
   * so two upgrades cannot both take an address's last place.
   */
  const admit = (request: IncomingMessage, accept: (admitted: boolean, status?: number, body?: string, headers?: Record<string, string>) => void) => {
    if (pending.admits(addressOf(request))) return accept(true);
    const record: RequestRecord = { requestId: requestIdFrom(request.headers['x-request-id']), errorCodes: [ErrorCode.RATE_LIMITED] };
    const retryAfter = Math.ceil(CONNECTION_INIT_WAIT_MS / 1000);
    // One line like the access log's for an HTTP request refused before GraphQL ran.
    logger.info({ requestId: record.requestId, transport: 'ws', method: request.method, path: request.url?.split('?')[0], status: 429, errorCodes: record.errorCodes }, 'request');
    observer.upgradeRefused?.(record);
    const message = `At most ${pending.limit} WebSockets of one client address may wait for connection_ack at once.`;
    const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.RATE_LIMITED, retryAfter, requestId: record.requestId } }] });
    accept(false, 429, body, { 'Content-Type': 'application/json', 'Retry-After': String(retryAfter), 'X-Request-Id': record.requestId });
  };
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.maxRequestBytes,
    perMessageDeflate: false,
    verifyClient: pending.limit ? (info: { req: IncomingMessage }, accept: Parameters<typeof admit>[1]) => admit(info.req, accept) : undefined,
  });
  const states = new WeakMap<WebSocket, SocketState>();
  const exposeDetails = deps.config.env !== 'production';
  const socketsOfUser = new Map<string, Set<WebSocket>>();

  /** Closes the user's sockets whose session ended; the others see the user as they are now. */
  const recheck = async (userId: string) => {
    const sockets = socketsOfUser.get(userId);
    if (!sockets) return;
    // All at once: the session checks batch them (one statement for a user's many sockets).
    await Promise.all(
      [...sockets].map(async (socket) => {
        const viewer = states.get(socket)?.viewer;
        if (!viewer) return;
        const user = await deps.sessions.user(userId, viewer.sessionId).catch(() => 'unknown' as const);
        if (user === 'unknown') return;
        if (!user) socket.close(CLOSE_UNAUTHORIZED, 'Signed out');
        // Subscriptions hold this very object in their context: the change reaches them too.
        else Object.assign(viewer, viewerOf(deps.config, user, viewer.sessionId));
      }),
    );
  };
  const recheckAll = () => {
    for (const userId of socketsOfUser.keys()) void recheck(userId);
  };
  const watch = new SessionWatch(deps.orm.config.get('clientUrl')!, (userId) => void recheck(userId), recheckAll);
  await watch.start();

  const releaseLease = async (state: SocketState) => {
    const lease = state.lease;
    state.lease = undefined;
    if (lease) await deps.socketLeases.release(lease).catch((error) => logger.warn({ err: error }, 'could not release a socket lease; it lapses on its own'));
  };

  /**
   * One line per operation, when it ends (completed, failed, or its socket closed). With
   * `payload`, only the operation subscribed with it: not a later one that reuses its id.
   */
  const finish = (state: SocketState | undefined, id: string, how: string, payload?: SubscribePayload) => {
    const operation = state?.operations.get(id);
    if (!state || !operation || (payload && operation.payload !== payload)) return;
    state.operations.delete(id);
    const durationMs = Math.round((performance.now() - operation.started) * 10) / 10;
    const { record } = operation;
    const errorCodes = [...new Set(record.errorCodes)];
    observer.operationEnded?.({ ...record, errorCodes }, durationMs);
    logger.info(
      {
        requestId: record.requestId,
        transport: 'ws',
        operationName: record.operationName,
        operationType: record.operationType,
        userId: record.userId,
        durationMs,
        status: how,
        events: operation.events || undefined,
        errorCodes: errorCodes.length ? errorCodes : undefined,
      },
      'operation',
    );
  };

  /** Internal errors are logged with their stack and masked like over HTTP; every error carries the request id. */
  const report = (record: RequestRecord, errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => {
      record.errorCodes.push(errorCodeOf(error));
      if (isInternal(error)) {
        logger.error({ requestId: record.requestId, operationName: record.operationName, path: error.path?.join('.'), err: error.originalError ?? error }, 'internal error');
      }
      const formatted = formatError(error.toJSON(), error, exposeDetails);
      return { ...formatted, extensions: { ...formatted.extensions, requestId: record.requestId } };
    });

  /**
   * A `next` message's payload, as the client sees it: errors coded, masked and logged with the
   * operation's request id, and the operation's cost. `eventId` is the event a subscription's
   * result is about (for the send-lag metric).
   */
  const nextPayload = (socket: WebSocket, id: string, args: ExecutionArgs, result: ExecutionResult, eventId?: string) =>
    payloadOf(counted(socket, id, eventId), args.contextValue as Context | undefined, result);

  /** The payload itself; `operation` (its record) is only read for a result with errors. */
  const payloadOf = (operation: OperationState | undefined, context: Context | undefined, result: ExecutionResult) => {
    const { errors, ...rest } = result;
    const reported = errors?.length ? (operation ? report(operation.record, errors) : errors.map((error) => formatError(error.toJSON(), error, exposeDetails))) : undefined;
    const formatted = reported && afterCommit(reported, context?.committed);
    const cost = { requested: context?.operationCost?.requested ?? 0, limit: guard.maxCost };
    return { ...rest, ...(formatted ? { errors: formatted } : {}), extensions: { ...rest.extensions, cost } };
  };

  /** One more result sent for the operation (and the send-lag metric told of a live event's). */
  const counted = (socket: WebSocket, id: string, eventId: string | undefined) => {
    const operation = states.get(socket)?.operations.get(id);
    if (operation) operation.events++;
    const notifiedAt = eventId && observer.eventSent ? deps.events.notifiedAtOf(eventId) : undefined;
    if (notifiedAt !== undefined) observer.eventSent!((performance.now() - notifiedAt) / 1000);
    return operation;
  };

  /**
   * An event result's payload as JSON, made once for every subscriber it is shared with (a
   * group's subscribers get the same result object, see groupedSubscribe, and their documents
   * the same cost): only the `next` message's id differs from one socket to the next. A result
   * with errors is reported per operation (logged with each one's request id), so it is not.
   */
  const sharedPayloads = new WeakMap<ExecutionResult, { requested: number; json: string }>();

  /** The `next` message of a subscription's event result, as nextPayload would make it. */
  const nextMessage = (socket: WebSocket, id: string, args: ExecutionArgs, result: ExecutionResult, eventId?: string): string => {
    if (result.errors?.length) return stringifyMessage({ id, type: MessageType.Next, payload: nextPayload(socket, id, args, result, eventId) });
    counted(socket, id, eventId);
    const context = args.contextValue as Context | undefined;
    const requested = context?.operationCost?.requested ?? 0;
    let shared = sharedPayloads.get(result);
    if (shared?.requested !== requested) {
      shared = { requested, json: JSON.stringify(payloadOf(undefined, context, result)) };
      sharedPayloads.set(result, shared);
    }
    return `{"id":${JSON.stringify(id)},"type":"${MessageType.Next}","payload":${shared.json}}`;
  };

  /**
   * Where each subscription's event results go (by its context, set when it is subscribed):
   * straight to its socket as `next` messages, the same message graphql-ws would send, without
   * a turn of graphql-ws's loop per event (see groupedSubscribe).
   */
  const deliveries = new WeakMap<Context, Delivery>();

  /** A `subscribe`, checked and charged: the refusal, or what graphql-ws is to run. */
  const subscribeOperation = async (
    ctx: WsContext<Record<string, unknown> | undefined, SocketExtra>,
    id: string,
    payload: SubscribePayload,
  ): Promise<readonly GraphQLError[] | ExecutionArgs> => {
    const state = states.get(ctx.extra.socket);
    const record: RequestRecord = {
      requestId: requestIdFrom(undefined),
      operationName: loggedName(payload.operationName),
      userId: state?.viewer?.id,
      errorCodes: [],
    };
    state?.operations.set(id, { record, started: performance.now(), events: 0, payload });
    // What runs, this one included: an operation the client cancelled (`complete`) keeps running
    // to its end, and counts until then (state.operations), not only what graphql-ws still
    // answers (ctx.subscriptions).
    const running = state ? state.operations.size : Object.keys(ctx.subscriptions).length;
    if (config.wsMaxOperationsPerSocket && running > config.wsMaxOperationsPerSocket) {
      // retryAfter as every RATE_LIMITED: a place is free as soon as one of the others ends.
      return [new AppError(ErrorCode.RATE_LIMITED, `A socket may run at most ${config.wsMaxOperationsPerSocket} operations at once.`, { retryAfter: 1 })];
    }
    let query = payload.query;
    if (trusted) {
      // As over HTTP: by `documentId`, by the persisted-query hash, or by its text. graphql-ws
      // requires a query string, so a client that names a document by its hash sends an empty one.
      const hash = (payload as { documentId?: unknown }).documentId ?? (payload.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
      const document = trusted.resolve(payload.query || undefined, hash);
      if (!document) return [new AppError(ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, NOT_TRUSTED_MESSAGE)];
      query = document;
    }
    const checked = guard.check(query, payload.variables, payload.operationName);
    if (!checked.document) return checked.errors;
    const contextValue = createContext(deps.orm.em, deps, state?.viewer ?? null, state?.address ?? 'unknown');
    try {
      const limited = await chargeOperation(contextValue, checked.cost);
      if (limited) return [limited];
    } catch (error) {
      return [new GraphQLError('rate limiting failed', { originalError: error instanceof Error ? error : new Error(String(error)) })];
    }
    return { schema, document: checked.document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
  };

  const server = makeServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      connectionInitWaitTimeout: CONNECTION_INIT_WAIT_MS,
      // Each event is resolved once per group of subscribers whose results cannot differ, and
      // sent to each subscriber's socket directly.
      subscribe: (args) => groupedSubscribe(args, deps.events, deliveries.get(args.contextValue as Context)),
      onConnect: async (ctx) => {
        const state: SocketState = { operations: new Map(), address: ctx.extra.address };
        states.set(ctx.extra.socket, state);
        try {
          const auth = await authenticate(deps.config, deps.sessions, ctx.connectionParams?.authorization);
          state.viewer = auth.viewer;
          if (config.wsMaxSocketsPerUser) {
            // Counted across every process on the database, not in this one's memory. An
            // anonymous socket counts for its address group: an IPv6 client's whole /64.
            const owner = auth.viewer ? `user:${auth.viewer.id}` : `address:${addressGroup(state.address)}`;
            state.lease = await deps.socketLeases.acquire(owner, config.wsMaxSocketsPerUser);
            if (!state.lease) {
              ctx.extra.socket.close(CLOSE_TOO_MANY_SOCKETS, 'Too many open sockets');
              return false;
            }
          }
          // Closed meanwhile (while authenticating or taking its lease): give the place back and
          // register nothing.
          if (state.closed) {
            void releaseLease(state);
            return false;
          }
          if (auth.viewer) {
            const sockets = socketsOfUser.get(auth.viewer.id) ?? new Set();
            socketsOfUser.set(auth.viewer.id, sockets.add(ctx.extra.socket));
          }
          if (auth.expiresAt) {
            const expiresAt = auth.expiresAt.getTime();
            // setTimeout cannot wait longer than ~24.8 days (JWT_TTL_SECONDS may be a year): a
            // timer that fires before the token expires waits again.
            const untilExpiry = () => Math.min(Math.max(0, expiresAt - Date.now()), 2 ** 31 - 1);
            const expire = () => {
              if (Date.now() < expiresAt) state.expiryTimer = setTimeout(expire, untilExpiry());
              else ctx.extra.socket.close(CLOSE_UNAUTHORIZED, 'Token expired');
            };
            state.expiryTimer = setTimeout(expire, untilExpiry());
          }
          // Acknowledged: from here the socket counts among its user's (or anonymous address's), not as pending.
          pending.settle(ctx.extra.socket);
          return true;
        } catch (error) {
          // A refused token is the client's business (4403); anything else is ours to know about.
          if (!(error instanceof AppError)) logger.error({ err: error, address: state.address }, 'a socket could not be opened');
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        // An id whose operation still runs here (cancelled by the client, not ended yet) is in
        // use, as graphql-ws treats an id it still answers: the socket is closed (4409).
        if (states.get(ctx.extra.socket)?.operations.has(id)) {
          ctx.extra.socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`.slice(0, 123));
          return [new GraphQLError('This operation id is still in use on this socket.', { extensions: { code: ErrorCode.BAD_REQUEST } })];
        }
        const refusalOrArgs = await subscribeOperation(ctx, id, payload);
        // Cancelled (`complete`) while it was being checked or charged: graphql-ws then sends the
        // refusal nowhere and calls no hook, so it is finished here rather than kept (and logged)
        // until the socket closes.
        if (Array.isArray(refusalOrArgs) && !(id in ctx.subscriptions)) {
          const state = states.get(ctx.extra.socket);
          const operation = state?.operations.get(id);
          if (operation) report(operation.record, refusalOrArgs);
          finish(state, id, 'cancelled', payload);
        }
        if (Array.isArray(refusalOrArgs)) return refusalOrArgs;
        const args = refusalOrArgs as ExecutionArgs;
        const socket = ctx.extra.socket;
        deliveries.set(args.contextValue as Context, {
          send: (result, eventId) => sendText(socket, nextMessage(socket, id, args, result, eventId)),
          // Ended by the client (`complete`): its line is written now, so that the id is free for
          // the next message (a subscribe reusing it may come in the same read). When the socket
          // closes, its close ends it (and says so).
          returned: () => {
            if (socket.readyState === socket.OPEN) finish(states.get(socket), id, 'complete', payload);
          },
        });
        return args;
      },
      onOperation: (ctx, id, _payload, args) => {
        const operation = states.get(ctx.extra.socket)?.operations.get(id);
        if (!operation) return;
        const ast = getOperationAST(args.document, args.operationName);
        operation.record.operationType = ast?.operation;
        operation.record.operationName ??= loggedName(ast?.name?.value);
        observer.operationStarted?.(ast?.operation);
      },
      onNext: (ctx, id, _payload, args, result) => nextPayload(ctx.extra.socket, id, args, result as ExecutionResult),
      onError: (ctx, id, payload, errors) => {
        const state = states.get(ctx.extra.socket);
        const operation = state?.operations.get(id);
        // A socket being closed (a reused id): its close ends every operation still listed.
        if (!operation || operation.payload !== payload || ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return errors.map((error) => formatError(error.toJSON(), error, exposeDetails));
        // Errors before execution are the document's (parse or validation): coded as over HTTP.
        // One with an original error is a running subscription's failure (graphql-ws wraps what
        // its iterator threw): kept, so it is reported (and masked) as what it is.
        const coded = errors.map((error) =>
          error.extensions?.code || error.originalError ? error : new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }),
        );
        const formatted = report(operation.record, coded);
        finish(state, id, 'error', payload);
        return formatted;
      },
      onComplete: (ctx, id, payload) => finish(states.get(ctx.extra.socket), id, 'complete', payload),
      onClose: (ctx, code) => {
        const state = states.get(ctx.extra.socket);
        if (state?.expiryTimer) clearTimeout(state.expiryTimer);
        const userId = state?.viewer?.id;
        const sockets = userId ? socketsOfUser.get(userId) : undefined;
        if (sockets?.delete(ctx.extra.socket) && sockets.size === 0) socketsOfUser.delete(userId!);
        if (state) {
          state.closed = true;
          void releaseLease(state);
        }
        for (const id of [...(state?.operations.keys() ?? [])]) finish(state, id, `closed ${code}`);
      },
    },
  );
  const transport = new SocketTransport(wss, server, logger, config.env === 'production', addressOf);

  wss.on('connection', (socket, request) => {
    observer.socketOpened?.();
    // Pending until acknowledged (onConnect) or closed, whichever comes first: refused at
    // connection_init, timed out, closed by either side. A socket the server closes counts until
    // its close has finished (ws ends it after 30 s if the client does not answer).
    pending.add(socket, addressOf(request));
    socket.once('close', () => {
      pending.settle(socket);
      observer.socketClosed?.();
    });
  });

  return {
    /** Closes every socket and stops accepting new ones. */
    drain: async () => {
      await transport.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await watch.close();
    },
  };
}
