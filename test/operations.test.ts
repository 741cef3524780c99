import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import WebSocket from 'ws';
import { ConfigError, loadConfig, SETTINGS, TOOLING_SETTINGS } from '../src/config';
import { createLogger, loggedError, prettyStream } from '../src/logger';
import { createTeam, signUp } from './support/factories';
import { sendOffer } from './support/hiring';
import { startTestServer, type TestServer } from './support/server';

/** Settings, logs, CORS and compression: what an operator relies on. */

const ROOT = join(__dirname, '..');
const METRICS_TOKEN = 'metrics-reader-token-0123456789';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig({ DATA_DIR: '/tmp', JWT_SECRET: 'x'.repeat(40), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('settings are checked at start', () => {
  it('every wrong setting is reported at once, in plain words', () => {
    const problems = problemsOf({
      PORT: 'abc',
      DB_POOL_SIZE: '-1',
      EMBEDDED_PG_PORT: '99999',
      WEB_CONCURRENCY: '0',
      NODE_ENV: 'prod',
      LOG_LEVEL: 'loud',
      PUBLIC_URL: 'localhost:4000',
      DATABASE_URL: 'mysql://db',
      CORS_ORIGINS: 'https://app.example.com,https://app.example.com/path',
      TEST_CLOCK: 'maybe',
      SANCTIONED_COUNTRIES: 'CU,Iran',
      AFFILIATE_MIN_PAYOUT: '-5',
    });
    expect(problems).toEqual([
      'PORT must be a whole number from 1 to 65535, got "abc"',
      'NODE_ENV must be one of development, production, test, got "prod"',
      'DATABASE_URL must be a postgres:// or postgresql:// URL, got "mysql://db"',
      'EMBEDDED_PG_PORT must be a whole number from 1 to 65535, got "99999"',
      'DB_POOL_SIZE must be a whole number from 1 to 1000, got "-1"',
      'WEB_CONCURRENCY must be a whole number from 1 to 256, got "0"',
      'TEST_CLOCK must be 1 or 0 (true or false), got "maybe"',
      'PUBLIC_URL must be an absolute http:// or https:// URL, got "localhost:4000"',
      'SANCTIONED_COUNTRIES must list ISO 3166-1 alpha-2 country codes separated by commas; not valid: IRAN, got "CU,Iran"',
      'AFFILIATE_MIN_PAYOUT must be a non-negative amount such as "50.00", got "-5"',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      'CORS_ORIGINS must list origins such as https://app.example.com (scheme, host and port only) separated by commas; not valid: https://app.example.com/path, got "https://app.example.com,https://app.example.com/path"',
    ]);
    expect(problemsOf({ DB_POOL_SIZE: '0' })).toEqual(['DB_POOL_SIZE must be a whole number from 1 to 1000, got "0"']);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: '' })).toEqual(['JWT_SECRET must be set when NODE_ENV=production']);
  });

  it('PUBLIC_URL follows PORT unless it is set; LANDING_URL follows PUBLIC_URL', () => {
    const config = loadConfig({ DATA_DIR: '/tmp', PORT: '4400' });
    expect(config.publicUrl).toBe('http://localhost:4400');
    expect(config.landingUrl).toBe('http://localhost:4400/');
    const explicit = loadConfig({ DATA_DIR: '/tmp', PORT: '4400', PUBLIC_URL: 'https://api.example.com/' });
    expect(explicit.publicUrl).toBe('https://api.example.com');
    expect(explicit.landingUrl).toBe('https://api.example.com/');
  });

  it('the server refuses to start on bad settings: exit 1, every problem listed, no stack trace', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '99999', DB_POOL_SIZE: 'abc', NODE_ENV: 'prod', JWT_SECRET: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('PORT must be a whole number from 1 to 65535, got "99999"');
    expect(output).toContain('DB_POOL_SIZE must be a whole number from 1 to 1000, got "abc"');
    expect(output).toContain('NODE_ENV must be one of development, production, test, got "prod"');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("the README's settings table lists exactly the settings of src/config.ts, with their defaults", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Settings'), readme.indexOf('## Commands'));
    const rows = [...table.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map((match) => [match[1], match[2].trim()]);
    const expected = [
      ...Object.entries(SETTINGS).map(([name, setting]) => [
        name,
        setting.default === undefined ? '*(unset)*' : setting.default === '' ? '*(empty)*' : `\`${setting.default}\``,
      ]),
      ...Object.keys(TOOLING_SETTINGS).map((name) => [name, '*(unset)*']),
    ];
    expect(rows).toEqual(expected);
    // Every literal default is itself a valid value.
    for (const [name, setting] of Object.entries(SETTINGS)) {
      if (setting.default && !/[A-Z]{4}/.test(setting.default)) expect([name, setting.kind.safeParse(setting.default).success]).toEqual([name, true]);
    }
  });
});

