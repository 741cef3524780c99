import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate } from '../auth/viewer';
import { createContext, type Context, type Viewer } from '../graphql/context';
import { AppError, ErrorCode, formatError } from '../graphql/errors';
import type { OperationGuard } from '../graphql/operation-guard';
import type { EventHub } from '../modules/events/event-hub';
import { chargeOperation } from '../modules/ratelimit/operation-budget';
import type { RateLimiter } from '../modules/ratelimit/rate-limit.service';
import type { AppDeps } from './app';

/** What a socket learned at connection_init. */
interface SocketState {
  viewer?: Viewer | null;
  expiryTimer?: NodeJS.Timeout;
  /** The key this socket counts against in `socketsPerOwner`, once counted. */
  owner?: string;
  address: string;
}

const CLOSE_UNAUTHORIZED = 4401;
/** Too many sockets for one user (or one address when anonymous). */
export const CLOSE_TOO_MANY_SOCKETS = 4429;

/** The client's address; behind a trusted proxy, the address the proxy saw. */
function clientAddress(request: IncomingMessage, trustProxy: unknown): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim()) return forwarded.split(',').pop()!.trim();
  return request.socket.remoteAddress ?? 'unknown';
}

/**
 * graphql-ws (graphql-transport-ws) on the HTTP server's /graphql path, under the same rules as
 * HTTP: frames no larger than an HTTP body, the operation guard and the cost budget before
 * anything runs, masked errors, and caps on sockets per user and operations per socket. The
 * connection_init payload's `authorization` authenticates the socket; a bad token is refused
 * (4403) and an expiring one closes the socket when it expires (4401).
 */
export function startWebSocketServer(
  httpServer: Server,
  deps: AppDeps & { events: EventHub; rateLimiter: RateLimiter },
  schema: GraphQLSchema,
  guard: OperationGuard,
) {
  const { config } = deps;
  const exposeDetails = config.env !== 'production';
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.maxRequestBytes });
  const states = new WeakMap<WebSocket, SocketState>();
  const socketsPerOwner = new Map<string, number>();
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error, exposeDetails));

  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const state: SocketState = { address: clientAddress(ctx.extra.request, config.trustProxy) };
        states.set(ctx.extra.socket, state);
        try {
          const auth = await authenticate(config, deps.orm.em.fork(), ctx.connectionParams?.authorization);
          state.viewer = auth.viewer;
          const owner = auth.viewer ? `user:${auth.viewer.id}` : `address:${state.address}`;
          const open = socketsPerOwner.get(owner) ?? 0;
          if (config.wsMaxSocketsPerUser && open >= config.wsMaxSocketsPerUser) {
            ctx.extra.socket.close(CLOSE_TOO_MANY_SOCKETS, 'Too many open sockets');
            return false;
          }
          socketsPerOwner.set(owner, open + 1);
          state.owner = owner;
          if (auth.expiresAt) {
            const ms = Math.max(0, auth.expiresAt.getTime() - Date.now());
            // setTimeout cannot wait longer than ~24.8 days; such tokens are re-checked then.
            state.expiryTimer = setTimeout(() => ctx.extra.socket.close(CLOSE_UNAUTHORIZED, 'Token expired'), Math.min(ms, 2 ** 31 - 1));
          }
          return true;
        } catch {
          return false;
        }
      },
      onClose: (ctx) => {
        const state = states.get(ctx.extra.socket);
        if (state?.expiryTimer) clearTimeout(state.expiryTimer);
        if (state?.owner) {
          const left = (socketsPerOwner.get(state.owner) ?? 1) - 1;
          if (left > 0) socketsPerOwner.set(state.owner, left);
          else socketsPerOwner.delete(state.owner);
          state.owner = undefined;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        // The operation being subscribed is already counted in ctx.subscriptions.
        if (config.wsMaxOperationsPerSocket && Object.keys(ctx.subscriptions).length > config.wsMaxOperationsPerSocket) {
          return [new AppError(ErrorCode.RATE_LIMITED, `A socket may run at most ${config.wsMaxOperationsPerSocket} operations at once.`)];
        }
        const checked = guard.check(payload.query, payload.variables, payload.operationName);
        if (!checked.document) return checked.errors;
        const state = states.get(ctx.extra.socket);
        const contextValue = createContext(deps.orm.em, deps, state?.viewer ?? null, state?.address ?? 'unknown');
        try {
          const limited = await chargeOperation(contextValue, checked.cost);
          if (limited) return [limited];
        } catch (error) {
          return [new GraphQLError('rate limiting failed', { originalError: error instanceof Error ? error : new Error(String(error)) })];
        }
        return {
          schema,
          document: checked.document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        const requested = (args.contextValue as Context | undefined)?.operationCost?.requested ?? 0;
        const { errors, ...rest } = result as ExecutionResult;
        return {
          ...rest,
          ...(errors ? { errors: format(errors) } : {}),
          extensions: { ...rest.extensions, cost: { requested, limit: guard.maxCost } },
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );

  return {
    /** Closes every socket and stops accepting new ones. */
    drain: async () => {
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
