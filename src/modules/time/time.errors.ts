import { domainUserErrors } from '../../graphql/user-errors';
import { InputErrorCode } from '../../shared/input';

/** Why logging time was refused. */
export enum TimeErrorCode {
  NOT_HOURLY = 'NOT_HOURLY',
  CONTRACT_NOT_ACTIVE = 'CONTRACT_NOT_ACTIVE',
  INVALID_MINUTES = 'INVALID_MINUTES',
  INVALID_START = 'INVALID_START',
  /** Time worked before the contract started. */
  BEFORE_CONTRACT = 'BEFORE_CONTRACT',
  /** TM-3: an entry ends no later than now. */
  ENDS_IN_FUTURE = 'ENDS_IN_FUTURE',
  /** TM-3: the freelancer already logged time overlapping this, on this or another contract. */
  TIME_OVERLAPS = 'TIME_OVERLAPS',
  /** TM-2: the week was billed already; time is no longer logged into it. */
  WEEK_INVOICED = 'WEEK_INVOICED',
  /** TM-2: an entry stays within one billing week; the time from Monday 00:00 UTC on is logged as its own entry. */
  CROSSES_WEEK = 'CROSSES_WEEK',
}

/** Base of the time mutations' payloads: `userErrors` typed with `TimeErrorCode`. */
export const TimePayload = domainUserErrors('Time', { ...TimeErrorCode, ...InputErrorCode }, 'logging time');
