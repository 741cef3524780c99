import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer } from '../../auth/authorize';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { executeSql, selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import type { Context } from '../../graphql/context';
import { userError } from '../../graphql/errors';
import { announceSessionChange, openSession, revokeSessions } from '../sessions/session.service';
import { sendPasswordChangedMail, sendPasswordResetMail, sendVerificationMail } from './account.mail';
import { AccountTokenPurpose } from './account-token.entity';
import { issueToken, useToken, useUpTokens } from './account-token';
import { requireGoodPassword, signIn, validEmail, validName, type SignedIn } from './auth.service';
import { AuthErrorCode } from './user.errors';
import { userById } from './user.loaders';
import type { User } from './user.types';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  pendingEmail: string | null;
  verified: boolean;
  passwordHash: string;
}

async function lockAccount(em: EntityManager, userId: string): Promise<AccountRow> {
  return (await selectOne<AccountRow>(
    em,
    `select id, email, name, pending_email as "pendingEmail", email_verified_at is not null as verified, password_hash as "passwordHash"
       from app_user where id = ? for update`,
    [userId],
  ))!;
}

const emailTaken = (field: string[]) => userError(AuthErrorCode.EMAIL_TAKEN, 'An account with that email already exists.', field);

async function reloadedUser(ctx: Context, userId: string): Promise<{ user: User }> {
  return { user: (await userById(ctx).load(userId))! };
}

async function requireCurrentPassword(ctx: Context, password: string, field: string[]): Promise<AccountRow> {
  const viewer = requireViewer(ctx);
  const account = (await selectOne<AccountRow>(ctx.em, 'select id, email, name, password_hash as "passwordHash" from app_user where id = ?', [viewer.id]))!;
  if (!(await verifyPassword(password, account.passwordHash))) throw userError(AuthErrorCode.WRONG_PASSWORD, 'The current password is not right.', field);
  return account;
}

/**
 * Opening a verification link: proves the address it was sent to. That is the account's address
 * (now verified), or the address it asked to change to (which then replaces the old one, if no
 * other account took it meanwhile). Anyone holding the link may open it; no sign-in needed.
 */
export async function verifyEmail(ctx: Context, token: string): Promise<{ user: User }> {
  const field = ['input', 'token'];
  try {
    const userId = await inTransaction(ctx, async (em) => {
      const used = await useToken(em, token, AccountTokenPurpose.VERIFY_EMAIL);
      const account = await lockAccount(em, used.userId);
      if (used.email === account.email) {
        await executeSql(em, 'update app_user set email_verified_at = coalesce(email_verified_at, now()) where id = ?', [account.id]);
      } else if (used.email === account.pendingEmail) {
        if (await selectOne(em, 'select 1 from app_user where email = ? and id <> ?', [used.email, account.id])) throw emailTaken(field);
        await executeSql(em, 'update app_user set email = ?, pending_email = null, email_verified_at = now() where id = ?', [used.email, account.id]);
      } else {
        throw userError(AuthErrorCode.TOKEN_INVALID, 'That link is for an address this account no longer uses.', field);
      }
      await useUpTokens(em, account.id, AccountTokenPurpose.VERIFY_EMAIL);
      // Open WebSockets of the user pick up the new address and rights.
      await announceSessionChange(em, account.id);
      return account.id;
    });
    return reloadedUser(ctx, userId);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw emailTaken(field);
    throw error;
  }
}

/** Mails a new verification link: for the address being changed to, else the account's own. */
export async function resendVerificationEmail(ctx: Context): Promise<{ user: User }> {
  const viewer = requireViewer(ctx);
  const sent = await inTransaction(ctx, async (em) => {
    const account = await lockAccount(em, viewer.id);
    const to = account.pendingEmail ?? (account.verified ? null : account.email);
    if (!to) throw userError(AuthErrorCode.ALREADY_VERIFIED, 'Your email address is already verified.');
    return { to, name: account.name, token: await issueToken(em, account.id, AccountTokenPurpose.VERIFY_EMAIL, to, ctx.config.emailTokenTtlSeconds), change: Boolean(account.pendingEmail) };
  });
  await sendVerificationMail(ctx.config, sent.to, sent.name, sent.token, sent.change);
  return reloadedUser(ctx, viewer.id);
}

