import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import * as account from './account.service';
import {
  ChangeEmailInput,
  ChangeEmailPayload,
  ChangePasswordInput,
  ChangePasswordPayload,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResendVerificationEmailPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  UpdateProfileInput,
  UpdateProfilePayload,
  VerifyEmailInput,
  VerifyEmailPayload,
} from './account.types';

@Resolver()
export class AccountResolver {
  @Mutation(() => VerifyEmailPayload, { description: 'Anyone holding a verification link\'s token: proves the address it was sent to (the same as opening the link).' })
  verifyEmail(@Ctx() ctx: Context, @Arg('input', () => VerifyEmailInput) input: VerifyEmailInput) {
    return runMutation(() => account.verifyEmail(ctx, input.token));
  }

  @Mutation(() => ResendVerificationEmailPayload, { description: 'Signed-in users with an unverified or pending address: mails a new verification link.' })
  resendVerificationEmail(@Ctx() ctx: Context) {
    return runMutation(() => account.resendVerificationEmail(ctx));
  }

  @Mutation(() => ChangePasswordPayload, { description: 'Signed-in users: a new password, given the current one; every other session ends.' })
  changePassword(@Ctx() ctx: Context, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput) {
    return runMutation(() => account.changePassword(ctx, input));
  }

  @Mutation(() => RequestPasswordResetPayload, { description: 'Anyone: mails a reset link to the address if an account has it; the answer does not tell whether one does.' })
  requestPasswordReset(@Ctx() ctx: Context, @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput) {
    return runMutation(() => account.requestPasswordReset(ctx, input.email));
  }

  @Mutation(() => ResetPasswordPayload, { description: 'Anyone holding a reset link\'s token: sets a new password, verifies the address, ends every session and signs in anew.' })
  resetPassword(@Ctx() ctx: Context, @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput) {
    return runMutation(() => account.resetPassword(ctx, input));
  }

  @Mutation(() => UpdateProfilePayload, { description: 'Signed-in users: changes their own profile.' })
  updateProfile(@Ctx() ctx: Context, @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput) {
    return runMutation(() => account.updateProfile(ctx, input));
  }

  @Mutation(() => ChangeEmailPayload, { description: 'Signed-in users: asks to change their login address, given the password; it takes over once verified.' })
  changeEmail(@Ctx() ctx: Context, @Arg('input', () => ChangeEmailInput) input: ChangeEmailInput) {
    return runMutation(() => account.changeEmail(ctx, input));
  }
}
