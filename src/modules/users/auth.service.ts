import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { passwordProblem } from '../../auth/password-policy';
import { hashPassword, verifyPassword, DUMMY_HASH } from '../../auth/passwords';
import { viewerOf } from '../../auth/viewer';
import { inTransaction } from '../../db/transaction';
import { selectOne } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { userError } from '../../graphql/errors';
import { openSession } from '../sessions/session.service';
import { sendVerificationMail } from './account.mail';
import { AccountTokenPurpose } from './account-token.entity';
import { issueToken } from './account-token';
import { rateLimited } from '../../graphql/errors';
import { refusedBucket } from '../ratelimit/rate-limit.service';
import { AuthErrorCode } from './user.errors';
import { UserEntity } from './user.entity';
import { userById } from './user.loaders';
import type { LogInInput, SignUpInput, User } from './user.types';
import { addressGroup } from '../ratelimit/address-group';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Addresses are compared and stored trimmed and lower-cased, everywhere. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The normalised address, or a userError on `field` when it is not an address. */
export function validEmail(raw: string, field: string[]): string {
  const email = normalizeEmail(raw);
  if (!EMAIL.test(email) || email.length > 320 || /\p{Cc}/u.test(email)) throw userError(AuthErrorCode.INVALID_EMAIL, 'That is not a valid email address.', field);
  return email;
}

/** A userError on `field` when the password is too short, too long, too common or malformed. */
export function requireGoodPassword(password: string, field: string[], email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw userError(AuthErrorCode.WEAK_PASSWORD, problem, field);
}

export function validName(raw: string, field: string[]): string {
  const name = raw.trim();
  if (!name || [...name].length > 200 || /\p{Cc}/u.test(name)) throw userError(AuthErrorCode.INVALID_NAME, 'The name must be 1 to 200 characters long, without control characters.', field);
  return name;
}

export interface SignedIn {
  token: string;
  user: User;
}

/**
 * Hooks other features attach to a new signup (the affiliate program records referrals). They
 * run inside the signup's transaction, with the signup's input.
 */
export type SignUpHook = (
  ctx: Context,
  em: import('@mikro-orm/postgresql').EntityManager,
  userId: string,
  now: Date,
  input: SignUpInput,
) => Promise<void>;
const signUpHooks: SignUpHook[] = [];
export function onSignUp(hook: SignUpHook): void {
  signUpHooks.push(hook);
}

/**
 * Takes one attempt from each throttle (RATE_LIMITED when one is spent), before any password
 * is hashed or compared: the budgets hold across processes and concurrent attempts alike.
 */
async function takeAttempt(ctx: Context, attempts: { key: string; budget: import('../../config').Budget }[], what: string): Promise<void> {
  if (!ctx.rateLimiter) return;
  const refused = refusedBucket(await ctx.rateLimiter.charge(attempts.map((a) => ({ ...a, cost: 1 }))));
  if (refused) throw rateLimited(refused.retryAfter, `Too many ${what}; try again in ${refused.retryAfter} seconds.`);
}

export async function signUp(ctx: Context, input: SignUpInput): Promise<SignedIn> {
  await takeAttempt(ctx, [{ key: `signup:address:${addressGroup(ctx.clientAddress)}`, budget: ctx.config.rateLimits.signUpsPerAddress }], 'sign-ups from this address');
  const email = validEmail(input.email, ['input', 'email']);
  requireGoodPassword(input.password, ['input', 'password'], email);
  const name = validName(input.name, ['input', 'name']);
  const passwordHash = await hashPassword(input.password);
  const emailTaken = () => userError(AuthErrorCode.EMAIL_TAKEN, 'An account with that email already exists.', ['input', 'email']);
  let signedUp: { userId: string; sessionId: string; token: string; verifyToken: string };
  try {
    signedUp = await inTransaction(ctx, async (em, now) => {
      if (await selectOne(em, 'select 1 from app_user where email = ?', [email])) throw emailTaken();
      const user = em.create(UserEntity, { email, name, passwordHash, createdAt: now });
      await em.flush();
      for (const hook of signUpHooks) await hook(ctx, em, user.id, now, input);
      const verifyToken = await issueToken(em, user.id, AccountTokenPurpose.VERIFY_EMAIL, email, ctx.config.emailTokenTtlSeconds);
      return { userId: user.id, verifyToken, ...(await openSession(ctx, em, user.id)) };
    });
  } catch (error) {
    // Two signups with one address at the same moment: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw emailTaken();
    throw error;
  }
  await sendVerificationMail(ctx.config, email, name, signedUp.verifyToken);
  return signIn(ctx, signedUp);
}

/**
 * Failed sign-ins are limited per account and per client address: every attempt takes one from
 * both budgets first, and a successful one gives the address's back and clears the account's,
 * so only failures in a row count. A spent budget refuses even the right password.
 */
export async function logIn(ctx: Context, input: LogInInput): Promise<SignedIn> {
  const email = normalizeEmail(input.email);
  const accountKey = `login:account:${email.slice(0, 320)}`;
  const addressKey = `login:address:${addressGroup(ctx.clientAddress)}`;
  const { loginFailuresPerAccount, loginFailuresPerAddress } = ctx.config.rateLimits;
  await takeAttempt(
    ctx,
    [
      { key: accountKey, budget: loginFailuresPerAccount },
      { key: addressKey, budget: loginFailuresPerAddress },
    ],
    'failed sign-ins',
  );
  const row = await selectOne<{ id: string; passwordHash: string }>(ctx.em, 'select id, password_hash as "passwordHash" from app_user where email = ?', [email]);
  // Compare against a dummy hash when there is no such user, so timing does not tell.
  const valid = await verifyPassword(input.password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !valid) throw userError(AuthErrorCode.INVALID_CREDENTIALS, 'The email or password is not right.');
  if (ctx.rateLimiter) {
    await ctx.rateLimiter.reset(accountKey);
    if (loginFailuresPerAddress.limit > 0) await ctx.rateLimiter.refund([{ key: addressKey, cost: 1 }]);
  }
  const session = await inTransaction(ctx, (em) => openSession(ctx, em, row.id));
  return signIn(ctx, { userId: row.id, ...session });
}

/** The payload of a new session; the rest of it is resolved as the user who just signed in. */
export async function signIn(ctx: Context, session: { userId: string; sessionId: string; token: string }): Promise<SignedIn> {
  const user = (await userById(ctx).load(session.userId))!;
  ctx.viewer = viewerOf(ctx.config, user, session.sessionId);
  return { token: session.token, user };
}
