import { domainUserErrors } from '../../graphql/user-errors';
import { InputErrorCode } from '../../shared/input';
import { MoneyErrorCode } from '../money/money.errors';
import { IdempotencyErrorCode } from '../idempotency/idempotency.errors';

/** Why a milestone change was refused. */
export enum MilestoneErrorCode {
  NOT_FIXED_PRICE = 'NOT_FIXED_PRICE',
  CONTRACT_NOT_ACTIVE = 'CONTRACT_NOT_ACTIVE',
  /** CT-3: nothing is funded or submitted on an ended contract. */
  CONTRACT_ENDED = 'CONTRACT_ENDED',
  /** Only a PENDING_FUNDING milestone is funded. */
  MILESTONE_NOT_PENDING_FUNDING = 'MILESTONE_NOT_PENDING_FUNDING',
  /** MS-1, MS-2: only a FUNDED milestone, or one sent back for changes, is submitted. */
  MILESTONE_NOT_SUBMITTABLE = 'MILESTONE_NOT_SUBMITTABLE',
  /** Only a SUBMITTED milestone is approved or sent back. */
  MILESTONE_NOT_SUBMITTED = 'MILESTONE_NOT_SUBMITTED',
  /** CT-4: only a DISPUTED milestone is resolved. */
  MILESTONE_NOT_DISPUTED = 'MILESTONE_NOT_DISPUTED',
}

/** Base of the milestone mutations' payloads: `userErrors` typed with `MilestoneErrorCode`. */
export const MilestonePayloadBase = domainUserErrors('Milestone', { ...MilestoneErrorCode, ...InputErrorCode, ...MoneyErrorCode, ...IdempotencyErrorCode }, 'a milestone change');
