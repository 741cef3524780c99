import { domainUserErrors } from '../../graphql/user-errors';
import { InputErrorCode } from '../../shared/input';
import { MoneyErrorCode } from '../money/money.errors';

/** Why an offer change was refused. */
export enum OfferErrorCode {
  NOT_A_CLIENT_TEAM = 'NOT_A_CLIENT_TEAM',
  NOT_AN_AGENCY = 'NOT_AN_AGENCY',
  FREELANCER_REQUIRED = 'FREELANCER_REQUIRED',
  FREELANCER_NOT_IN_AGENCY = 'FREELANCER_NOT_IN_AGENCY',
  EXCLUSIVE_MEMBER = 'EXCLUSIVE_MEMBER',
  OWN_TEAM = 'OWN_TEAM',
  PROPOSAL_NOT_LIVE = 'PROPOSAL_NOT_LIVE',
  OFFER_ALREADY_PENDING = 'OFFER_ALREADY_PENDING',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  INVALID_WEEKLY_LIMIT = 'INVALID_WEEKLY_LIMIT',
  INVALID_MILESTONES = 'INVALID_MILESTONES',
  INVALID_EXPIRY = 'INVALID_EXPIRY',
  OFFER_NOT_PENDING = 'OFFER_NOT_PENDING',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
}

/** Base of the offer mutations' payloads: `userErrors` typed with `OfferErrorCode`. */
export const OfferPayload = domainUserErrors('Offer', { ...OfferErrorCode, ...InputErrorCode, INSUFFICIENT_FUNDS: MoneyErrorCode.INSUFFICIENT_FUNDS }, 'an offer change');
