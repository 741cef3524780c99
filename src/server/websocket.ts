import type { Server } from 'node:http';
import { specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate, sessionUser, viewerOf } from '../auth/viewer';
import { createContext, type Viewer } from '../graphql/context';
import { depthLimit } from '../graphql/depth-limit';
import type { EventHub } from '../modules/events/event-hub';
import { SessionWatch } from '../modules/sessions/session-watch';
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
 * expiring one closes the socket when it expires (4401), as does one whose session is ended
 * (logOut, a password change) on any server process.
 */
export async function startWebSocketServer(httpServer: Server, deps: AppDeps & { events: EventHub }, schema: GraphQLSchema) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const rules = [...specifiedRules, depthLimit(deps.config.maxQueryDepth)];
  const states = new WeakMap<WebSocket, SocketState>();
  const socketsOfUser = new Map<string, Set<WebSocket>>();

  /** Closes the user's sockets whose session ended; the others see the user as they are now. */
  const recheck = async (userId: string) => {
    const sockets = socketsOfUser.get(userId);
    if (!sockets) return;
    const em = deps.orm.em.fork();
    for (const socket of sockets) {
      const viewer = states.get(socket)?.viewer;
      if (!viewer) continue;
      const user = await sessionUser(em, userId, viewer.sessionId).catch(() => 'unknown' as const);
      if (user === 'unknown') continue;
      if (!user) socket.close(CLOSE_UNAUTHORIZED, 'Signed out');
      // Subscriptions hold this very object in their context: the change reaches them too.
      else Object.assign(viewer, viewerOf(deps.config, user, viewer.sessionId));
    }
  };
  const recheckAll = () => {
    for (const userId of socketsOfUser.keys()) void recheck(userId);
  };
  const watch = new SessionWatch(deps.orm.config.get('clientUrl')!, (userId) => void recheck(userId), recheckAll);
  await watch.start();

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
          if (auth.viewer) {
            const sockets = socketsOfUser.get(auth.viewer.id) ?? new Set();
            socketsOfUser.set(auth.viewer.id, sockets.add(ctx.extra.socket));
          }
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
        const userId = state?.viewer?.id;
        const sockets = userId ? socketsOfUser.get(userId) : undefined;
        if (sockets?.delete(ctx.extra.socket) && sockets.size === 0) socketsOfUser.delete(userId!);
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
      await watch.close();
    },
  };
}
