import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { LIMITER_LOCK_TIMEOUT_MS, RateLimiter } from '../src/modules/ratelimit/rate-limit.service';
import { sleep } from './support/wait';
import { createApp, type RunningApp } from '../src/server/app';
import { databaseTestClock } from '../src/shared/clock';
import { uniqueEmail } from './support/factories';
import { openSocket, postGraphQL } from './support/raw';
import { startTestServer, type TestServer } from './support/server';

/**
 * Small budgets, and TRUST_PROXY so that each test speaks from addresses of its own
 * (X-Forwarded-For). LOGIN_FAILURES_PER_ACCOUNT keeps its default (10).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    TRUST_PROXY: 'true',
    RATE_LIMIT_USER_POINTS: '100',
    RATE_LIMIT_ADDRESS_POINTS: '1000',
    LOGIN_FAILURES_PER_ADDRESS: '15',
    SIGNUPS_PER_ADDRESS: '3',
    REFERRAL_CLICKS_PER_ADDRESS: '5',
  });
});
afterAll(() => server.close());

let lastOctet = 0;
/** A client address no other test uses. */
const freshAddress = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${++lastOctet % 250}`;

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } userErrors { code } } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token userErrors { code } } }';
const PASSWORD = 'correct horse battery';

async function signUpFrom(address: string, email = uniqueEmail('throttled')): Promise<{ token: string; email: string }> {
  const result = await postGraphQL(server.url, SIGN_UP, { input: { email, password: PASSWORD, name: 'Throttled' } }, { address });
  const payload = (result.body.data as { signUp: { token: string } }).signUp;
  return { token: payload.token, email };
}

/** What one logIn attempt was told: a token, a userError code, or a top-level error code. */
async function logIn(email: string, password: string, address: string): Promise<{ outcome: string; status: number; retryAfter: string | null }> {
  const result = await postGraphQL(server.url, LOG_IN, { input: { email, password } }, { address });
  const payload = (result.body.data as { logIn: { token: string | null; userErrors: { code: string }[] } } | null)?.logIn;
  const outcome = payload?.token ? 'TOKEN' : (payload?.userErrors[0]?.code ?? String(result.body.errors?.[0]?.extensions?.code));
  return { outcome, status: result.status, retryAfter: result.retryAfter };
}

describe('cost budgets, kept in PostgreSQL', () => {
  /** 1 (rateLimit) + 1 (the jobs connection) + 40 (its nodes) = 42 points. */
  const COSTING_42 = '{ rateLimit { limit cost remaining resetAt } jobs(first: 40) { nodes { id } } }';

  it('rateLimit shows the budget; over it the whole request is RATE_LIMITED with 429 and Retry-After, and nothing ran (HTTP, WebSocket, another process)', async () => {
    const user = await signUpFrom(freshAddress());
    const address = freshAddress();
    const first = await postGraphQL(server.url, COSTING_42, undefined, { token: user.token, address });
    const budget = (first.body.data as { rateLimit: { limit: number; cost: number; remaining: number; resetAt: string } }).rateLimit;
    expect(budget).toMatchObject({ limit: 100, cost: 42, remaining: 100 - 42 });
    // Windows run on real time, like token lifetimes: the reset is within RATE_LIMIT_WINDOW_SECONDS.
    const resetIn = Date.parse(budget.resetAt) - Date.now();
    expect(resetIn).toBeGreaterThan(0);
    expect(resetIn).toBeLessThanOrEqual(60_000);
    expect(first.body.extensions).toEqual({ cost: { requested: 42, limit: 50_000 } });

    const socket = await openSocket(server.wsUrl, user.token, { 'x-forwarded-for': address });
    const second = await socket.run(COSTING_42);
    expect(second.payload.data.rateLimit).toMatchObject({ limit: 100, cost: 42, remaining: 100 - 84 });

    // 22 points (the payload, its team and up to 20 userErrors) no longer fit in the 16 left.
    const teamName = `never-${randomBytes(4).toString('hex')}`;
    const refused = await postGraphQL(server.url, `mutation { createTeam(input: { name: "${teamName}", kind: CLIENT }) { team { id } userErrors { code } } }`, undefined, { token: user.token, address });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: Number(refused.retryAfter) });
    expect(await server.sql('select 1 from team where name = $1', [teamName])).toEqual([]);

    const overWs = await socket.run(COSTING_42);
    expect(overWs.type).toBe('error');
    expect(overWs.payload[0].extensions.code).toBe('RATE_LIMITED');
    await socket.close();

    // A second server process on the same database sees the same spent budget.
    let other: RunningApp | undefined;
    try {
      other = await createApp({ config: server.config, orm: server.orm, clock: databaseTestClock });
      const port = await other.listen(0, '127.0.0.1');
      const elsewhere = await postGraphQL(`http://127.0.0.1:${port}/graphql`, COSTING_42, undefined, { token: user.token, address: freshAddress() });
      expect(elsewhere.status).toBe(429);
      expect(elsewhere.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    } finally {
      await other?.close();
    }
  });

  it('concurrent requests of one user are charged in turn: exactly those that fit run, each told what was left after its own charge', async () => {
    // Charges arriving together are sent in one statement (rate-limit.service.ts); the answers
    // must still be those of charging one request after the other.
    const user = await signUpFrom(freshAddress());
    const address = freshAddress();
    const COSTING_10 = '{ rateLimit { remaining } jobs(first: 8) { nodes { id } } }';
    const results = await Promise.all(Array.from({ length: 30 }, () => postGraphQL(server.url, COSTING_10, undefined, { token: user.token, address })));
    const ran = results.filter((result) => result.status === 200);
    const refused = results.filter((result) => result.status === 429);
    expect(ran).toHaveLength(10);
    expect(refused).toHaveLength(20);
    for (const result of refused) expect(result.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    const remaining = ran.map((result) => (result.body.data as { rateLimit: { remaining: number } }).rateLimit.remaining).sort((a, b) => b - a);
    expect(remaining).toEqual([90, 80, 70, 60, 50, 40, 30, 20, 10, 0]);
    expect(await server.sql('select used from rate_limit_bucket where key = $1', [`points:address:${address}`])).toEqual([{ used: 100 }]);
  });

  /** A limiter of its own, on a pool that counts the statements sent through it. */
  async function withCountedLimiter(run: (limiter: RateLimiter, statements: { count: number }) => Promise<void>): Promise<void> {
    const pool = new Pool({ connectionString: server.orm.config.get('clientUrl'), max: 3 });
    const statements = { count: 0 };
    const counted = Object.assign(Object.create(pool) as Pool, { query: (...args: Parameters<Pool['query']>) => (statements.count++, (pool.query as (...a: unknown[]) => unknown)(...args)) });
    try {
      await run(new RateLimiter(counted), statements);
    } finally {
      await pool.end();
    }
  }

  it('charges made together take one statement, and near the limit count exactly those that fit, in call order', () =>
    withCountedLimiter(async (limiter, statements) => {
      const budget = { limit: 100, windowSeconds: 60 };
      const key = `points:test:${randomBytes(6).toString('hex')}`;
      // The first goes alone; the nine made meanwhile go together in a second statement.
      const fitting = await Promise.all(Array.from({ length: 10 }, () => limiter.charge([{ key, cost: 5, budget }])));
      expect(statements.count).toBe(2);
      expect(fitting.map(([state]) => [state.allowed, state.used])).toEqual(Array.from({ length: 10 }, (_, i) => [true, 5 * (i + 1)]));
      // 50 used; of twelve more at 7 points, the first seven fit (99) and the rest are refused.
      const near = await Promise.all(Array.from({ length: 12 }, () => limiter.charge([{ key, cost: 7, budget }])));
      expect(near.map(([state]) => [state.allowed, state.used])).toEqual(Array.from({ length: 12 }, (_, i) => (i < 7 ? [true, 50 + 7 * (i + 1)] : [false, 99])));
      expect(await server.sql('select used from rate_limit_bucket where key = $1', [key])).toEqual([{ used: 99 }]);
    }));

  it('a key over its limit sends only its own charges one by one; the rest of the batch is one statement', () =>
    withCountedLimiter(async (limiter, statements) => {
      const budget = { limit: 100, windowSeconds: 60 };
      const tag = randomBytes(6).toString('hex');
      const spent = `points:spent:${tag}`;
      const shared = `points:shared:${tag}`;
      await limiter.charge([{ key: spent, cost: 100, budget }]);
      statements.count = 0;
      const first = limiter.charge([{ key: `points:first:${tag}`, cost: 1, budget }]);
      // One caller over its own budget (and on a shared key), thirty others on the shared key.
      const over = limiter.charge([{ key: spent, cost: 1, budget }, { key: shared, cost: 1, budget: { limit: 1000, windowSeconds: 60 } }]);
      const others = Array.from({ length: 30 }, (_, i) => limiter.charge([{ key: `points:u${i}:${tag}`, cost: 2, budget }, { key: shared, cost: 1, budget: { limit: 1000, windowSeconds: 60 } }]));
      const [, refused, ...fitted] = await Promise.all([first, over, ...others]);
      // The first alone; then the batch and the refused caller's share of the shared key given back;
      // then that caller alone (refused again, its shared point given back again): 5, not 32.
      expect(statements.count).toBe(5);
      expect(refused.find((state) => state.key === spent)!.allowed).toBe(false);
      expect(fitted.every((states) => states.every((state) => state.allowed))).toBe(true);
      expect(fitted.map((states) => states.find((state) => state.key === shared)!.used)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(await server.sql('select key, used from rate_limit_bucket where key = any($1) order by key', [[spent, shared]])).toEqual([
        { key: shared, used: 30 },
        { key: spent, used: 100 },
      ]);
    }));

  it(`a bucket row held by something else is not waited for beyond ${LIMITER_LOCK_TIMEOUT_MS} ms: that request is SERVICE_UNAVAILABLE, the others go on`, async () => {
    const held = await signUpFrom(freshAddress());
    const other = await signUpFrom(freshAddress());
    const heldId = ((await postGraphQL(server.url, '{ viewer { id } }', undefined, { token: held.token, address: freshAddress() })).body.data as { viewer: { id: string } }).viewer.id;
    const locker = new Client({ connectionString: server.orm.config.get('clientUrl') });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('select * from rate_limit_bucket where key = $1 for update', [`points:user:${heldId}`]);
      const started = Date.now();
      const stuck = postGraphQL(server.url, '{ viewer { id } }', undefined, { token: held.token, address: freshAddress() });
      await sleep(50);
      const unrelated = await postGraphQL(server.url, '{ viewer { id } }', undefined, { token: other.token, address: freshAddress() });
      expect(unrelated.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(LIMITER_LOCK_TIMEOUT_MS + 1_500);
      const refused = await stuck;
      expect(refused.status).toBe(503);
      expect(refused.body.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
  });

  it('the client address has a budget of its own, whoever is signed in', async () => {
    const address = freshAddress();
    // 1 (rateLimit) + the viewer (1), its default team (1), the connection (1) and n members
    // each with a user (2 each) = 4 + 2n points.
    const query = (n: number) => `{ rateLimit { limit cost remaining } viewer { defaultTeam { members(first: ${n}) { nodes { id user { id } } } } } }`;
    const remaining: number[] = [];
    for (const n of [100, 100, 100, 100, 90]) {
      const result = await postGraphQL(server.url, query(n), undefined, { address });
      remaining.push((result.body.data as { rateLimit: { remaining: number } }).rateLimit.remaining);
    }
    expect(remaining).toEqual([796, 592, 388, 184, 0]);
    const anonymous = await postGraphQL(server.url, '{ viewer { id } }', undefined, { address });
    expect(anonymous.status).toBe(429);
    const user = await signUpFrom(freshAddress());
    const signedIn = await postGraphQL(server.url, '{ viewer { id } }', undefined, { token: user.token, address });
    expect(signedIn.status).toBe(429);
    // The same user from another address still has its own budget.
    const fromElsewhere = await postGraphQL(server.url, '{ viewer { id } }', undefined, { token: user.token, address: freshAddress() });
    expect(fromElsewhere.status).toBe(200);
  });
});

describe('sign-in throttling', () => {
  it('30 wrong passwords in a row for one account meet RATE_LIMITED from the 11th, and then the right password is refused too', async () => {
    const { email } = await signUpFrom(freshAddress());
    const told: string[] = [];
    for (let i = 0; i < 30; i++) {
      const attempt = await logIn(email, `wrong guess ${i}`, freshAddress());
      told.push(attempt.outcome);
      if (attempt.outcome === 'RATE_LIMITED') {
        expect(attempt.status).toBe(429);
        expect(Number(attempt.retryAfter)).toBeGreaterThan(0);
      }
    }
    expect(told).toEqual([...Array(10).fill('INVALID_CREDENTIALS'), ...Array(20).fill('RATE_LIMITED')]);
    expect((await logIn(email, PASSWORD, freshAddress())).outcome).toBe('RATE_LIMITED');
    const socket = await openSocket(server.wsUrl, undefined, { 'x-forwarded-for': freshAddress() });
    const overWs = await socket.run(LOG_IN, { input: { email, password: PASSWORD } });
    expect(overWs.payload.errors[0].extensions.code).toBe('RATE_LIMITED');
    await socket.close();
    // Another account is not affected.
    const other = await signUpFrom(freshAddress());
    expect((await logIn(other.email, PASSWORD, freshAddress())).outcome).toBe('TOKEN');
  });

  it('a successful logIn clears the failures counted against its account', async () => {
    const { email } = await signUpFrom(freshAddress());
    for (let i = 0; i < 9; i++) expect((await logIn(email, 'wrong', freshAddress())).outcome).toBe('INVALID_CREDENTIALS');
    expect((await logIn(email, PASSWORD, freshAddress())).outcome).toBe('TOKEN');
    for (let i = 0; i < 9; i++) expect((await logIn(email, 'wrong', freshAddress())).outcome).toBe('INVALID_CREDENTIALS');
  });

  it('25 concurrent wrong passwords for one account: exactly 10 are checked, the other callers are told RATE_LIMITED', async () => {
    const { email } = await signUpFrom(freshAddress());
    const attempts = await Promise.all(Array.from({ length: 25 }, (_, i) => logIn(email, `guess ${i}`, freshAddress())));
    expect(attempts.every((a) => a.outcome === 'INVALID_CREDENTIALS' || a.outcome === 'RATE_LIMITED')).toBe(true);
    expect(attempts.filter((a) => a.outcome === 'INVALID_CREDENTIALS')).toHaveLength(10);
    expect(attempts.filter((a) => a.outcome === 'RATE_LIMITED')).toHaveLength(15);
  });

  it('failed logIns are limited per client address, across accounts', async () => {
    const address = freshAddress();
    const account = await signUpFrom(freshAddress());
    // Successes do not count against the address.
    expect((await logIn(account.email, PASSWORD, address)).outcome).toBe('TOKEN');
    for (let i = 0; i < 15; i++) expect((await logIn(uniqueEmail('nobody'), 'wrong', address)).outcome).toBe('INVALID_CREDENTIALS');
    expect((await logIn(uniqueEmail('nobody'), 'wrong', address)).outcome).toBe('RATE_LIMITED');
    expect((await logIn(account.email, PASSWORD, address)).outcome).toBe('RATE_LIMITED');
    expect((await logIn(account.email, PASSWORD, freshAddress())).outcome).toBe('TOKEN');
  });

  it('signUp is limited per client address (HTTP and WebSocket)', async () => {
    const address = freshAddress();
    for (let i = 0; i < 3; i++) expect((await signUpFrom(address)).token).toBeTruthy();
    const email = uniqueEmail('fourth');
    const fourth = await postGraphQL(server.url, SIGN_UP, { input: { email, password: PASSWORD, name: 'Fourth' } }, { address });
    expect(fourth.status).toBe(429);
    expect(fourth.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    const socket = await openSocket(server.wsUrl, undefined, { 'x-forwarded-for': address });
    const overWs = await socket.run(SIGN_UP, { input: { email, password: PASSWORD, name: 'Fourth' } });
    expect(overWs.payload.errors[0].extensions.code).toBe('RATE_LIMITED');
    await socket.close();
    expect(await server.sql('select 1 from app_user where email = $1', [email])).toEqual([]);
    expect((await signUpFrom(freshAddress(), email)).token).toBeTruthy();
  });

  it('GET /r/:code is limited per client address: 429 with Retry-After and a JSON error', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const address = freshAddress();
    const click = (from: string) => fetch(`${base}/r/some-code`, { redirect: 'manual', headers: { 'x-forwarded-for': from } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await click(address)).status);
    expect(statuses).toEqual([302, 302, 302, 302, 302]);
    const refused = await click(address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await click(freshAddress())).status).toBe(302);
  });
});

