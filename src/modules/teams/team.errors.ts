import { domainUserErrors } from '../../graphql/user-errors';
import { InputErrorCode } from '../../shared/input';
import { AuthErrorCode } from '../users/user.errors';

/** Why a team change was refused. */
export enum TeamErrorCode {
  INVALID_NAME = 'INVALID_NAME',
  /** A public profile's skills: too many, or one empty, too long or with other characters. */
  INVALID_SKILLS = 'INVALID_SKILLS',
  INVALID_EMAIL = 'INVALID_EMAIL',
  INVALID_ROLES = 'INVALID_ROLES',
  INVALID_RELATIONSHIP = 'INVALID_RELATIONSHIP',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  ALREADY_INVITED = 'ALREADY_INVITED',
  INVITATION_NOT_PENDING = 'INVITATION_NOT_PENDING',
  EXCLUSIVE_ELSEWHERE = 'EXCLUSIVE_ELSEWHERE',
  MEMBER_NOT_ACTIVE = 'MEMBER_NOT_ACTIVE',
  OWNER_CANNOT_LEAVE = 'OWNER_CANNOT_LEAVE',
  OWNER_CANNOT_BE_REMOVED = 'OWNER_CANNOT_BE_REMOVED',
  MEMBER_HAS_ACTIVE_CONTRACTS = 'MEMBER_HAS_ACTIVE_CONTRACTS',
  ALREADY_OWNER = 'ALREADY_OWNER',
  NOT_AN_AGENCY = 'NOT_AN_AGENCY',
}

/** Base of the team mutations' payloads: `userErrors` typed with `TeamErrorCode`. */
export const TeamPayload = domainUserErrors('Team', { ...TeamErrorCode, EMAIL_NOT_VERIFIED: AuthErrorCode.EMAIL_NOT_VERIFIED, INVALID_TEXT: InputErrorCode.INVALID_TEXT }, 'a team change');
