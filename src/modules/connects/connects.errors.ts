import { domainUserErrors } from '../../graphql/user-errors';
import { IdempotencyErrorCode } from '../idempotency/idempotency.errors';

/** Why buying or spending Connects was refused. */
export enum ConnectsErrorCode {
  INSUFFICIENT_CONNECTS = 'INSUFFICIENT_CONNECTS',
  INVALID_QUANTITY = 'INVALID_QUANTITY',
  NOT_AN_AGENCY = 'NOT_AN_AGENCY',
}

/** Base of the Connects mutations' payloads: `userErrors` typed with `ConnectsErrorCode`. */
export const ConnectsPayload = domainUserErrors('Connects', { ...ConnectsErrorCode, ...IdempotencyErrorCode }, 'a Connects purchase');
