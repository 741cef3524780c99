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
