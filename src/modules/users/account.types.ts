import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { AuthPayloadBase } from './user.errors';
import { AuthPayload, PASSWORD_RULES, User } from './user.types';

@InputType({ description: 'A verification link\'s token.' })
export class VerifyEmailInput {
  @Field({ description: 'The `token` of the link `<PUBLIC_URL>/verify-email?token=<token>` from the message.' })
  token: string;
}

@ObjectType({ description: 'The result of an account change; `user` is the account as it is now.' })
export class AccountPayload extends AuthPayloadBase {
  @Field(() => User, { nullable: true, description: 'The account, changed.' })
  user?: User | null;
}

@ObjectType({ description: 'The result of verifying an address.' })
export class VerifyEmailPayload extends AccountPayload {}

@ObjectType({ description: 'The result of asking for a new verification link.' })
export class ResendVerificationEmailPayload extends AccountPayload {}

@InputType({ description: 'A new password, with the current one.' })
export class ChangePasswordInput {
  @Field({ description: 'The password the user signs in with now.' })
  currentPassword: string;

  @Field({ description: PASSWORD_RULES })
  newPassword: string;
}

@ObjectType({ description: 'The result of changing the password.' })
export class ChangePasswordPayload extends AccountPayload {
  @Field(() => Int, { nullable: true, description: 'How many other sessions were ended.' })
  revokedCount?: number | null;
}

@InputType({ description: 'Whose password to reset.' })
export class RequestPasswordResetInput {
  @Field({ description: 'The login email; a reset link is mailed to it if an account has it.' })
  email: string;
}

@ObjectType({ description: 'The same answer whether or not an account has the address.' })
export class RequestPasswordResetPayload extends AuthPayloadBase {}

@InputType({ description: 'A new password through a reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The `token` of the link `<PUBLIC_URL>/reset-password?token=<token>` from the message.' })
  token: string;

  @Field({ description: PASSWORD_RULES })
  newPassword: string;
}

@ObjectType({ description: 'The result of resetting the password: every earlier session ended, and a new one started.' })
export class ResetPasswordPayload extends AuthPayload {}

@InputType({ description: 'Changes to the caller\'s profile; omitted fields stay as they are.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'The display name, 1 to 200 characters.' })
  name?: string | null;
}

@ObjectType({ description: 'The result of updating the profile.' })
export class UpdateProfilePayload extends AccountPayload {}

@InputType({ description: 'A new login address.' })
export class ChangeEmailInput {
  @Field({ description: 'The new address; it replaces the current one once the link mailed to it is opened.' })
  newEmail: string;

  @Field({ description: 'The password the user signs in with now.' })
  currentPassword: string;
}

@ObjectType({ description: 'The result of asking to change the address: `user.pendingEmail` holds it until verified.' })
export class ChangeEmailPayload extends AccountPayload {}
