import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode, asApiError } from '../graphql/errors';
import type { Logger } from '../logger';

/** What one HTTP request or WebSocket operation did, gathered while it runs and logged at its end. */
export interface RequestRecord {
  requestId: string;
  operationName?: string;
  operationType?: string;
  userId?: string;
  errorCodes: string[];
}

const SAFE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/**
 * GraphQL names have no length limit, and over WebSocket the operation name is whatever the client
 * sent: what is logged (and used as a metric label) is at most this many characters of it.
 */
export const LOGGED_NAME_MAX = 128;

/** An operation name as it is logged: cut to LOGGED_NAME_MAX characters (`…` marks a cut). */
export function loggedName(name: string | null | undefined): string | undefined {
  if (name == null) return undefined;
  return name.length > LOGGED_NAME_MAX ? `${name.slice(0, LOGGED_NAME_MAX)}…` : name;
}

/** The caller's X-Request-Id when it is a sensible token, otherwise a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** True for errors that are bugs (or outages): thrown by code, not raised as an API error. */
export function isInternal(error: unknown): boolean {
  const original = asApiError(error instanceof GraphQLError ? (error.originalError ?? error) : error);
  if (original instanceof AppError) return false;
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code ?? (error as GraphQLError).extensions?.code;
    return !code || code === ErrorCode.INTERNAL_SERVER_ERROR;
  }
  return true;
}

/** The code an error is reported with: its own, or INTERNAL_SERVER_ERROR for a bug. */
export function errorCodeOf(error: unknown): string {
  if (isInternal(error)) return ErrorCode.INTERNAL_SERVER_ERROR;
  const original = asApiError(error instanceof GraphQLError ? (error.originalError ?? error) : error);
  return String((original as GraphQLError).extensions?.code ?? (error as GraphQLError).extensions?.code);
}

/**
 * Express middleware: takes or makes the request id, returns it in `x-request-id`, and writes one
 * line when the response is finished (method, path without the query string, status, duration,
 * and what GraphQL recorded). Bodies and query strings are never logged: they hold passwords.
 */
export function accessLog(logger: Logger, observe?: (record: RequestRecord, durationMs: number) => void): express.RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const record: RequestRecord = { requestId: requestIdFrom(req.headers['x-request-id']), errorCodes: [] };
    res.locals.request = record;
    res.setHeader('x-request-id', record.requestId);
    res.on('finish', () => {
      const status = res.statusCode;
      const line = {
        requestId: record.requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        operationName: record.operationName,
        operationType: record.operationType,
        userId: record.userId,
        errorCodes: record.errorCodes.length ? [...new Set(record.errorCodes)] : undefined,
      };
      if (status >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
      observe?.(record, line.durationMs);
    });
    next();
  };
}

/** The request's record, set by `accessLog`. */
export function recordOf(res: express.Response): RequestRecord {
  return (res.locals.request as RequestRecord | undefined) ?? { requestId: randomUUID(), errorCodes: [] };
}

/**
 * Apollo plugin: notes the operation, the user and the error codes on the request's record, logs
 * every internal error with its stack, and puts the request id into every error's extensions.
 */
export function graphqlLogPlugin<C extends { requestRecord?: RequestRecord; viewer?: { id: string } | null }>(logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const record = contextValue.requestRecord;
      if (record && contextValue.viewer) record.userId = contextValue.viewer.id;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!record || !operation) return;
          record.operationType = operation.operation;
          record.operationName = loggedName(operationName ?? operation.name?.value);
        },
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = errorCodeOf(error);
            record?.errorCodes.push(code);
            if (isInternal(error)) {
              logger.error(
                { requestId: record?.requestId, operationName: loggedName(operationName), path: error.path?.join('.'), err: error.originalError ?? error },
                'internal error',
              );
            }
          }
        },
        async willSendResponse({ response }) {
          if (!record || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId: record.requestId } }));
        },
      };
    },
  };
}
