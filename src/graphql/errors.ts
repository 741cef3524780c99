import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isPoolExhausted } from '../db/pool';

/** The codes a top-level error can carry (docs/api.md, Conventions). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** Over a cost, depth, alias, token or directive limit; refused before it ran. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Over a rate limit (cost budget, sign-in attempts, sign-ups, tracking clicks). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The request itself is broken: not JSON, too large, wrong content type, no query. */
  BAD_REQUEST = 'BAD_REQUEST',
  /**
   * The server has no database connection free for the request right now (every one is busy
   * for longer than DB_ACQUIRE_TIMEOUT_MS); refused before anything changed, try again shortly.
   */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** TRUSTED_DOCUMENTS is set and the operation is not on its allow-list. */
  PERSISTED_QUERY_NOT_IN_LIST = 'PERSISTED_QUERY_NOT_IN_LIST',
}

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  [ErrorCode.UNAUTHENTICATED]: 'You must be signed in to do this.',
  [ErrorCode.FORBIDDEN]: 'You are not allowed to do this.',
  [ErrorCode.NOT_FOUND]: 'Not found.',
  [ErrorCode.BAD_USER_INPUT]: 'The input is not valid.',
  [ErrorCode.INTERNAL_SERVER_ERROR]: 'Something went wrong on our side.',
  [ErrorCode.QUERY_TOO_COMPLEX]: 'The operation is too complex.',
  [ErrorCode.RATE_LIMITED]: 'Too many requests; try again later.',
  [ErrorCode.BAD_REQUEST]: 'The request is not valid.',
  [ErrorCode.SERVICE_UNAVAILABLE]: 'The service is busy; nothing was changed, try again shortly.',
  [ErrorCode.PERSISTED_QUERY_NOT_IN_LIST]: 'This server runs only its trusted documents; this operation is not one of them.',
};

/** Seconds a client refused with SERVICE_UNAVAILABLE is asked to wait (`retryAfter`, `Retry-After`). */
export const BUSY_RETRY_AFTER_SECONDS = 1;

/** A request that cannot go on at all: reported as a top-level error with `extensions.code`. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message?: string) => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message?: string) => new AppError(ErrorCode.FORBIDDEN, message);
/** Used both for ids that do not exist and ids the caller may not see: the two are never told apart. */
export const notFound = (what = 'That') => new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);
export const badInput = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message);

/**
 * A broken business rule or invalid input. In the schema each domain has its own type
 * (`OfferError`, ...) whose `code` is the domain's enum (src/graphql/user-errors.ts).
 */
export interface UserError {
  code: string;
  message: string;
  field?: string[];
}

/**
 * An expected business failure. Thrown inside a service (rolling its transaction back) and
 * turned into the payload's `userErrors` by `runMutation`.
 */
export class UserErrorException extends Error {
  readonly errors: UserError[];

  constructor(code: string, message: string, field?: string[]) {
    super(message);
    this.errors = [{ code, message, field }];
  }
}

export function userError(code: string, message: string, field?: string[]): UserErrorException {
  return new UserErrorException(code, message, field);
}

/** Over a rate limit: RATE_LIMITED, with how many seconds to wait. */
export function rateLimited(retryAfterSeconds: number, message?: string): AppError {
  return new AppError(ErrorCode.RATE_LIMITED, message, { retryAfter: retryAfterSeconds });
}

/** No database connection free in time: SERVICE_UNAVAILABLE, nothing changed. */
export function serviceUnavailable(): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, undefined, { retryAfter: BUSY_RETRY_AFTER_SECONDS });
}

/** What SERVICE_UNAVAILABLE says when the request's change had already committed. */
export const SAVED_BUT_BUSY =
  'Your change was saved, but part of its answer could not be read in time; query it again instead of repeating the change.';

/**
 * A request whose change committed and whose answer then met a busy pool: its SERVICE_UNAVAILABLE
 * errors say the change was saved (`extensions.changed: true`) instead of "nothing was changed".
 */
export function afterCommit(errors: readonly GraphQLFormattedError[], committed: boolean | undefined): GraphQLFormattedError[] {
  if (!committed) return [...errors];
  return errors.map((error) =>
    error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE ? { ...error, message: SAVED_BUT_BUSY, extensions: { ...error.extensions, changed: true } } : error,
  );
}

/**
 * What a thrown error stands for at the API: a pool that had no connection in time (a read
 * anywhere in the request) is SERVICE_UNAVAILABLE, like a refusal of the transaction gate.
 */
export function asApiError(original: unknown): unknown {
  return isPoolExhausted(original) ? serviceUnavailable() : original;
}

/**
 * Whether an error was raised on purpose (a refusal, bad input, a GraphQL validation error), as
 * opposed to a failure: a bug, or a database that did not answer. `code`: the code the error is
 * reported with.
 */
export function isDeliberate(error: unknown, code: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) return true;
  return original instanceof GraphQLError && !original.originalError && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/** graphql-js suggests names from the schema ("Did you mean ...?"); production keeps them to itself. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Keeps internals out of responses in production: only errors we raised on purpose keep their
 * message, without schema suggestions. Used by HTTP and WebSocket alike.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeDetails: boolean): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isPoolExhausted(original)) {
    const busy = serviceUnavailable();
    return { message: busy.message, locations: formatted.locations, path: formatted.path, extensions: { ...busy.extensions } };
  }
  if (isDeliberate(error, formatted.extensions?.code) || exposeDetails) {
    const { http: _http, ...visible } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (exposeDetails) return { ...formatted, extensions: visible };
    const { stacktrace: _stack, ...extensions } = visible;
    return { ...formatted, message: formatted.message.replace(SUGGESTION, ''), extensions };
  }
  return {
    message: DEFAULT_MESSAGES[ErrorCode.INTERNAL_SERVER_ERROR],
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
