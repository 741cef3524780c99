import type { ApolloServerPlugin } from '@apollo/server';
import { parse, type DocumentNode, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../graphql/context';
import { AppError, afterCommit, ErrorCode, formatError } from '../graphql/errors';
import type { OperationGuard } from '../graphql/operation-guard';
import { chargeOperation } from '../modules/ratelimit/operation-budget';

/** Stands in for a refused document so that Apollo neither parses nor validates it again. */
const REFUSED = parse('{ __typename }');

/**
 * HTTP side of the operation checks: the guard parses and checks the document itself (Apollo's
 * own parse and validation are skipped by handing it the document), the rate limiter charges
 * the cost, and every response says what the operation cost. A refusal runs no resolver.
 */
export function operationLimitsPlugin(guard: OperationGuard, exposeDetails: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let refusal: GraphQLError[] = [];
      let cost = 0;
      return {
        async didResolveSource(rc) {
          const checked = guard.check(rc.source, rc.request.variables, rc.request.operationName);
          cost = checked.cost;
          refusal = checked.errors;
          (rc as { document?: DocumentNode }).document = checked.document ?? REFUSED;
        },
        async didResolveOperation(rc) {
          if (refusal.length) throw refusal[0];
          // A subscription over HTTP would run its event resolver without an event (and without
          // the checks its `subscribe` makes): refused as a broken request, before it is charged.
          if (rc.operation?.operation === 'subscription') {
            refusal = [
              new AppError(ErrorCode.BAD_REQUEST, 'Subscriptions are served over WebSocket (graphql-transport-ws) on this path, not over HTTP.', { http: { status: 400 } }),
            ];
            throw refusal[0];
          }
          const limited = await chargeOperation(rc.contextValue, cost);
          if (limited) {
            refusal = [limited];
            throw limited;
          }
        },
        async willSendResponse(rc) {
          const { body, http } = rc.response;
          if (body.kind !== 'single') return;
          const result = body.singleResult;
          if (refusal.length > 1) result.errors = refusal.map((error) => formatError(error.toJSON(), error, exposeDetails));
          if (result.errors && rc.contextValue.committed) result.errors = afterCommit(result.errors, true);
          result.extensions = { ...result.extensions, cost: { requested: cost, limit: guard.maxCost } };
          const retryAfter = wholeRequestRateLimited(result.data, result.errors);
          if (retryAfter !== undefined) {
            http.status = 429;
            http.headers.set('retry-after', String(retryAfter));
          }
          const busyRetryAfter = wholeRequestRefused(result.data, result.errors, ErrorCode.SERVICE_UNAVAILABLE);
          if (retryAfter === undefined && busyRetryAfter !== undefined && !rc.contextValue.committed) {
            http.status = 503;
            http.headers.set('retry-after', String(busyRetryAfter));
          }
        },
      };
    },
  };
}

/** Seconds to wait when the whole request was refused for a rate limit (no data at all). */
export function wholeRequestRateLimited(data: unknown, errors: readonly GraphQLFormattedError[] | undefined): number | undefined {
  return wholeRequestRefused(data, errors, ErrorCode.RATE_LIMITED);
}

/**
 * Seconds to wait when the whole request (no data at all) was refused with `code` (RATE_LIMITED,
 * or SERVICE_UNAVAILABLE when no database connection was free): the largest `retryAfter`.
 */
export function wholeRequestRefused(data: unknown, errors: readonly GraphQLFormattedError[] | undefined, code: ErrorCode): number | undefined {
  if (data != null || !errors?.length) return undefined;
  const limited = errors.filter((error) => error.extensions?.code === code);
  if (!limited.length) return undefined;
  return Math.max(1, ...limited.map((error) => Number(error.extensions?.retryAfter) || 1));
}