describe('logs, request ids, CORS and compression', () => {
  let server: TestServer;
  const lines: Record<string, any>[] = [];
  let raw = '';
  beforeAll(async () => {
    const logger = createLogger(
      { logLevel: 'info', logFormat: 'json' },
      {
        write: (line: string) => {
          raw += line;
          lines.push(JSON.parse(line));
        },
      },
    );
    server = await startTestServer({ CORS_ORIGINS: 'http://app.example.test:8080', METRICS_TOKEN: METRICS_TOKEN }, { logger });
  });
  afterAll(() => server.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  /** The log line of one request, waiting for the response to have been finished. */
  async function lineOf(requestId: string) {
    for (let i = 0; i < 50; i++) {
      const line = lines.find((entry) => entry.requestId === requestId && (entry.msg === 'request' || entry.msg === 'operation'));
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no log line for ${requestId}`);
  }

  it('one JSON line per HTTP request: request id (taken or made, returned), operation, user, duration, status, error codes', async () => {
    const user = await signUp(server.api, 'Logged User');
    const taken = await post(JSON.stringify({ query: 'query Me { viewer { id } }' }), { 'x-request-id': 'req-from-caller-1', authorization: `Bearer ${user.token}` });
    expect(taken.headers.get('x-request-id')).toBe('req-from-caller-1');
    const line = await lineOf('req-from-caller-1');
    expect(line).toMatchObject({ level: 30, msg: 'request', method: 'POST', path: '/graphql', status: 200, operationName: 'Me', operationType: 'query', userId: user.id });
    expect(typeof line.durationMs).toBe('number');
    expect(typeof line.time).toBe('number');

    const made = await post(JSON.stringify({ query: '{ node(id: "team_00000000000000000000000000") { id } }' }), { 'x-request-id': 'bad id with spaces' });
    const madeId = made.headers.get('x-request-id')!;
    expect(madeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await lineOf(madeId)).toMatchObject({ status: 200, operationType: 'query' });

    const refused = await post(JSON.stringify({ query: '{ viewer { id } }' }), { authorization: 'Bearer forged-token-value' });
    const refusedId = refused.headers.get('x-request-id')!;
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: refusedId });
    expect(await lineOf(refusedId)).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'] });
  });

  it('passwords, tokens, authorization headers and request bodies never reach the log', async () => {
    const user = await signUp(server.api, 'Secret Keeper');
    // a malformed body with a password in it, a failed and a successful logIn, a signed request
    const malformed = await post(`{"query":"mutation { logIn(input: { email: \\"${user.email}\\", password: \\"hunter2-malformed\\" }) { token } }"`);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
    const logIn = (password: string) =>
      post(JSON.stringify({ query: 'mutation LogIn($input: LogInInput!) { logIn(input: $input) { token userErrors { code } } }', variables: { input: { email: user.email, password } } }));
    await logIn('hunter2-wrong');
    const ok = (await (await logIn('correct horse battery')).json()) as { data: { logIn: { token: string } } };
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ viewer { id } }')}&password=hunter2-in-url`, {
      headers: { authorization: `Bearer ${ok.data.logIn.token}`, cookie: 'ref=cookie-secret-value', 'apollo-require-preflight': '1' },
    });
    await lineOf(get.headers.get('x-request-id')!);
    for (const secret of ['hunter2', 'correct horse battery', ok.data.logIn.token, user.token, 'cookie-secret-value', 'forged-token-value']) {
      expect(raw).not.toContain(secret);
    }
    expect(lines.some((entry) => entry.operationName === 'LogIn')).toBe(true);
  });

  it("an internal error is logged with its stack and request id, and the client gets that id; a failed statement is logged without its values", async () => {
    const user = await signUp(server.api, 'Unlucky User');
    await server.sql('alter table job rename to job_gone');
    try {
      const response = await post(JSON.stringify({ query: 'query OpenJobs { jobs(first: 1, filter: { search: "needle-value-in-the-statement" }) { totalCount } }' }), { authorization: `Bearer ${user.token}` });
      const requestId = response.headers.get('x-request-id')!;
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId });
      const logged = lines.find((entry) => entry.msg === 'internal error' && entry.requestId === requestId)!;
      expect(logged).toMatchObject({ level: 50, operationName: 'OpenJobs' });
      expect(logged.err.stack).toMatch(/job/);
      expect(logged.err.stack).toMatch(/\n\s+at /);
      // The statement's first words and PostgreSQL's message; not its values: they may be anyone's data.
      expect(logged.err.message).toMatch(/^with b as \(select id, .* … - relation "job" does not exist$/);
      expect(raw).not.toContain('needle-value-in-the-statement');
      expect(await lineOf(requestId)).toMatchObject({ errorCodes: ['INTERNAL_SERVER_ERROR'] });
    } finally {
      await server.sql('alter table job_gone rename to job');
    }
  });

  it('readable log lines keep a client-chosen value on its line: a newline in an operation name cannot forge a line', () => {
    let written = '';
    const logger = createLogger({ logLevel: 'info', logFormat: 'pretty' }, prettyStream({ write: (text: string) => (written += text) }));
    logger.info({ operationName: 'Evil\n00:00:00.000 ERROR forged line' }, 'operation');
    expect(written.split('\n').filter(Boolean)).toHaveLength(1);
    expect(written).toContain('operationName=Evil\\n00:00:00.000 ERROR forged line');
  });

  it('a failed insert is logged with its table, PostgreSQL code and constraint, and none of the values of its row', () => {
    const failed = Object.assign(
      new Error(`insert into "app_user" ("id", "email") values ('usr_1', 'someone@example.com') - duplicate key value violates unique constraint "app_user_email_unique"`),
      { code: '23505', constraint: 'app_user_email_unique', detail: 'Key (email)=(someone@example.com) already exists.' },
    );
    const logged = loggedError(failed) as unknown as Record<string, unknown>;
    expect(logged).toMatchObject({ message: 'insert into "app_user" ("id", "email") values ( … - duplicate key value violates unique constraint "app_user_email_unique"', code: '23505', constraint: 'app_user_email_unique' });
    expect(JSON.stringify(logged)).not.toContain('someone@example.com');
    // Any other error is logged as it is.
    expect(loggedError(new Error('not a statement - at all')).message).toBe('not a statement - at all');
  });

  it('one line per WebSocket operation, with its user, type, events and duration', async () => {
    const user = await signUp(server.api, 'Socket User');
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } })));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.type === 'connection_ack') socket.send(JSON.stringify({ id: 'a', type: 'subscribe', payload: { query: 'query Ws { viewer { id } }' } }));
        if (message.type === 'complete') resolve();
        if (message.type === 'error') reject(new Error(String(data)));
      });
    });
    socket.send(JSON.stringify({ id: 'b', type: 'subscribe', payload: { query: '{ nope }' } }));
    const refused = await new Promise<Record<string, any>>((resolve) => socket.on('message', (data) => resolve(JSON.parse(String(data)))));
    socket.close();
    const ws = lines.filter((entry) => entry.transport === 'ws');
    expect(ws.find((entry) => entry.operationName === 'Ws')).toMatchObject({ msg: 'operation', operationType: 'query', userId: user.id, status: 'complete', events: 1 });
    const failed = ws.find((entry) => entry.status === 'error')!;
    expect(failed.errorCodes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.payload[0].extensions.requestId).toBe(failed.requestId);
  });

  it('CORS: an allowed origin gets 204 and its headers on preflight; another origin gets none', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
    const allowed = await preflight('http://app.example.test:8080');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://app.example.test:8080');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('content-type');

    const other = await preflight('http://elsewhere.example.test');
    expect(other.status).toBe(403);
    expect([...other.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);

    const simple = await post(JSON.stringify({ query: '{ viewer { id } }' }), { origin: 'http://app.example.test:8080' });
    expect(simple.headers.get('access-control-allow-origin')).toBe('http://app.example.test:8080');
    expect(simple.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const foreign = await post(JSON.stringify({ query: '{ viewer { id } }' }), { origin: 'http://elsewhere.example.test' });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('responses over 1 KB are compressed for clients that accept it; small ones are not', async () => {
    const rawPost = (query: string) =>
      new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
        const req = request(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ query }));
      });
    const big = await rawPost('{ __schema { types { name description } } }');
    expect(big.encoding).toBe('gzip');
    const text = gunzipSync(big.body).toString();
    expect(text.length).toBeGreaterThan(big.body.length * 2);
    expect(JSON.parse(text).data.__schema.types.length).toBeGreaterThan(50);
    const small = await rawPost('{ viewer { id } }');
    expect(small.encoding).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toMatchObject({ data: { viewer: null } });
  });

  it('Prometheus metrics at /metrics, for the METRICS_TOKEN holder only: durations by operation, errors by code, pool, sockets, event lag', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const client = await signUp(server.api, 'Metered Client');
    const freelancer = await signUp(server.api, 'Metered Freelancer');
    const team = await createTeam(server.api, client, 'CLIENT');
    await sendOffer(server.api, client, team.id, { freelancerId: freelancer.id });
    await post(JSON.stringify({ query: 'query Metered { viewer { id } }' }));
    await post(JSON.stringify({ query: '{ viewer { id } }' }), { authorization: 'Bearer forged' });
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise<void>((resolve) => {
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${client.token}` } })));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: 's', type: 'subscribe', payload: { query: `subscription { offerEvents(teamId: "${team.id}") { id } }` } }));
          setTimeout(resolve, 300);
        }
      });
    });
    // One offer sent while subscribed: its message to this socket is timed (event_send_lag_seconds).
    const delivered = new Promise<void>((resolve) => socket.on('message', (data) => JSON.parse(String(data)).type === 'next' && resolve()));
    await sendOffer(server.api, client, team.id, { freelancerId: freelancer.id });
    await delivered;
    try {
      expect((await fetch(`${base}/metrics`)).status).toBe(403);
      expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(403);
      const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      expect(text).toMatch(/^graphql_request_duration_seconds_count\{operation="Metered",type="query",transport="http"\} [1-9]/m);
      expect(text).toMatch(/^graphql_request_duration_seconds_count\{operation="SendOffer",type="mutation",transport="http"\} [1-9]/m);
      expect(text).toMatch(/^graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/m);
      expect(text).toMatch(/^db_pool_connections_in_use \d+/m);
      expect(text).toMatch(/^db_pool_requests_waiting \d+/m);
      expect(text).toMatch(/^websocket_connections [1-9]/m);
      expect(text).toMatch(/^websocket_subscriptions [1-9]/m);
      expect(text).toMatch(/^event_delivery_lag_seconds_count [1-9]/m);
      expect(text).toMatch(/^event_send_lag_seconds_count [1-9]/m);
      expect(text).toMatch(/^scheduler_runs_total|# TYPE scheduler_runs_total counter/m);
      expect(text).toMatch(/^process_cpu_seconds_total/m);
    } finally {
      socket.close();
    }
  });
});
