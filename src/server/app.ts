import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import compression from 'compression';
import express from 'express';
import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import { EventHub } from '../modules/events/event-hub';
import { authenticate, SessionChecks } from '../auth/viewer';
import { compiledAnswerOf, spliceCompiledData } from '../graphql/compiled/splice';
import type { Config } from '../config';
import { createContext, createScope, type Context } from '../graphql/context';
import { BUSY_RETRY_AFTER_SECONDS, ErrorCode, formatError, serviceUnavailable } from '../graphql/errors';
import { isPoolExhausted } from '../db/pool';
import { OperationGuard } from '../graphql/operation-guard';
import { buildAppSchema } from '../graphql/schema';
import { SocketLeases } from '../modules/ratelimit/socket-leases';
import { LIMITER_LOCK_TIMEOUT_MS, RateLimiter } from '../modules/ratelimit/rate-limit.service';
import { referralRoutes } from '../modules/affiliates/referral.routes';
import { accountRoutes } from '../modules/users/account.routes';
import { createLogger, type Logger } from '../logger';
import type { Clock } from '../shared/clock';
import { parseCookies } from './cookies';
import { cors } from './cors';
import { ideRoutes } from './ide';
import { metricsRoute, operationLabel, processMetrics } from './metrics';
import { accessLog, graphqlLogPlugin, recordOf } from './request-log';
import { requireJsonBody, tagEarlyRefusals } from './http-errors';
import { TrustedDocuments, trustedDocumentsOnly } from './trusted-documents';
import { operationLimitsPlugin } from './operation-plugin';
import { compiledReadsPlugin } from '../graphql/compiled/plugin';
import { startWebSocketServer } from './websocket';

export interface AppDeps {
  config: Config;
  orm: MikroORM;
  clock: Clock;
  /** Where log lines go; made from the config's LOG_LEVEL and LOG_FORMAT when absent. */
  logger?: Logger;
}

/**
 * How many connections the kernel may hold for this server before it accepts them. A burst (a
 * click storm on a tracking link, a fleet of WebSockets reconnecting) arrives faster than a busy
 * process accepts: with Node's default of 511, 1,000 clicks at once on a loaded machine left
 * handshakes the kernel had no room for, and after a few seconds it answered their requests
 * with a reset (a visitor shown an error instead of a redirect). The kernel caps it at
 * net.core.somaxconn.
 */
const LISTEN_BACKLOG = 4096;

export interface RunningApp {
  httpServer: Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, drains HTTP and WebSocket; the ORM is the caller's to close. */
  close(): Promise<void>;
}

/**
 * HTTP routes that live beside GraphQL. Ready means both what requests need (the database
 * answers, within 2 s) and what subscriptions need (the event hub's LISTEN connection is up).
 */
function healthRoutes(deps: AppDeps, events: EventHub): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (!events.listening) {
      res.status(503).json({ status: 'event listener reconnecting' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        deps.orm.em.fork().getConnection().execute('select 1'),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('no answer within 2 s')), 2000);
        }),
      ]);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}

/**
 * Errors raised before GraphQL runs (a body that is not JSON, or too large) answer in the API's
 * error shape, never with an HTML page that echoes the request; anything else is logged as a bug.
 */
function jsonErrors(logger: Logger): express.ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const record = recordOf(res);
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const code = status < 500 ? 'BAD_REQUEST' : ErrorCode.INTERNAL_SERVER_ERROR;
    record.errorCodes.push(code);
    if (status >= 500) logger.error({ requestId: record.requestId, method: req.method, path: req.path, err: error }, 'internal error');
    const message =
      status === 413 ? 'The request body is larger than allowed.' : status < 500 ? 'The request body is not valid JSON.' : 'Something went wrong on our side.';
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: record.requestId } }] });
  };
}

/**
 * GraphQL-over-HTTP: a well-formed request whose document fails to parse or validate, or whose
 * variables do not fit, answers 200 to a client that accepts only `application/json` (the spec's
 * SHOULD); `application/graphql-response+json` keeps the 4xx status.
 */
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);

const legacyJsonStatus: import('@apollo/server').ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    return {
      async willSendResponse({ response }) {
        const accept = request.http?.headers.get('accept') ?? '';
        if (response.http.status !== 400 || accept.includes('application/graphql-response+json') || response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.length && errors.every((error) => DOCUMENT_ERRORS.has(String(error.extensions?.code)))) response.http.status = 200;
      },
    };
  },
};

