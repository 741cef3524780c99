import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { Pool } from 'pg';
import { EventHub } from '../modules/events/event-hub';
import { authenticate } from '../auth/viewer';
import type { Config } from '../config';
import { createContext, createScope, type Context } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { OperationGuard } from '../graphql/operation-guard';
import { buildAppSchema } from '../graphql/schema';
import { referralRoutes } from '../modules/affiliates/referral.routes';
import type { Clock } from '../shared/clock';
import { RateLimiter } from '../modules/ratelimit/rate-limit.service';
import { parseCookies } from './cookies';
import { httpErrorHandler, requireJsonBody } from './http-errors';
import { operationLimitsPlugin } from './operation-plugin';
import { startWebSocketServer } from './websocket';

export interface AppDeps {
  config: Config;
  orm: MikroORM;
  clock: Clock;
}

export interface RunningApp {
  httpServer: Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, drains HTTP and WebSocket; the ORM is the caller's to close. */
  close(): Promise<void>;
}

/** HTTP routes that live beside GraphQL. */
function healthRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await deps.orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  return router;
}

export async function createApp(deps: AppDeps, extraRoutes: express.Router[] = []): Promise<RunningApp> {
  const { config, orm } = deps;
  const schema = buildAppSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  // Subscriptions: one LISTEN connection and a small pool per process for the event log.
  const eventPool = new Pool({ connectionString: orm.config.get('clientUrl'), max: 3 });
  // An idle connection dropped by a database restart is simply replaced on the next query.
  eventPool.on('error', () => undefined);
  const events = new EventHub(orm.config.get('clientUrl')!, eventPool, () => createScope(orm.em, deps.clock));
  await events.start();
  // Throttles keep their counters in PostgreSQL on a small pool of their own, so a busy API
  // pool never delays a refusal (and test statement counts see only the API's own SQL).
  const limiterPool = new Pool({ connectionString: orm.config.get('clientUrl'), max: 3 });
  limiterPool.on('error', () => undefined);
  const rateLimiter = new RateLimiter(limiterPool);
  const development = config.env !== 'production';
  const guard = new OperationGuard(schema, config.limits, !development);
  const withEvents: AppDeps & { events: EventHub; rateLimiter: RateLimiter } = { ...deps, events, rateLimiter };
  const ws = startWebSocketServer(httpServer, withEvents, schema, guard);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: development,
    includeStacktraceInErrorResponses: development,
    csrfPrevention: true,
    // main.ts shuts down in order on SIGINT/SIGTERM; Apollo must not race it.
    stopOnTerminationSignals: false,
    // The guard parses and validates (operation-plugin.ts); Apollo's document cache would
    // replace the document it hands over.
    documentStore: null,
    formatError: (formatted, error) => formatError(formatted, error, development),
    plugins: [
      operationLimitsPlugin(guard, development),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => ws.drain() }) },
      // The cache-control plugin wraps every field resolver; we send no cache hints.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.set('trust proxy', config.trustProxy);
  app.use(healthRoutes(deps));
  app.use(referralRoutes({ ...deps, rateLimiter }));
  for (const router of extraRoutes) app.use(router);
  app.use(
    '/graphql',
    requireJsonBody,
    express.json({ limit: config.maxRequestBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const ctx = createContext(orm.em, withEvents, null, req.ip ?? req.socket.remoteAddress ?? 'unknown');
        ctx.viewer = (await authenticate(config, ctx.em, req.headers.authorization)).viewer;
        ctx.requestCookies = parseCookies(req.headers.cookie);
        ctx.userAgent = req.headers['user-agent']?.slice(0, 512);
        return ctx;
      },
    }),
    httpErrorHandler,
  );

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close: async () => {
      await apollo.stop();
      await events.close();
      await eventPool.end();
      await limiterPool.end();
    },
  };
}
