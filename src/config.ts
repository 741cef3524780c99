import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every setting the server reads, with its default. The README's table mirrors this file. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** PostgreSQL to use; when empty an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret: string;
  jwtTtlSeconds: number;
  staffEmails: Set<string>;
  testClock: boolean;
  /** The platform's service fee in basis points of what a payee earns (MN-3). */
  serviceFeeBps: number;
  maxQueryDepth: number;
  dbPoolSize: number;
  schedulerIntervalMs: number;
  /** Server processes sharing the port (node:cluster); 1 serves from the main process. */
  webConcurrency: number;
  /** AF-1: ISO 3166-1 alpha-2 codes of countries whose affiliates are refused. */
  sanctionedCountries: Set<string>;
  /** The server's public base URL, without a trailing slash; tracking links are `${publicUrl}/r/<code>`. */
  publicUrl: string;
  /** Where a tracking link (`GET /r/:code`) sends the visitor. */
  landingUrl: string;
  /** RF-4: the least commission (in cents) an affiliate payout is made for; less carries over. */
  affiliateMinPayoutCents: bigint;
  /** Outgoing mail goes through this SMTP server; without it every message is written to `mailDir`. */
  smtpUrl?: string;
  /** Where messages are written as .eml files when there is no SMTP server. */
  mailDir: string;
  /** How long a verification link works (real time). */
  emailTokenTtlSeconds: number;
  /** How long a password-reset link works (real time). */
  passwordResetTtlSeconds: number;
}

/**
 * Mirrors the countries under comprehensive trade sanctions in typical (US OFAC, EU, UK)
 * sanctions lists; SANCTIONED_COUNTRIES replaces it as a whole.
 */
const DEFAULT_SANCTIONED_COUNTRIES = 'CU,IR,KP,SY,RU,BY';

function countryList(env: NodeJS.ProcessEnv, name: string, fallback: string): Set<string> {
  const codes = (env[name] ?? fallback)
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const invalid = codes.filter((code) => !/^[A-Z]{2}$/.test(code));
  if (invalid.length) throw new Error(`${name} must list ISO 3166-1 alpha-2 codes separated by commas, got "${invalid.join(', ')}"`);
  return new Set(codes);
}

function urlSetting(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http(s) URL, got "${raw}"`);
  return raw;
}

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** A non-negative amount of money written as a decimal ("50", "50.00"), in cents. */
function moneySetting(env: NodeJS.ProcessEnv, name: string, fallback: string): bigint {
  const raw = (env[name] ?? '').trim() || fallback;
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(raw);
  if (!match) throw new Error(`${name} must be a non-negative amount such as "50.00", got "${raw}"`);
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '0').padEnd(2, '0'));
}

/** A development secret is made once and kept in the data folder, so tokens survive a restart. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

const KNOWN_MODES = ['production', 'development', 'test'];
const STAFF_EMAIL_ENTRY = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

/**
 * Settings that would make the server unsafe are refused at start with a plain message, rather
 * than quietly falling back: an unknown NODE_ENV (it would mean development: stack traces and
 * introspection), a malformed STAFF_EMAILS entry, and in production a short JWT_SECRET or the
 * test clock.
 */
function refuseUnsafeSettings(env: NodeJS.ProcessEnv): void {
  const mode = env.NODE_ENV ?? '';
  if (mode !== '' && !KNOWN_MODES.includes(mode)) {
    throw new Error(`NODE_ENV must be one of ${KNOWN_MODES.join(', ')} (or unset for development), got "${mode}"`);
  }
  const badStaff = (env.STAFF_EMAILS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry && !STAFF_EMAIL_ENTRY.test(entry));
  if (badStaff.length) throw new Error(`STAFF_EMAILS must list email addresses separated by commas; not an address: "${badStaff.join('", "')}"`);
  if (mode !== 'production') return;
  if (Buffer.byteLength(env.JWT_SECRET ?? '', 'utf8') < 32) throw new Error('JWT_SECRET must be at least 32 bytes long when NODE_ENV=production');
  if (env.TEST_CLOCK) throw new Error('TEST_CLOCK must not be set when NODE_ENV=production: it lets staff move the business clock');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  refuseUnsafeSettings(env);
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const dataDir = resolve(env.DATA_DIR || '.data');
  const jwtSecret = env.JWT_SECRET || (mode === 'production' ? '' : developmentSecret(dataDir));
  if (!jwtSecret) throw new Error('JWT_SECRET must be set when NODE_ENV=production');
  const publicUrl = urlSetting(env, 'PUBLIC_URL', 'http://localhost:4000').replace(/\/+$/, '');
  return {
    env: mode,
    port: intSetting(env, 'PORT', 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    embeddedPgPort: intSetting(env, 'EMBEDDED_PG_PORT', 54329),
    jwtSecret,
    jwtTtlSeconds: intSetting(env, 'JWT_TTL_SECONDS', 7 * 24 * 3600),
    staffEmails: new Set(
      (env.STAFF_EMAILS ?? '')
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
    testClock: env.TEST_CLOCK === '1' || env.TEST_CLOCK === 'true',
    serviceFeeBps: intSetting(env, 'SERVICE_FEE_BPS', 1000),
    maxQueryDepth: intSetting(env, 'MAX_QUERY_DEPTH', 12),
    dbPoolSize: intSetting(env, 'DB_POOL_SIZE', 10),
    schedulerIntervalMs: intSetting(env, 'SCHEDULER_INTERVAL_MS', 60_000),
    webConcurrency: Math.max(1, intSetting(env, 'WEB_CONCURRENCY', 1)),
    sanctionedCountries: countryList(env, 'SANCTIONED_COUNTRIES', DEFAULT_SANCTIONED_COUNTRIES),
    publicUrl,
    landingUrl: urlSetting(env, 'LANDING_URL', `${publicUrl}/`),
    affiliateMinPayoutCents: moneySetting(env, 'AFFILIATE_MIN_PAYOUT', '0.00'),
    smtpUrl: env.SMTP_URL || undefined,
    mailDir: resolve(env.MAIL_DIR || join(dataDir, 'mail')),
    emailTokenTtlSeconds: intSetting(env, 'EMAIL_TOKEN_TTL_SECONDS', 48 * 3600),
    passwordResetTtlSeconds: intSetting(env, 'PASSWORD_RESET_TTL_SECONDS', 3600),
  };
}
