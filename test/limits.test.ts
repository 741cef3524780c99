import WebSocket from 'ws';
import { CACHED_VARIABLES_MAX, OperationGuard } from '../src/graphql/operation-guard';
import { buildAppSchema } from '../src/graphql/schema';
import { createApp } from '../src/server/app';
import { databaseTestClock } from '../src/shared/clock';
import { Pool } from 'pg';
import { SocketLeases } from '../src/modules/ratelimit/socket-leases';
import { approvedAffiliate } from './support/affiliates';
import { createTeam, signUp } from './support/factories';
import { openSocket, postGraphQL, postRaw, RawSocket } from './support/raw';
import { startTestServer, type TestServer } from './support/server';
import { sleep, waitUntil } from './support/wait';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The 100 agencies x 10 members dashboard. Its cost: the `teams` connection (1) plus, for each
 * of its 100 nodes, the team (1), its `members` connection (1) and 10 members each with a user
 * (2 each): 1 + 100 x (1 + 1 + 10 x 2) = 2,201.
 */
const DASHBOARD = '{ teams(first: 100, filter: { kind: AGENCY }) { totalCount nodes { id name members(first: 10) { nodes { id roles relationship user { id name } } } } } }';
const DASHBOARD_COST = 1 + 100 * (1 + 1 + 10 * 2);

/**
 * Three levels of 100 jobs, each with its client team: innermost `jobs(first:100){nodes{id}}`
 * is 1 + 100 = 101; with its team 102; 100 such nodes under a connection 1 + 100 x 103 = 10,301;
 * with the team 10,302; and the outer connection 1 + 100 x (1 + 10,302) = 1,030,301.
 */
const MILLION = '{ jobs(first: 100) { nodes { clientTeam { jobs(first: 100) { nodes { clientTeam { jobs(first: 100) { nodes { id } } } } } } } } }';
const MILLION_COST = 1 + 100 * (1 + (1 + (1 + 100 * (1 + (1 + (1 + 100))))));

describe('cost: the most objects an operation can return', () => {
  it('the 100 x 10-member dashboard fits the default limit, and every response says what it cost', async () => {
    expect(server.config.limits.maxCost).toBe(50_000);
    // Anonymous callers may not list teams: the operation runs and is UNAUTHENTICATED, but not for its cost.
    const http = await postGraphQL(server.url, DASHBOARD);
    expect(http.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(http.body.extensions).toEqual({ cost: { requested: DASHBOARD_COST, limit: 50_000 } });

    const socket = await openSocket(server.wsUrl);
    const ws = await socket.run(DASHBOARD);
    expect(ws.type).toBe('next');
    expect(ws.payload.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(ws.payload.extensions).toEqual({ cost: { requested: DASHBOARD_COST, limit: 50_000 } });
    const viewer = await socket.run('{ viewer { id } }');
    expect(viewer.payload).toEqual({ data: { viewer: null }, extensions: { cost: { requested: 1, limit: 50_000 } } });
    await socket.close();
  });

  it('a query that could return a million objects is refused before it runs, with its cost and the limit (HTTP and WebSocket)', async () => {
    server.statements.reset();
    const http = await postGraphQL(server.url, MILLION);
    expect(http.status).toBe(400);
    expect(http.body.data).toBeUndefined();
    expect(http.body.errors).toHaveLength(1);
    expect(http.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limitName: 'cost', value: MILLION_COST, limit: 50_000, cost: MILLION_COST });
    expect(http.body.extensions).toEqual({ cost: { requested: MILLION_COST, limit: 50_000 } });

    const socket = await openSocket(server.wsUrl);
    const ws = await socket.run(MILLION);
    expect(ws.type).toBe('error');
    expect(ws.payload).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limitName: 'cost', value: MILLION_COST, limit: 50_000, cost: MILLION_COST }) })]);
    await socket.close();
    // No resolver ran: not one SQL statement was sent for either.
    expect(server.statements.count).toBe(0);
  });

  it('aliases, fragments and variables count like the fields they stand for', async () => {
    const aliased = await postGraphQL(server.url, `{ ${range(3).map((i) => `a${i}: jobs(first: 100) { nodes { id } }`).join(' ')} }`);
    expect(aliased.body.extensions!.cost!.requested).toBe(3 * (1 + 100));
    const viaFragment = await postGraphQL(server.url, 'query($n: Int) { jobs(first: $n) { ...J } } fragment J on JobConnection { nodes { id clientTeam { id } } }', { n: 50 });
    expect(viaFragment.body.extensions!.cost!.requested).toBe(1 + 50 * 2);
    const defaultPage = await postGraphQL(server.url, '{ jobs { nodes { id } } }');
    expect(defaultPage.body.extensions!.cost!.requested).toBe(1 + 20);
  });
});

