/**
 * True when `error` says the connection pool had no connection to give within its acquire
 * timeout (DB_ACQUIRE_TIMEOUT_MS): knex's KnexTimeoutError, as thrown or wrapped by the ORM.
 */
export function isPoolExhausted(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { name, message } = current as { name?: unknown; message?: unknown };
    if (name === 'KnexTimeoutError' || (typeof message === 'string' && message.startsWith('Knex: Timeout acquiring a connection'))) return true;
    current = (current as { cause?: unknown; originalError?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return false;
}
