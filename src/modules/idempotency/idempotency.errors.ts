/** Why an idempotency key was refused (MN-2); money-moving mutations return these. */
export enum IdempotencyErrorCode {
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  INVALID_IDEMPOTENCY_KEY = 'INVALID_IDEMPOTENCY_KEY',
}
