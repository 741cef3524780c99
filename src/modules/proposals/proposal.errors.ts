import { domainUserErrors } from '../../graphql/user-errors';
import { InputErrorCode } from '../../shared/input';
import { ConnectsErrorCode } from '../connects/connects.errors';

/** Why a proposal change was refused. */
export enum ProposalErrorCode {
  JOB_NOT_OPEN = 'JOB_NOT_OPEN',
  ALREADY_PROPOSED = 'ALREADY_PROPOSED',
  EXCLUSIVE_MEMBER = 'EXCLUSIVE_MEMBER',
  NOT_AN_AGENCY = 'NOT_AN_AGENCY',
  FREELANCER_NOT_IN_AGENCY = 'FREELANCER_NOT_IN_AGENCY',
  AGENCY_REQUIRED = 'AGENCY_REQUIRED',
  OWN_JOB = 'OWN_JOB',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  PROPOSAL_NOT_LIVE = 'PROPOSAL_NOT_LIVE',
  PROPOSAL_HAS_OFFER = 'PROPOSAL_HAS_OFFER',
}

/** Base of the proposal mutations' payloads: `userErrors` typed with `ProposalErrorCode`. */
export const ProposalPayload = domainUserErrors('Proposal', { ...ProposalErrorCode, ...InputErrorCode, INSUFFICIENT_CONNECTS: ConnectsErrorCode.INSUFFICIENT_CONNECTS }, 'a proposal change');
