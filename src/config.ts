import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Every setting the server reads, once, at start. The README's table is checked against SETTINGS. */
/** Limits every operation is measured against before it runs (docs/limits.md). */
export interface OperationLimitSettings {
  maxDepth: number;
  maxCost: number;
  maxTokens: number;
  maxAliases: number;
  maxDirectives: number;
}

/** A budget of points in a fixed window; a limit of 0 turns the throttle off. */
export interface Budget {
  limit: number;
  windowSeconds: number;
}

/** The throttles, kept in PostgreSQL so that every process shares them. */
export interface RateLimitSettings {
  userPoints: Budget;
  addressPoints: Budget;
  loginFailuresPerAccount: Budget;
  loginFailuresPerAddress: Budget;
  signUpsPerAddress: Budget;
  referralClicksPerAddress: Budget;
}

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
  /** How long a query or transaction waits for a database connection before SERVICE_UNAVAILABLE, in ms. */
  dbAcquireTimeoutMs: number;
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
  /** The least level written to the log. */
  logLevel: LogLevel;
  /** `pretty`: one readable line per entry, for a terminal; `json`: one JSON object per line. */
  logFormat: 'json' | 'pretty';
  /** Origins (scheme://host[:port]) whose browsers may call the API; empty: CORS off. */
  corsOrigins: string[];
  /** The bearer token that reads `/metrics`; without it only local requests do. */
  metricsToken?: string;
  /** Depth, cost, token, alias and directive limits of one operation. */
  limits: OperationLimitSettings;
  rateLimits: RateLimitSettings;
  /** The largest HTTP body and WebSocket frame accepted. */
  maxRequestBytes: number;
  wsMaxOperationsPerSocket: number;
  wsMaxSocketsPerUser: number;
  /** Sockets of one client address not acknowledged yet (no `connection_ack`), in one process; 0: no cap. */
  wsMaxPendingSocketsPerAddress: number;
  /** Express's `trust proxy`: whose X-Forwarded-For is believed for the client's address. */
  trustProxy: boolean | number | string;
  /** PostgreSQL statement_timeout of the API's connections (writes lift it); 0: none. */
  statementTimeoutMs: number;
  /** Whether the read compiler answers the queries it covers (src/graphql/compiled/). */
  compiledReads: boolean;
  /** Outgoing mail goes through this SMTP server; without it every message is written to `mailDir`. */
  smtpUrl?: string;
  /** Where messages are written as .eml files when there is no SMTP server. */
  mailDir: string;
  /** How long a verification link works (real time). */
  emailTokenTtlSeconds: number;
  /** How long a password-reset link works (real time). */
  passwordResetTtlSeconds: number;
  /** The trusted-documents manifest; every operation is accepted when unset. */
  trustedDocuments: string | undefined;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Settings are validated all at once; every problem is one plain sentence. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// ---- value kinds: each turns the raw text into a value, or says in plain words what is wrong ----

type Raw = string | undefined;

const int = (min: number, max: number) =>
  z.string().transform((raw, ctx) => {
    const value = Number(raw.trim());
    if (!/^\s*\d+\s*$/.test(raw) || value < min || value > max) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be a whole number from ${min} to ${max}` });
      return z.NEVER;
    }
    return value;
  });

const oneOf = <T extends string>(values: readonly T[]) =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim() as T;
    if (!values.includes(value)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be one of ${values.join(', ')}` });
      return z.NEVER;
    }
    return value;
  });

