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
  /** Limits every operation must meet before it runs (HTTP and WebSocket alike). */
  limits: OperationLimitSettings;
  /** Cost-point budgets and sign-in throttles, shared by every process through PostgreSQL. */
  rateLimits: RateLimitSettings;
  /** Largest HTTP request body and WebSocket frame, in bytes. */
  maxRequestBytes: number;
  /** Concurrent operations one WebSocket may run (subscriptions included). */
  wsMaxOperationsPerSocket: number;
  /** Open WebSockets per signed-in user (anonymous sockets: per client address), per process. */
  wsMaxSocketsPerUser: number;
  /** Express `trust proxy`: whose X-Forwarded-For names the client address. */
  trustProxy: boolean | number | string;
  /** PostgreSQL statement_timeout of the API's connections, in milliseconds (0: none). */
  statementTimeoutMs: number;
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
}

export interface OperationLimitSettings {
  maxDepth: number;
  maxCost: number;
  maxTokens: number;
  maxAliases: number;
  maxDirectives: number;
}

/** A number of events allowed per window of real time; `limit` 0 turns the throttle off. */
export interface Budget {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitSettings {
  /** Cost points per signed-in user. */
  userPoints: Budget;
  /** Cost points per client address. */
  addressPoints: Budget;
  /** logIn attempts that failed, per account (email). */
  loginFailuresPerAccount: Budget;
  /** logIn attempts that failed, per client address. */
  loginFailuresPerAddress: Budget;
  /** signUp calls per client address. */
  signUpsPerAddress: Budget;
  /** GET /r/:code per client address. */
  referralClicksPerAddress: Budget;
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

function trustProxySetting(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
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
    limits: {
      maxDepth: intSetting(env, 'MAX_QUERY_DEPTH', 12),
      maxCost: intSetting(env, 'MAX_QUERY_COST', 50_000),
      maxTokens: intSetting(env, 'MAX_QUERY_TOKENS', 5_000),
      maxAliases: intSetting(env, 'MAX_QUERY_ALIASES', 30),
      maxDirectives: intSetting(env, 'MAX_QUERY_DIRECTIVES', 20),
    },
    rateLimits: {
      userPoints: { limit: intSetting(env, 'RATE_LIMIT_USER_POINTS', 200_000), windowSeconds: intSetting(env, 'RATE_LIMIT_WINDOW_SECONDS', 60) },
      addressPoints: { limit: intSetting(env, 'RATE_LIMIT_ADDRESS_POINTS', 500_000), windowSeconds: intSetting(env, 'RATE_LIMIT_WINDOW_SECONDS', 60) },
      loginFailuresPerAccount: { limit: intSetting(env, 'LOGIN_FAILURES_PER_ACCOUNT', 10), windowSeconds: intSetting(env, 'LOGIN_WINDOW_SECONDS', 900) },
      loginFailuresPerAddress: { limit: intSetting(env, 'LOGIN_FAILURES_PER_ADDRESS', 100), windowSeconds: intSetting(env, 'LOGIN_WINDOW_SECONDS', 900) },
      signUpsPerAddress: { limit: intSetting(env, 'SIGNUPS_PER_ADDRESS', 20), windowSeconds: intSetting(env, 'SIGNUP_WINDOW_SECONDS', 3600) },
      referralClicksPerAddress: { limit: intSetting(env, 'REFERRAL_CLICKS_PER_ADDRESS', 300), windowSeconds: intSetting(env, 'REFERRAL_CLICK_WINDOW_SECONDS', 60) },
    },
    maxRequestBytes: Math.max(1024, intSetting(env, 'MAX_REQUEST_BYTES', 1_048_576)),
    wsMaxOperationsPerSocket: intSetting(env, 'WS_MAX_OPERATIONS_PER_SOCKET', 20),
    wsMaxSocketsPerUser: intSetting(env, 'WS_MAX_SOCKETS_PER_USER', 10),
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    statementTimeoutMs: intSetting(env, 'STATEMENT_TIMEOUT_MS', 5_000),
    dbPoolSize: intSetting(env, 'DB_POOL_SIZE', 10),
    schedulerIntervalMs: intSetting(env, 'SCHEDULER_INTERVAL_MS', 60_000),
    webConcurrency: Math.max(1, intSetting(env, 'WEB_CONCURRENCY', 1)),
    sanctionedCountries: countryList(env, 'SANCTIONED_COUNTRIES', DEFAULT_SANCTIONED_COUNTRIES),
    publicUrl,
    landingUrl: urlSetting(env, 'LANDING_URL', `${publicUrl}/`),
    affiliateMinPayoutCents: moneySetting(env, 'AFFILIATE_MIN_PAYOUT', '0.00'),
  };
}