/** A new password, given the current one; every other session of the user ends. */
export async function changePassword(ctx: Context, input: { currentPassword: string; newPassword: string }): Promise<{ user: User; revokedCount: number }> {
  const viewer = requireViewer(ctx);
  const account = await requireCurrentPassword(ctx, input.currentPassword, ['input', 'currentPassword']);
  requireGoodPassword(input.newPassword, ['input', 'newPassword'], account.email);
  const passwordHash = await hashPassword(input.newPassword);
  const revokedCount = await inTransaction(ctx, async (em) => {
    await executeSql(em, 'update app_user set password_hash = ? where id = ?', [passwordHash, viewer.id]);
    await useUpTokens(em, viewer.id, AccountTokenPurpose.RESET_PASSWORD);
    return revokeSessions(em, viewer.id, { except: viewer.sessionId });
  });
  await sendPasswordChangedMail(ctx.config, account.email, account.name);
  return { ...(await reloadedUser(ctx, viewer.id)), revokedCount };
}

/**
 * Mails a reset link when an account has this address. The answer is the same either way, and
 * the mail goes out after answering, so neither the payload nor its timing tells.
 */
export async function requestPasswordReset(ctx: Context, rawEmail: string): Promise<Record<string, never>> {
  const email = validEmail(rawEmail, ['input', 'email']);
  const account = await selectOne<{ id: string; name: string }>(ctx.em, 'select id, name from app_user where email = ?', [email]);
  if (account) {
    const token = await inTransaction(ctx, (em) => issueToken(em, account.id, AccountTokenPurpose.RESET_PASSWORD, email, ctx.config.passwordResetTtlSeconds));
    void sendPasswordResetMail(ctx.config, email, account.name, token);
  }
  return {};
}

/**
 * A new password through a reset link. The link proves the address, so it is verified too; every
 * session of the user ends, and the caller is signed in with a new one.
 */
export async function resetPassword(ctx: Context, input: { token: string; newPassword: string }): Promise<SignedIn> {
  const field = ['input', 'token'];
  const passwordHash = await hashPassword(input.newPassword);
  const session = await inTransaction(ctx, async (em) => {
    const used = await useToken(em, input.token, AccountTokenPurpose.RESET_PASSWORD);
    const account = await lockAccount(em, used.userId);
    if (used.email !== account.email) throw userError(AuthErrorCode.TOKEN_INVALID, 'That link is for an address this account no longer uses.', field);
    requireGoodPassword(input.newPassword, ['input', 'newPassword'], account.email);
    await executeSql(em, 'update app_user set password_hash = ?, email_verified_at = coalesce(email_verified_at, now()) where id = ?', [passwordHash, account.id]);
    await useUpTokens(em, account.id, AccountTokenPurpose.RESET_PASSWORD);
    await revokeSessions(em, account.id);
    await announceSessionChange(em, account.id);
    return { userId: account.id, ...(await openSession(ctx, em, account.id)) };
  });
  return signIn(ctx, session);
}

/** The caller's own profile: the display name. */
export async function updateProfile(ctx: Context, input: { name?: string | null }): Promise<{ user: User }> {
  const viewer = requireViewer(ctx);
  const name = input.name == null ? null : validName(input.name, ['input', 'name']);
  if (name !== null) await inTransaction(ctx, (em) => executeSql(em, 'update app_user set name = ? where id = ?', [name, viewer.id]));
  return reloadedUser(ctx, viewer.id);
}

/**
 * Asks to change the login address, given the password. The new address takes over only once
 * the link mailed to it is opened; until then the account keeps its current, verified address.
 */
export async function changeEmail(ctx: Context, input: { newEmail: string; currentPassword: string }): Promise<{ user: User }> {
  const viewer = requireViewer(ctx);
  const account = await requireCurrentPassword(ctx, input.currentPassword, ['input', 'currentPassword']);
  const field = ['input', 'newEmail'];
  const email = validEmail(input.newEmail, field);
  if (email === account.email) throw userError(AuthErrorCode.SAME_EMAIL, 'That is already your email address.', field);
  const token = await inTransaction(ctx, async (em) => {
    await lockAccount(em, viewer.id);
    if (await selectOne(em, 'select 1 from app_user where email = ?', [email])) throw emailTaken(field);
    await executeSql(em, 'update app_user set pending_email = ? where id = ?', [email, viewer.id]);
    return issueToken(em, viewer.id, AccountTokenPurpose.VERIFY_EMAIL, email, ctx.config.emailTokenTtlSeconds);
  });
  await sendVerificationMail(ctx.config, email, account.name, token, true);
  return reloadedUser(ctx, viewer.id);
}