describe('what the operation guard keeps', () => {
  it('a repeated query is measured once per set of variables; long variables (a large input, or junk) are measured each time and never kept', () => {
    const guard = new OperationGuard(buildAppSchema(), server.config.limits, true);
    const kept = () => (guard as unknown as { measuredKept: number }).measuredKept;
    const source = 'query($n: Int) { jobs(first: $n) { nodes { id } } }';
    expect(guard.check(source, { n: 5 }, undefined).cost).toBe(6);
    expect(kept()).toBe(0); // first sight: parsed, validated and measured, then remembered
    for (let i = 0; i < 3; i++) expect(guard.check(source, { n: 5 }, undefined).cost).toBe(6);
    expect(guard.check(source, { n: 9 }, undefined).cost).toBe(10);
    expect(kept()).toBe(2);
    for (let i = 0; i < 50; i++) {
      const junk = `${i}`.padEnd(CACHED_VARIABLES_MAX + 1, 'x');
      expect(guard.check(source, { n: 5, junk }, undefined).cost).toBe(6);
    }
    expect(kept()).toBe(2);
  });
});

describe('shape limits (HTTP and WebSocket)', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['depth', '{ viewer { memberships { team { owner { memberships { team { owner { memberships { team { owner { memberships { team { name } } } } } } } } } } } } }', { limitName: 'depth', value: 13, limit: 12 }],
    ['aliases', `{ ${range(31).map((i) => `a${i}: viewer { id }`).join(' ')} }`, { limitName: 'aliases', value: 31, limit: 30 }],
    ['directives', `{ viewer { ${range(21).map(() => 'id @include(if: true)').join(' ')} } }`, { limitName: 'directives', value: 21, limit: 20 }],
    ['tokens', `{ viewer { ${'id '.repeat(5_000)} } }`, { limitName: 'tokens', value: 5_001, limit: 5_000 }],
    ['bracket nesting', `{ viewer ${'{ a '.repeat(200)}${'} '.repeat(200)} }`, { limitName: 'nesting', value: 101, limit: 100 }],
  ];

  it.each(cases)('%s: refused with QUERY_TOO_COMPLEX, what was measured and the limit', async (_name, query, expected) => {
    server.statements.reset();
    const http = await postGraphQL(server.url, query);
    expect(http.status).toBe(400);
    expect(http.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', ...expected });
    const socket = await openSocket(server.wsUrl);
    const ws = await socket.run(query);
    expect(ws.type).toBe('error');
    expect(ws.payload[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', ...expected });
    await socket.close();
    expect(server.statements.count).toBe(0);
  });

  it('fragment cycles are refused and fragment fan-out is measured once per fragment', async () => {
    const cycle = `{ viewer { ...F0 } } ${range(11).map((i) => `fragment F${i} on User { id ...F${(i + 1) % 11} ...F${(i + 1) % 11} }`).join(' ')}`;
    const refused = await postGraphQL(server.url, cycle);
    expect(refused.status).toBe(200); // a document error answers 200 to an application/json client (GraphQL over HTTP)
    expect(refused.body.errors![0]).toMatchObject({ message: expect.stringContaining('within itself'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    // 24 fragments, each spreading the next twice: 16 million paths, one User's fields.
    const chain = `{ viewer { ...F0 } } ${range(24).map((i) => `fragment F${i} on User { id ${i < 23 ? `...F${i + 1} ...F${i + 1}` : 'name'} }`).join(' ')}`;
    const accepted = await postGraphQL(server.url, chain);
    expect(accepted.body).toEqual({ data: { viewer: null }, extensions: { cost: { requested: 1, limit: 50_000 } } });
    // The same chain reaching an object at the end costs 2^23 of them.
    const costly = `{ viewer { ...F0 } } ${range(24).map((i) => `fragment F${i} on User { ${i < 23 ? `...F${i + 1} ...F${i + 1}` : 'defaultTeam { id }'} }`).join(' ')}`;
    const tooCostly = await postGraphQL(server.url, costly);
    expect(tooCostly.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limitName: 'cost', value: 1 + 2 ** 23 });
    const socket = await openSocket(server.wsUrl);
    expect((await socket.run(cycle)).payload[0].message).toContain('within itself');
    expect((await socket.run(chain)).payload.data).toEqual({ viewer: null });
    await socket.close();
  });

  it('thousands of repeated fields are checked without the quadratic comparison, and conflicts are still found', async () => {
    const repeated = await postGraphQL(server.url, `{ ${'viewer { id } '.repeat(1_200)} }`);
    expect(repeated.body.data).toEqual({ viewer: null });
    const conflicting = await postGraphQL(server.url, `{ ${'viewer { id } '.repeat(500)} viewer { id: name } }`);
    expect(conflicting.body.errors![0]).toMatchObject({ message: expect.stringContaining('Fields "id" conflict'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const differentArgs = await postGraphQL(server.url, '{ jobs(first: 1) { totalCount } jobs(first: 2) { totalCount } }');
    expect(differentArgs.body.errors![0].message).toContain('differing arguments');
  });

  it('an operation signs in or up at most once, and a refused one changed nothing', async () => {
    const [a, b] = [`two-a-${Date.now()}@example.test`, `two-b-${Date.now()}@example.test`];
    const twice = `mutation { a: signUp(input: { email: "${a}", password: "correct horse battery", name: "A" }) { token } b: signUp(input: { email: "${b}", password: "correct horse battery", name: "B" }) { token } }`;
    const http = await postGraphQL(server.url, twice);
    expect(http.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limitName: 'signInFields', value: 2, limit: 1 });
    const socket = await openSocket(server.wsUrl);
    expect((await socket.run(twice)).payload[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limitName: 'signInFields' });
    const logIns = `mutation { ${range(5).map((i) => `l${i}: logIn(input: { email: "${a}", password: "guess ${i}" }) { token }`).join(' ')} }`;
    expect((await socket.run(logIns)).payload[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limitName: 'signInFields', value: 5 });
    await socket.close();
    expect(await server.sql('select 1 from app_user where email in ($1, $2)', [a, b])).toEqual([]);
  });
});

describe('bad input is the client\'s error', () => {
  const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token userErrors { code } } }';

  it('a NUL byte or a lone surrogate in any string is BAD_USER_INPUT, and nothing is written (HTTP and WebSocket)', async () => {
    const email = `nul-${Date.now()}@example.test`;
    for (const name of ['Ann\u0000', 'Ann\ud800', '\udc00']) {
      const http = await postGraphQL(server.url, SIGN_UP, { input: { email, password: 'correct horse battery', name } });
      expect(http.status).toBe(200); // a document error answers 200 to an application/json client (GraphQL over HTTP)
      expect(http.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
    const literal = await postGraphQL(server.url, '{ jobs(filter: { search: "a\\u0000b" }) { totalCount } }');
    expect(literal.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const socket = await openSocket(server.wsUrl);
    const ws = await socket.run(SIGN_UP, { input: { email, password: 'correct horse\u0000', name: 'Ann' } });
    expect(ws.payload[0].extensions.code).toBe('BAD_USER_INPUT');
    await socket.close();
    expect(await server.sql('select 1 from app_user where email = $1', [email])).toEqual([]);
  });

  it('a forged cursor is BAD_USER_INPUT', async () => {
    const reader = await signUp(server.api, 'Cursor Forger');
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forged = [cursor(['not a time', 'job_1']), cursor([{ $gt: 1 }, 'job_1']), cursor(['2030-02-01T00:00:00.000Z', 'job\u0000']), cursor([1, 2, 3]), '!!not base64!!'];
    for (const after of forged) {
      const result = await postGraphQL(server.url, 'query($after: String) { jobs(first: 1, after: $after) { totalCount } }', { after }, { token: reader.token });
      expect(result.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
    const genuine = await postGraphQL(server.url, 'query($after: String) { jobs(first: 1, after: $after) { totalCount } }', { after: cursor(['2030-02-01T00:00:00.000Z', 'job_1']) }, { token: reader.token });
    expect(genuine.body.errors).toBeUndefined();
  });

  it('an instant before 1970 or from 2200 on is BAD_USER_INPUT', async () => {
    const query = 'query($after: DateTime) { users(filter: { createdAfter: $after }) { totalCount } }';
    for (const after of ['1969-12-31T23:59:59Z', '2200-01-01T00:00:00Z', '+275760-09-13T00:00:00Z']) {
      const result = await postGraphQL(server.url, query, { after });
      expect(result.status).toBe(200); // a document error answers 200 to an application/json client (GraphQL over HTTP)
      expect(result.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
    const inRange = await postGraphQL(server.url, query, { after: '2030-02-01T00:00:00Z' });
    expect(inRange.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED'); // staff only, but the instant was fine
  });

  it('an amount above 1,000,000,000.00 is INVALID_AMOUNT and posts nothing', async () => {
    const client = await signUp(server.api, 'Big Spender');
    const team = await createTeam(server.api, client, 'CLIENT');
    const post = (budget: string) =>
      postGraphQL(
        server.url,
        'mutation($input: PostJobInput!) { postJob(input: $input) { job { id } userErrors { code field } } }',
        { input: { clientTeamId: team.id, title: 'Huge', description: 'Huge job', kind: 'FIXED_PRICE', connectsRequired: 2, budget } },
        { token: client.token },
      );
    const tooMuch = await post('1000000000.01');
    expect(tooMuch.body.data).toEqual({ postJob: { job: null, userErrors: [{ code: 'INVALID_AMOUNT', field: ['input', 'budget'] }] } });
    const most = await post('1000000000.00');
    expect((most.body.data as { postJob: { userErrors: unknown[] } }).postJob.userErrors).toEqual([]);
    expect(await server.sql('select count(*)::int as n from job where client_team_id = $1', [team.id])).toEqual([{ n: 1 }]);
  });

  it('malformed JSON, an oversized body and a wrong content type get a JSON error body with 400, 413 and 415', async () => {
    const malformed = await postRaw(server.url, '{"query": ', 'application/json');
    expect(malformed.status).toBe(400);
    expect(malformed.contentType).toContain('application/json');
    expect(malformed.body.errors![0].extensions!.code).toBe('BAD_REQUEST');
    const oversized = await postRaw(server.url, JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(server.config.maxRequestBytes)}` }), 'application/json');
    expect(oversized.status).toBe(413);
    expect(oversized.body.errors![0].extensions!.code).toBe('BAD_REQUEST');
    const wrongType = await postRaw(server.url, '{ viewer { id } }', 'text/plain');
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.errors![0].extensions!.code).toBe('BAD_REQUEST');
    const noQuery = await postRaw(server.url, JSON.stringify({ variables: {} }), 'application/json');
    expect(noQuery.status).toBe(400);
  });
});

describe('production rules on both transports', () => {
  let production: TestServer;
  beforeAll(async () => {
    production = await startTestServer({
      NODE_ENV: 'production',
      MAX_REQUEST_BYTES: '65536',
      WS_MAX_OPERATIONS_PER_SOCKET: '2',
      WS_MAX_SOCKETS_PER_USER: '2',
      STATEMENT_TIMEOUT_MS: '2000',
    });
  });
  afterAll(() => production.close());

  it('introspection is refused over HTTP and WebSocket', async () => {
    const query = '{ __schema { types { name } } }';
    const http = await postGraphQL(production.url, query);
    expect(http.body.data).toBeUndefined();
    expect(http.body.errors![0]).toMatchObject({ message: expect.stringContaining('introspection'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const socket = await openSocket(production.wsUrl);
    expect((await socket.run(query)).payload[0].message).toContain('introspection');
    await socket.close();
    // Development keeps it, so the test above can fail.
    expect((await postGraphQL(server.url, query)).body.errors).toBeUndefined();
  });

  it('errors suggest no schema names ("Did you mean")', async () => {
    const query = '{ jobz { id } }';
    expect((await postGraphQL(server.url, query)).body.errors![0].message).toContain('Did you mean');
    const http = await postGraphQL(production.url, query);
    expect(http.body.errors![0].message).toBe('Cannot query field "jobz" on type "Query".');
    const socket = await openSocket(production.wsUrl);
    expect((await socket.run(query)).payload[0].message).toBe('Cannot query field "jobz" on type "Query".');
    await socket.close();
  });

  it('an internal error is masked: INTERNAL_SERVER_ERROR, no SQL, no stack (HTTP and WebSocket)', async () => {
    const reader = await signUp(production.api, 'Unlucky Reader');
    await production.sql('alter table job rename to job_hidden');
    try {
      const query = '{ jobs(first: 1) { totalCount } }';
      const http = await postGraphQL(production.url, query, undefined, { token: reader.token });
      expect(http.body.errors).toEqual([expect.objectContaining({ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } })]);
      const socket = await openSocket(production.wsUrl, reader.token);
      const ws = await socket.run(query);
      expect(ws.payload.errors).toEqual([expect.objectContaining({ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } })]);
      await socket.close();
      expect(JSON.stringify([http.body, ws.payload])).not.toMatch(/job_hidden|select|relation/i);
    } finally {
      await production.sql('alter table job_hidden rename to job');
    }
  });

  it('a WebSocket frame larger than an HTTP body closes the socket (1009), even before connection_init', async () => {
    const socket = new WebSocket(production.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => socket.on('open', resolve));
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.send('x'.repeat(65_537));
    expect(await closed).toBe(1009);
    expect((await postRaw(production.url, JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(65_536)}` }), 'application/json')).status).toBe(413);
  });

  it('a socket runs at most WS_MAX_OPERATIONS_PER_SOCKET operations at once', async () => {
    const user = await signUp(production.api, 'Busy Subscriber');
    const socket = await openSocket(production.wsUrl, user.token);
    socket.start('subscription { offerEvents { id } }');
    socket.start('subscription { offerEvents { id } }');
    const third = await socket.run('subscription { offerEvents { id } }');
    expect(third.type).toBe('error');
    expect(third.payload[0].extensions.code).toBe('RATE_LIMITED');
    await socket.close();
  });

  it('a user keeps at most WS_MAX_SOCKETS_PER_USER sockets open, counted across server processes', async () => {
    const user = await signUp(production.api, 'Many Tabs');
    const leases = async () => Number((await production.sql('select count(*) as n from socket_lease where owner = $1', [`user:${user.id}`]))[0].n);
    /** Until the server has seen `expected` sockets of the user (a close reaches it a moment after the client). */
    const leasesBecome = (expected: number) =>
      waitUntil(async () => (await leases()) === expected, { timeoutMs: 5000, everyMs: 50, what: `the user does not hold ${expected} sockets` });
    // A second server process on the same database: one socket on each fills the user's two places.
    const other = await createApp({ config: production.config, orm: production.orm, clock: databaseTestClock });
    const otherWs = `ws://127.0.0.1:${await other.listen(0, '127.0.0.1')}/graphql`;
    try {
      const first = await openSocket(production.wsUrl, user.token);
      const second = await openSocket(otherWs, user.token);
      expect(await RawSocket.open(production.wsUrl, user.token)).toBe(4429);
      expect(await RawSocket.open(otherWs, user.token)).toBe(4429);
      // Another user is not affected, and closing one socket frees a place on either process.
      const other = await openSocket(production.wsUrl, (await signUp(production.api, 'Other')).token);
      await second.close();
      await leasesBecome(1);
      const again = await openSocket(production.wsUrl, user.token);
      // The place of a process that died without closing its sockets lapses with its lease.
      await production.sql("update socket_lease set expires_at = now() - interval '1 second' where owner = $1", [`user:${user.id}`]);
      const afterCrash = await openSocket(otherWs, user.token);
      await Promise.all([first.close(), other.close(), again.close(), afterCrash.close()]);
      await leasesBecome(0);
    } finally {
      await other.close();
    }
  });

  it('a process renews only the leases of its open sockets: one whose release failed lapses', async () => {
    const pool = new Pool({ connectionString: production.databaseUrl, max: 1 });
    const leases = new SocketLeases(pool);
    try {
      const open = await leases.acquire('user:renew-probe', 5);
      // A row of this process that it no longer holds: its socket closed but the delete failed.
      await production.sql(
        "insert into socket_lease (id, owner, process_id, expires_at) values (gen_random_uuid(), 'user:renew-probe', $1, now() + interval '5 seconds')",
        [leases.processId],
      );
      await leases.renew();
      const rows = await production.sql<{ id: string; left: number }>(
        "select id, extract(epoch from expires_at - now())::int as left from socket_lease where owner = 'user:renew-probe' order by expires_at",
      );
      expect(rows.map((row) => [row.id === open, row.left > 30])).toEqual([
        [false, false],
        [true, true],
      ]);
    } finally {
      await leases.close();
      await pool.end();
    }
  });

  it('a read blocked in the database is cancelled by the statement timeout instead of holding its connection', async () => {
    const reader = await signUp(production.api, 'Patient Reader');
    await production.sql('begin');
    await production.sql('lock table job in access exclusive mode');
    try {
      const answer = postGraphQL(production.url, '{ jobs(first: 1) { totalCount } }', undefined, { token: reader.token });
      // Without a timeout the read would wait for the lock as long as it is held.
      const outcome = await Promise.race([answer, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 20_000))]);
      expect(outcome).not.toBe('still waiting');
      expect((outcome as Awaited<typeof answer>).body.errors![0]).toMatchObject({ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    } finally {
      await production.sql('rollback');
    }
    const after = await postGraphQL(production.url, '{ jobs(first: 1) { totalCount } }', undefined, { token: reader.token });
    expect(after.body.errors).toBeUndefined();
  });

  it('a write waits for the rows it needs: the read timeout never cancels it (a tracking-link click while its affiliate row is locked)', async () => {
    const affiliate = await approvedAffiliate(production.api, 'Locked Affiliate');
    const clicks = async () => Number((await production.sql('select count(*) as n from referral_click where affiliate_id = $1', [affiliate.affiliateId]))[0].n);
    await production.sql('begin');
    // FOR UPDATE conflicts with the key-share lock the click's foreign key takes.
    await production.sql('select id from affiliate where id = $1 for update', [affiliate.affiliateId]);
    let answered = false;
    const click = fetch(`${production.url.replace(/\/graphql$/, '')}/r/${affiliate.code}`, { redirect: 'manual' }).then((response) => {
      answered = true;
      return response;
    });
    // Longer than STATEMENT_TIMEOUT_MS (2 s): a read would have been cancelled by now.
    await sleep(3000);
    expect(answered).toBe(false);
    await production.sql('commit');
    const response = await click;
    expect(response.status).toBe(302);
    expect(response.headers.get('set-cookie')).toMatch(/^ref=clk_/);
    expect(await clicks()).toBe(1);
  });

  it('a request never waits for its session row (noting "last seen" skips a row another transaction holds)', async () => {
    const user = await signUp(production.api, 'Session Holder');
    // Make "last seen" stale, so the next request wants to note it.
    await production.sql("update user_session set last_seen_at = last_seen_at - interval '1 hour' where user_id = $1", [user.id]);
    await production.sql('begin');
    await production.sql('select id from user_session where user_id = $1 for update', [user.id]);
    try {
      const answer = await postGraphQL(production.url, '{ viewer { id } }', undefined, { token: user.token });
      expect(answer.body).toMatchObject({ data: { viewer: { id: user.id } } });
    } finally {
      await production.sql('rollback');
    }
  });
});
