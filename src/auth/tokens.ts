import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';

const ISSUER = 'agency-market';

export interface TokenClaims {
  userId: string;
  /** The session the token belongs to: revoking it refuses the token. */
  sessionId: string;
  expiresAt: Date;
}

/**
 * The HMAC key of a secret, made once: given raw bytes, jose imports a key on every sign and
 * verify, which was a measurable part of a small request's CPU.
 */
const keys = new Map<string, KeyObject>();
function key(secret: string): KeyObject {
  let made = keys.get(secret);
  if (!made) keys.set(secret, (made = createSecretKey(Buffer.from(secret, 'utf8'))));
  return made;
}

/**
 * The real time that token, session and mail-link lifetimes run on: this process's clock, never
 * the test clock (moving it signs nobody out) and never the database's (the token's expiry is
 * checked here, so the session's must be measured by the same clock).
 */
export function realTime(): Date {
  return new Date();
}

/** Tokens run on real time, never the test clock: moving the clock signs nobody out. */
export async function signToken(secret: string, userId: string, sessionId: string, expiresAt: Date): Promise<string> {
  return new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(secret));
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'expired' | 'invalid' };

export async function verifyToken(secret: string, token: string): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    if (!payload.sub || !payload.exp || typeof payload.sid !== 'string') return { ok: false, reason: 'invalid' };
    return { ok: true, claims: { userId: payload.sub, sessionId: payload.sid, expiresAt: new Date(payload.exp * 1000) } };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}

/** The token of an `Authorization: Bearer <token>` value; undefined when absent, null when malformed. */
export function bearerToken(header: unknown): string | undefined | null {
  if (header === undefined || header === null || header === '') return undefined;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : null;
}
