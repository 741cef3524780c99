import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../graphql/errors';
import { recordOf } from './request-log';

/**
 * A GraphQL-style error body for a request refused before GraphQL could read it: like every other
 * error, its code goes into the request's log line (and metrics) and the request id into the error.
 */
export function sendHttpError(res: Response, status: number, message: string, code: ErrorCode = ErrorCode.BAD_REQUEST, headers: Record<string, string> = {}): void {
  const record = recordOf(res);
  record.errorCodes.push(code);
  res
    .status(status)
    .set(headers)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, requestId: record.requestId } }] }));
}

/** POST /graphql takes JSON only (GraphQL over HTTP); anything else is 415. */
export function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && !req.is('application/json')) {
    return sendHttpError(res, 415, 'POST /graphql takes a JSON body with Content-Type: application/json.');
  }
  next();
}

/** What the JSON body parser refuses comes back as JSON with its status: 400, 413 or 415. */
export function httpErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const { status, type } = (error ?? {}) as { status?: number; type?: string };
  if (type === 'entity.too.large') return sendHttpError(res, 413, 'The request body is too large.');
  if (type === 'entity.parse.failed') return sendHttpError(res, 400, 'The request body is not valid JSON.');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') return sendHttpError(res, 415, 'The request body uses an unsupported charset or encoding.');
  if (status && status >= 400 && status < 500) return sendHttpError(res, status, 'The request is not valid.');
  sendHttpError(res, 500, 'Something went wrong on our side.', ErrorCode.INTERNAL_SERVER_ERROR);
}

/**
 * What Apollo refuses before any plugin runs (a batched body, `variables` that are not an object,
 * a request its CSRF prevention blocks) is answered without the request id and would be logged
 * without its code: such an error answer gets both here, as every other error does.
 */
export function tagEarlyRefusals(_req: Request, res: Response, next: NextFunction): void {
  const send = res.send;
  res.send = function (this: Response, body?: unknown) {
    const record = recordOf(res);
    if (res.statusCode >= 400 && !record.errorCodes.length && typeof body === 'string') {
      try {
        const parsed = JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] };
        if (Array.isArray(parsed?.errors)) {
          for (const error of parsed.errors) {
            error.extensions = { ...error.extensions, requestId: record.requestId };
            record.errorCodes.push(String(error.extensions.code ?? ErrorCode.BAD_REQUEST));
          }
          body = JSON.stringify(parsed);
        }
      } catch {
        // not a JSON error body: sent as it is
      }
    }
    return send.call(this, body);
  } as Response['send'];
  next();
}
