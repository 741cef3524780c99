import { domainUserErrors } from '../../graphql/user-errors';
import { AuthErrorCode } from '../users/user.errors';
import { MoneyErrorCode } from '../money/money.errors';
import { IdempotencyErrorCode } from '../idempotency/idempotency.errors';

/** Why a payout method or payout request was refused. */
export enum PayoutErrorCode {
  INVALID_PAYPAL_EMAIL = 'INVALID_PAYPAL_EMAIL',
  INVALID_ROUTING_NUMBER = 'INVALID_ROUTING_NUMBER',
  INVALID_ACCOUNT_NUMBER = 'INVALID_ACCOUNT_NUMBER',
  INVALID_SORT_CODE = 'INVALID_SORT_CODE',
  INVALID_ADDRESS = 'INVALID_ADDRESS',
  /** A detail that belongs to another kind of method (e.g. a sort code on PAYPAL). */
  FIELD_NOT_ALLOWED = 'FIELD_NOT_ALLOWED',
  TOO_MANY_PAYOUT_METHODS = 'TOO_MANY_PAYOUT_METHODS',
  /** The payout method is removed, or is not the account's. */
  PAYOUT_METHOD_NOT_USABLE = 'PAYOUT_METHOD_NOT_USABLE',
  PAYOUT_METHOD_ALREADY_REMOVED = 'PAYOUT_METHOD_ALREADY_REMOVED',
  /** Only a PENDING payout can be settled (PO-2). */
  PAYOUT_NOT_PENDING = 'PAYOUT_NOT_PENDING',
}

/** Base of the payout mutations' payloads: `userErrors` typed with `PayoutErrorCode`. */
export const PayoutPayload = domainUserErrors('Payout', { ...PayoutErrorCode, ...MoneyErrorCode, ...IdempotencyErrorCode, EMAIL_NOT_VERIFIED: AuthErrorCode.EMAIL_NOT_VERIFIED }, 'a payout method or payout request');
