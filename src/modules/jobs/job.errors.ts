import { domainUserErrors } from '../../graphql/user-errors';
import { InputErrorCode } from '../../shared/input';
import { ConnectsErrorCode } from '../connects/connects.errors';

/** Why a job change was refused. */
export enum JobErrorCode {
  INVALID_CONNECTS_REQUIRED = 'INVALID_CONNECTS_REQUIRED',
  INVALID_RATE_RANGE = 'INVALID_RATE_RANGE',
  JOB_NOT_OPEN = 'JOB_NOT_OPEN',
  /** updateJob: a budget for an hourly job, or rates for a fixed-price one. */
  FIELD_NOT_FOR_KIND = 'FIELD_NOT_FOR_KIND',
  NOT_A_CLIENT_TEAM = 'NOT_A_CLIENT_TEAM',
}

/** Base of the job mutations' payloads: `userErrors` typed with `JobErrorCode`. */
export const JobPayload = domainUserErrors('Job', { ...JobErrorCode, ...InputErrorCode, INSUFFICIENT_CONNECTS: ConnectsErrorCode.INSUFFICIENT_CONNECTS }, 'a job change');