const httpUrl = () =>
  z.string().transform((raw, ctx) => {
    try {
      const url = new URL(raw.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return raw.trim();
    } catch {
      // reported below
    }
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be an absolute http:// or https:// URL' });
    return z.NEVER;
  });

const postgresUrl = () =>
  z.string().transform((raw, ctx) => {
    try {
      const url = new URL(raw.trim());
      if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return raw.trim();
    } catch {
      // reported below
    }
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a postgres:// or postgresql:// URL' });
    return z.NEVER;
  });

const list = (item: (value: string) => boolean, what: string, normalize: (value: string) => string = (v) => v) =>
  z.string().transform((raw, ctx) => {
    const values = raw
      .split(',')
      .map((value) => normalize(value.trim()))
      .filter(Boolean);
    const invalid = values.filter((value) => !item(value));
    if (invalid.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must list ${what} separated by commas; not valid: ${invalid.join(', ')}` });
      return z.NEVER;
    }
    return values;
  });

const flag = () =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be 1 or 0 (true or false)' });
    return z.NEVER;
  });

/** A non-negative amount of money written as a decimal ("50", "50.00"), in cents. */
const money = () =>
  z.string().transform((raw, ctx) => {
    const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(raw.trim());
    if (!match) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a non-negative amount such as "50.00"' });
      return z.NEVER;
    }
    return BigInt(match[1]) * 100n + BigInt((match[2] ?? '0').padEnd(2, '0'));
  });

const text = () => z.string();

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

// ---- the settings: adding one is one entry here (and a row in the README's table) ----

interface Setting<T> {
  kind: z.ZodType<T, z.ZodTypeDef, string>;
  /** Lists: an empty variable is an empty list, not "unset". */
  emptyIsValue?: boolean;
  /** The default as the README shows it; `undefined` means "unset" (the reader decides). */
  default?: string;
  /** What it means, for the README. */
  doc: string;
}

const setting = <T>(kind: z.ZodType<T, z.ZodTypeDef, string>, defaultValue: string | undefined, doc: string, emptyIsValue = false): Setting<T> => ({
  kind,
  default: defaultValue,
  doc,
  emptyIsValue,
});

/**
 * Mirrors the countries under comprehensive trade sanctions in typical (US OFAC, EU, UK)
 * sanctions lists; SANCTIONED_COUNTRIES replaces it as a whole.
 */
const DEFAULT_SANCTIONED_COUNTRIES = 'CU,IR,KP,SY,RU,BY';

export const SETTINGS = {
  PORT: setting(int(1, 65535), '4000', 'HTTP and WebSocket port (`/graphql`, `/healthz`, `/readyz`)'),
  NODE_ENV: setting(
    oneOf(['development', 'production', 'test'] as const),
    'development',
    '`development`, `production` or `test`; `production` turns off introspection and hides stack traces and internal messages',
  ),
  DATABASE_URL: setting(postgresUrl(), undefined, 'PostgreSQL to use; when unset an embedded PostgreSQL is started in `DATA_DIR/pg`'),
  DATA_DIR: setting(text(), '.data', 'where the embedded PostgreSQL and the development JWT secret live'),
  EMBEDDED_PG_PORT: setting(int(1, 65535), '54329', 'port of the embedded PostgreSQL'),
  DB_POOL_SIZE: setting(int(1, 1000), '10', 'database connections per process'),
  DB_ACQUIRE_TIMEOUT_MS: setting(int(100, 600_000), '5000', 'how long a request waits for a free database connection, in ms; then it is refused with `SERVICE_UNAVAILABLE` (HTTP 503, `Retry-After`) before anything changed'),
  WEB_CONCURRENCY: setting(int(1, 256), '1', 'server processes sharing the port (node:cluster); set it to the number of cores in production'),
  JWT_SECRET: setting(text(), undefined, 'HMAC secret signing tokens; required in production, otherwise generated into `DATA_DIR/jwt-secret`'),
  JWT_TTL_SECONDS: setting(int(1, 365 * 24 * 3600), '604800', 'token lifetime in seconds, 7 days by default (real time, not the test clock)'),
  STAFF_EMAILS: setting(
    list((value) => /^[^\s@]+@[^\s@]+$/.test(value), 'email addresses', (value) => value.toLowerCase()),
    '',
    'comma-separated emails of platform staff',
  ),
  TEST_CLOCK: setting(flag(), '0', '`1` lets staff move the business clock forward with `setClock` (shared by every process on the database)'),
  SERVICE_FEE_BPS: setting(int(0, 10000), '1000', "the platform's service fee on what a payee earns, in basis points (MN-3); 1000 is 10%"),
  PUBLIC_URL: setting(httpUrl(), 'http://localhost:PORT', "this server's public address; affiliate tracking links are `PUBLIC_URL/r/<code>`"),
  LANDING_URL: setting(httpUrl(), 'PUBLIC_URL/', 'where a tracking link redirects after recording the click'),
  SANCTIONED_COUNTRIES: setting(
    list((value) => /^[A-Z]{2}$/.test(value), 'ISO 3166-1 alpha-2 country codes', (value) => value.toUpperCase()),
    DEFAULT_SANCTIONED_COUNTRIES,
    'ISO country codes whose affiliates are refused (AF-1); set it empty to refuse none',
    true,
  ),
  AFFILIATE_MIN_PAYOUT: setting(money(), '0.00', 'the least commission (USD) an affiliate is paid in one monthly payout; a smaller amount carries over (RF-4)'),
  MAX_QUERY_DEPTH: setting(int(1, 100), '12', 'deepest nesting a query may have'),
  SCHEDULER_INTERVAL_MS: setting(int(0, 24 * 3600 * 1000), '60000', 'how often one process runs the periodic work (`0` turns the scheduler off)'),
  LOG_LEVEL: setting(oneOf(LOG_LEVELS), 'info', 'least level logged: `fatal`, `error`, `warn`, `info` (one line per request), `debug`, `trace` or `silent`'),
  LOG_FORMAT: setting(oneOf(['json', 'pretty'] as const), 'json', '`json`: one JSON object per line; `pretty`: readable lines (the default under `NODE_ENV=development`)'),
  CORS_ORIGINS: setting(
    list(isOrigin, 'origins such as https://app.example.com (scheme, host and port only)'),
    '',
    'comma-separated origins whose web pages may call the API from a browser; CORS is off when empty',
  ),
  METRICS_TOKEN: setting(
    z.string().min(16, 'must be at least 16 characters long'),
    undefined,
    'who may read the Prometheus metrics at `GET /metrics` (every worker aggregated): requests with `authorization: Bearer <METRICS_TOKEN>`; when unset, only requests made on this machine to its loopback address, not through a proxy',
  ),
  MAX_QUERY_COST: setting(int(1, 100_000_000), '50000', 'the most objects an operation may ask for in the worst case (a connection counts `first`/`last`, or 20); over it: `QUERY_TOO_COMPLEX` before anything runs'),
  MAX_QUERY_TOKENS: setting(int(100, 1_000_000), '5000', 'the most lexical tokens a document may have'),
  MAX_QUERY_ALIASES: setting(int(1, 100_000), '30', 'the most aliases in one operation'),
  MAX_QUERY_DIRECTIVES: setting(int(1, 100_000), '20', 'the most directives in one operation'),
  MAX_REQUEST_BYTES: setting(int(1024, 100 * 1024 * 1024), '1048576', 'the largest HTTP body and WebSocket frame accepted (413 / close 1009 above it)'),
  WS_MAX_OPERATIONS_PER_SOCKET: setting(int(0, 100_000), '20', 'operations (subscriptions) running at once on one WebSocket; `0`: no cap'),
  WS_MAX_SOCKETS_PER_USER: setting(int(0, 100_000), '10', 'WebSockets one user may hold open, counted across every process (close 4429 above it); `0`: no cap'),
  WS_MAX_PENDING_SOCKETS_PER_ADDRESS: setting(
    int(0, 1_000_000),
    '100',
    'WebSockets of one client address not acknowledged yet (before and during `connection_init`), counted in each process (the upgrade is refused with HTTP 429 above it); `0`: no cap',
  ),
  RATE_LIMIT_USER_POINTS: setting(int(0, 1_000_000_000), '200000', 'cost points a signed-in user may spend per window, shared by every process; `0`: off'),
  RATE_LIMIT_ADDRESS_POINTS: setting(int(0, 1_000_000_000), '500000', 'cost points one client address may spend per window; `0`: off'),
  RATE_LIMIT_WINDOW_SECONDS: setting(int(1, 86_400), '60', 'the window of the cost budgets, in seconds'),
  LOGIN_FAILURES_PER_ACCOUNT: setting(int(0, 1_000_000), '10', 'failed `logIn` attempts per account per window before `RATE_LIMITED`; `0`: off'),
  LOGIN_FAILURES_PER_ADDRESS: setting(int(0, 1_000_000), '100', 'failed `logIn` attempts per client address per window; `0`: off'),
  LOGIN_WINDOW_SECONDS: setting(int(1, 86_400), '900', 'the window of the sign-in throttles, in seconds'),
  SIGNUPS_PER_ADDRESS: setting(int(0, 1_000_000), '20', '`signUp` calls per client address per window; `0`: off'),
  SIGNUP_WINDOW_SECONDS: setting(int(1, 86_400), '3600', 'the window of the sign-up throttle, in seconds'),
  REFERRAL_CLICKS_PER_ADDRESS: setting(int(0, 1_000_000), '300', '`GET /r/:code` and `recordReferralClick` clicks recorded per client address per window (RATE_LIMITED, 429 above it); `0`: off'),
  REFERRAL_CLICK_WINDOW_SECONDS: setting(int(1, 86_400), '60', 'the window of the click throttle, in seconds'),
  TRUST_PROXY: setting(text(), undefined, "Express's `trust proxy`: unset or `false` uses the socket's address; `true` (one proxy: the last X-Forwarded-For address), a hop count or a list of addresses believes X-Forwarded-For from them"),
  STATEMENT_TIMEOUT_MS: setting(int(0, 3_600_000), '5000', "PostgreSQL statement_timeout of the API's reads, in ms (write transactions lift it); `0`: none"),
  COMPILED_READS: setting(flag(), '1', '`1` answers the list queries the read compiler covers with one SQL statement each (docs/performance.md); `0` resolves every query field by field'),
  SMTP_URL: setting(text(), undefined, 'outgoing mail goes through this SMTP server (`smtp://user:pass@host:587`, `smtps://...`); when unset every message is written as an `.eml` file into `MAIL_DIR`'),
  MAIL_DIR: setting(text(), 'DATA_DIR/mail', 'where messages are written when there is no `SMTP_URL`'),
  EMAIL_TOKEN_TTL_SECONDS: setting(int(1, 365 * 24 * 3600), '172800', 'how long an email verification link works, in seconds (48 hours by default; real time)'),
  PASSWORD_RESET_TTL_SECONDS: setting(int(1, 7 * 24 * 3600), '3600', 'how long a password-reset link works, in seconds (1 hour by default; real time)'),
  TRUSTED_DOCUMENTS: setting(
    text(),
    undefined,
    'path of a persisted-documents manifest made at build time by `npm run codegen` (JSON of sha256 to document); when set, only those operations run (HTTP and WebSocket), anything else is `PERSISTED_QUERY_NOT_IN_LIST`; for production with your own clients',
  ),
};

/** Variables read by the tooling (tests, migrations), not by the server; listed in the README too. */
export const TOOLING_SETTINGS: Record<string, { default?: string; doc: string }> = {
  TEST_DATABASE_URL: { doc: 'tests: a PostgreSQL server to create the test databases on, instead of an embedded one' },
  SCRATCH_DATABASE_URL: { doc: '`migration:create`/`migration:check`: a server for the throw-away database, instead of an embedded one' },
};

type SettingName = keyof typeof SETTINGS;
type Values = { [K in SettingName]: (typeof SETTINGS)[K] extends Setting<infer T> ? T | undefined : never };

/** Reads every setting; an empty variable counts as unset. Invalid ones are left out and reported. */
function readSettings(env: NodeJS.ProcessEnv): { values: Values; problems: string[] } {
  const values = {} as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, { kind, emptyIsValue }] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    const raw: Raw = env[name];
    if (raw === undefined || (raw.trim() === '' && !emptyIsValue)) continue;
    const result = kind.safeParse(raw);
    if (result.success) values[name] = result.data;
    else problems.push(...result.error.issues.map((issue) => `${name} ${issue.message}, got "${raw}"`));
  }
  return { values: values as Values, problems };
}

function trustProxySetting(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false' || raw === '0') return false;
  // `true` is one proxy in front: the client is the address it saw, the last in X-Forwarded-For
  // (as WebSocket connections take it). Express's own `true` takes the first, which the client
  // itself writes, and would let it choose its address for every per-address limit.
  if (raw === 'true') return 1;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
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

/**
 * Checks that involve several settings, or one setting and the environment; each returns the
 * problem in plain words, or nothing. A setting that was itself invalid reads as unset here.
 */
const CHECKS: ((values: Values, env: NodeJS.ProcessEnv) => string | undefined)[] = [
  (values) => (values.NODE_ENV === 'production' && !values.JWT_SECRET ? 'JWT_SECRET must be set when NODE_ENV=production' : undefined),
  // Settings that would make production unsafe are refused rather than quietly accepted.
  (values) =>
    values.NODE_ENV === 'production' && values.JWT_SECRET && Buffer.byteLength(values.JWT_SECRET, 'utf8') < 32
      ? 'JWT_SECRET must be at least 32 bytes long when NODE_ENV=production'
      : undefined,
  (values) => (values.NODE_ENV === 'production' && values.TEST_CLOCK ? 'TEST_CLOCK must not be set when NODE_ENV=production: it lets staff move the business clock' : undefined),
];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { values, problems } = readSettings(env);
  for (const check of CHECKS) {
    const problem = check(values, env);
    if (problem) problems.push(problem);
  }
  if (problems.length) throw new ConfigError(problems);

  const mode = values.NODE_ENV ?? 'development';
  const port = values.PORT ?? 4000;
  const dataDir = resolve(values.DATA_DIR ?? '.data');
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    env: mode,
    port,
    databaseUrl: values.DATABASE_URL,
    dataDir,
    embeddedPgPort: values.EMBEDDED_PG_PORT ?? 54329,
    jwtSecret: values.JWT_SECRET ?? developmentSecret(dataDir),
    jwtTtlSeconds: values.JWT_TTL_SECONDS ?? 7 * 24 * 3600,
    staffEmails: new Set(values.STAFF_EMAILS ?? []),
    testClock: values.TEST_CLOCK ?? false,
    serviceFeeBps: values.SERVICE_FEE_BPS ?? 1000,
    maxQueryDepth: values.MAX_QUERY_DEPTH ?? 12,
    dbPoolSize: values.DB_POOL_SIZE ?? 10,
    dbAcquireTimeoutMs: values.DB_ACQUIRE_TIMEOUT_MS ?? 5_000,
    schedulerIntervalMs: values.SCHEDULER_INTERVAL_MS ?? 60_000,
    webConcurrency: values.WEB_CONCURRENCY ?? 1,
    sanctionedCountries: new Set(values.SANCTIONED_COUNTRIES ?? DEFAULT_SANCTIONED_COUNTRIES.split(',')),
    publicUrl,
    landingUrl: values.LANDING_URL ?? `${publicUrl}/`,
    affiliateMinPayoutCents: values.AFFILIATE_MIN_PAYOUT ?? 0n,
    logLevel: values.LOG_LEVEL ?? 'info',
    logFormat: values.LOG_FORMAT ?? (mode === 'development' ? 'pretty' : 'json'),
    corsOrigins: values.CORS_ORIGINS ?? [],
    metricsToken: values.METRICS_TOKEN,
    smtpUrl: values.SMTP_URL,
    mailDir: resolve(values.MAIL_DIR ?? join(dataDir, 'mail')),
    emailTokenTtlSeconds: values.EMAIL_TOKEN_TTL_SECONDS ?? 48 * 3600,
    passwordResetTtlSeconds: values.PASSWORD_RESET_TTL_SECONDS ?? 3600,
    trustedDocuments: values.TRUSTED_DOCUMENTS ? resolve(values.TRUSTED_DOCUMENTS) : undefined,
    limits: {
      maxDepth: values.MAX_QUERY_DEPTH ?? 12,
      maxCost: values.MAX_QUERY_COST ?? 50_000,
      maxTokens: values.MAX_QUERY_TOKENS ?? 5_000,
      maxAliases: values.MAX_QUERY_ALIASES ?? 30,
      maxDirectives: values.MAX_QUERY_DIRECTIVES ?? 20,
    },
    rateLimits: {
      userPoints: { limit: values.RATE_LIMIT_USER_POINTS ?? 200_000, windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS ?? 60 },
      addressPoints: { limit: values.RATE_LIMIT_ADDRESS_POINTS ?? 500_000, windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS ?? 60 },
      loginFailuresPerAccount: { limit: values.LOGIN_FAILURES_PER_ACCOUNT ?? 10, windowSeconds: values.LOGIN_WINDOW_SECONDS ?? 900 },
      loginFailuresPerAddress: { limit: values.LOGIN_FAILURES_PER_ADDRESS ?? 100, windowSeconds: values.LOGIN_WINDOW_SECONDS ?? 900 },
      signUpsPerAddress: { limit: values.SIGNUPS_PER_ADDRESS ?? 20, windowSeconds: values.SIGNUP_WINDOW_SECONDS ?? 3600 },
      referralClicksPerAddress: { limit: values.REFERRAL_CLICKS_PER_ADDRESS ?? 300, windowSeconds: values.REFERRAL_CLICK_WINDOW_SECONDS ?? 60 },
    },
    maxRequestBytes: values.MAX_REQUEST_BYTES ?? 1_048_576,
    wsMaxOperationsPerSocket: values.WS_MAX_OPERATIONS_PER_SOCKET ?? 20,
    wsMaxSocketsPerUser: values.WS_MAX_SOCKETS_PER_USER ?? 10,
    wsMaxPendingSocketsPerAddress: values.WS_MAX_PENDING_SOCKETS_PER_ADDRESS ?? 100,
    trustProxy: trustProxySetting(values.TRUST_PROXY),
    statementTimeoutMs: values.STATEMENT_TIMEOUT_MS ?? 5_000,
    compiledReads: values.COMPILED_READS ?? true,
  };
}
