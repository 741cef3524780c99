import { domainUserErrors } from '../../graphql/user-errors';
import { InputErrorCode } from '../../shared/input';
/** Why an account operation (signing up or in, mail links, passwords, sessions) failed. */
export enum AuthErrorCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_EMAIL = 'INVALID_EMAIL',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_NAME = 'INVALID_NAME',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** The current password given to change the password or the email was wrong. */
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  /** Only a verified address may do this (staff rights, invitations, payouts). */
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  ALREADY_VERIFIED = 'ALREADY_VERIFIED',
  /** A mail link's token that does not exist (or not for this purpose). */
  TOKEN_INVALID = 'TOKEN_INVALID',
  TOKEN_USED = 'TOKEN_USED',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  /** changeEmail to the address the account already has. */
  SAME_EMAIL = 'SAME_EMAIL',
  /** updatePublicProfile: too many skills, or a bad one. */
  INVALID_SKILLS = 'INVALID_SKILLS',
}

/** Base of the account and session mutations' payloads: `userErrors` typed with `AuthErrorCode`. */
export const AuthPayloadBase = domainUserErrors('Auth', { ...AuthErrorCode, INVALID_TEXT: InputErrorCode.INVALID_TEXT }, 'an account operation');
