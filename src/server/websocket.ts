import type { Server } from 'node:http';
import { specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate } from '../auth/viewer';
import { createContext, type Viewer } from '../graphql/context';
import { depthLimit } from '../graphql/depth-limit';
import type { EventHub } from '../modules/events/event-hub';
import type { AppDeps } from './app';

/** What a socket learned at connection_init. */
interface SocketState {
  viewer?: Viewer | null;
  expiryTimer?: NodeJS.Timeout;
}

const CLOSE_UNAUTHORIZED = 4401;

/**
 * graphql-ws (graphql-transport-ws) on the HTTP server's /graphql path. The connection_init
 * payload's `authorization` authenticates the socket; a bad token is refused (4403) and an
 * expiring one closes the socket when it expires (4401).
 */
export function startWebSocketServer(httpServer: Server, deps: AppDeps & { events: EventHub }, schema: GraphQLSchema) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const rules = [...specifiedRules, depthLimit(deps.config.maxQueryDepth)];
  const states = new WeakMap<WebSocket, SocketState>();

  const server = useServer(
    {
      schema,
      validate: (s, document) => validate(s, document, rules),
      onConnect: async (ctx) => {
        const state: SocketState = {};
        states.set(ctx.extra.socket, state);
        try {
          const auth = await authenticate(deps.config, deps.orm.em.fork(), ctx.connectionParams?.authorization);
          state.viewer = auth.viewer;
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
      },
      context: (ctx) => createContext(deps.orm.em, deps, states.get(ctx.extra.socket)?.viewer ?? null),
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