export async function createApp(deps: AppDeps, extraRoutes: express.Router[] = []): Promise<RunningApp> {
  const { config, orm } = deps;
  const schema = buildAppSchema();
  const app = express();
  app.disable('x-powered-by');
  // No ETag: every answer is the caller's own and is not cached (no Cache-Control), so hashing
  // each body (Express's default) bought nothing and cost CPU on every response.
  app.set('etag', false);
  const httpServer = createServer(app);
  // Subscriptions: one LISTEN connection and a small pool per process for the event log.
  const eventPool = new Pool({ connectionString: orm.config.get('clientUrl'), max: 3 });
  // An idle connection dropped by a database restart is simply replaced on the next query.
  eventPool.on('error', () => undefined);
  const events = new EventHub(orm.config.get('clientUrl')!, eventPool, () => createScope(orm.em, deps.clock));
  await events.start();
  // Throttles keep their counters in PostgreSQL on a small pool of their own, so a busy API
  // pool never delays a refusal (and test statement counts see only the API's own SQL). Their
  // commits do not wait for the disk: each request charges a row, and waiting for that flush
  // was most of a small query's time; a database crash can lose only the last instants of a
  // window's counts (never money or data; the counts stay atomic).
  // A bucket row held by anything but another charge is not waited for (LIMITER_LOCK_TIMEOUT_MS).
  const limiterPool = new Pool({ connectionString: orm.config.get('clientUrl'), max: 3, options: `-c synchronous_commit=off -c lock_timeout=${LIMITER_LOCK_TIMEOUT_MS}` });
  limiterPool.on('error', () => undefined);
  const rateLimiter = new RateLimiter(limiterPool);
  const socketLeases = new SocketLeases(limiterPool);
  const development = config.env !== 'production';
  const guard = new OperationGuard(schema, config.limits, !development);
  const logger = deps.logger ?? createLogger(config);
  // Each request's (or socket's) session is read when it arrives; those arriving together are read together.
  const sessions = new SessionChecks(orm.em.fork());
  const withEvents: AppDeps & { events: EventHub; logger: Logger; rateLimiter: RateLimiter; socketLeases: SocketLeases; sessions: SessionChecks } = {
    ...deps,
    events,
    logger,
    rateLimiter,
    socketLeases,
    sessions,
  };
  const metrics = processMetrics();
  metrics.pools.add(orm);
  events.onDelivered = (lagSeconds) => metrics.eventDeliveryLag.observe(lagSeconds);
  const countErrors = (codes: string[]) => {
    for (const code of new Set(codes)) metrics.errors.inc({ code });
  };
  // Before the sockets: they decide the client's address with the same rule as Express's req.ip.
  app.set('trust proxy', config.trustProxy);
  const ws = await startWebSocketServer(httpServer, withEvents, schema, guard, {
    socketOpened: () => metrics.wsConnections.inc(),
    socketClosed: () => metrics.wsConnections.dec(),
    eventSent: (lagSeconds) => metrics.eventSendLag.observe(lagSeconds),
    operationStarted: (type) => {
      if (type === 'subscription') metrics.wsSubscriptions.inc();
    },
    operationEnded: (record, durationMs) => {
      if (record.operationType === 'subscription') metrics.wsSubscriptions.dec();
      else if (record.operationType) {
        metrics.requestDuration.observe({ operation: operationLabel(record.operationName), type: record.operationType, transport: 'ws' }, durationMs / 1000);
      }
      countErrors(record.errorCodes);
    },
    upgradeRefused: (record) => countErrors(record.errorCodes),
  }, app.get('trust proxy fn'));

  // TRUSTED_DOCUMENTS: read once at start; a missing or broken manifest stops the start.
  const trusted = config.trustedDocuments ? TrustedDocuments.load(config.trustedDocuments) : undefined;
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
      // The IDE is ours (ideRoutes, development only): Apollo's landing pages load from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      graphqlLogPlugin<Context>(logger),
      legacyJsonStatus,
      ...(config.compiledReads ? [compiledReadsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.use(
    accessLog(logger, (record, durationMs) => {
      if (record.operationType) {
        metrics.requestDuration.observe({ operation: operationLabel(record.operationName), type: record.operationType, transport: 'http' }, durationMs / 1000);
      }
      countErrors(record.errorCodes);
    }),
  );
  app.use(metricsRoute(config.metricsToken, app.get('trust proxy fn')));
  app.use(cors(config.corsOrigins));
  // Responses over 1 KB are compressed for clients that accept it.
  app.use(compression({ threshold: 1024 }));
  app.use(healthRoutes(deps, events));
  app.use(referralRoutes({ ...deps, rateLimiter, logger }));
  app.use(accountRoutes({ ...deps, logger }));
  for (const router of extraRoutes) app.use(router);
  if (development) app.use(ideRoutes());
  app.use(
    '/graphql',
    requireJsonBody,
    express.json({ limit: config.maxRequestBytes }),
    ...(trusted ? [trustedDocumentsOnly(trusted)] : []),
    ...(config.compiledReads ? [spliceCompiledData()] : []),
    tagEarlyRefusals,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ctx = createContext(orm.em, withEvents, null, req.ip ?? req.socket.remoteAddress ?? 'unknown');
        const record = recordOf(res);
        ctx.requestRecord = record;
        if (config.compiledReads) ctx.compiledAnswer = compiledAnswerOf(res);
        try {
          ctx.viewer = (await authenticate(config, sessions, req.headers.authorization)).viewer;
        } catch (error) {
          // Refused before any plugin runs: the access log and the error still get the request id.
          if (error instanceof GraphQLError) {
            record.errorCodes.push(String(error.extensions.code));
            (error.extensions as Record<string, unknown>).requestId = record.requestId;
            throw error;
          }
          if (isPoolExhausted(error)) {
            // No connection free to read the session: refused before anything ran, try again.
            const busy = serviceUnavailable();
            record.errorCodes.push(ErrorCode.SERVICE_UNAVAILABLE);
            throw new GraphQLError(busy.message, {
              extensions: { ...busy.extensions, requestId: record.requestId, http: { status: 503, headers: new Map([['retry-after', String(BUSY_RETRY_AFTER_SECONDS)]]) } },
            });
          }
          record.errorCodes.push(ErrorCode.INTERNAL_SERVER_ERROR);
          logger.error({ requestId: record.requestId, err: error }, 'internal error');
          throw new GraphQLError('Something went wrong on our side.', {
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: record.requestId, http: { status: 500 } },
          });
        }
        ctx.requestCookies = parseCookies(req.headers.cookie);
        ctx.userAgent = req.headers['user-agent']?.slice(0, 512);
        return ctx;
      },
    }),
  );

  app.use(jsonErrors(logger));

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen({ port, host, backlog: LISTEN_BACKLOG }, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close: async () => {
      metrics.pools.delete(orm);
      await apollo.stop();
      await events.close();
      await eventPool.end();
      await socketLeases.close();
      await limiterPool.end();
    },
  };
}
