import { GraphQLError } from 'graphql';
import WebSocket from 'ws';
import { AppError, ErrorCode, formatError } from '../src/graphql/errors';
import { graphql } from './gql';
import { signUp } from './support/factories';
import { startTestServer, type TestServer } from './support/server';

const WhoAmIDoc = graphql(`
  query WhoAmI { viewer { id name } }
`);

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(() => server.close());

/** Opens a graphql-transport-ws socket, sends connection_init, and resolves with the first answer. */
function connect(payload: Record<string, unknown>): Promise<{ socket: WebSocket; ack: boolean; closeCode?: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'connection_ack') resolve({ socket, ack: true });
    });
    socket.on('close', (code) => resolve({ socket, ack: false, closeCode: code }));
    socket.on('error', reject);
  });
}

function subscribeOnce(socket: WebSocket, query: string): Promise<unknown> {
  return new Promise((resolve) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'next') resolve(message.payload);
    });
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
  });
}

describe('HTTP', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('serves queries over GET with a preflight-forcing header, and blocks CSRF-able GETs', async () => {
    const user = await signUp(server.api, 'Getter');
    const query = encodeURIComponent('{ viewer { name } }');
    const ok = await fetch(`${server.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${user.token}` } });
    expect(await ok.json()).toEqual({ data: { viewer: { name: 'Getter' } }, extensions: { cost: { requested: 1, limit: server.config.limits.maxCost } } });
    const blocked = await fetch(`${server.url}?query=${query}`);
    expect(blocked.status).toBe(400);
    const mutationOverGet = await fetch(`${server.url}?query=${encodeURIComponent('mutation { runDueWork { now } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(mutationOverGet.status).toBe(405);
  });

  it('speaks application/graphql-response+json and answers a broken request with a 4xx', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ viewer { nope } }' }),
    });
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(response.status).toBe(400);
    const notJson = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('refuses queries nested deeper than the limit', async () => {
    const deep = `{ viewer { memberships { team { owner { memberships { team { owner { memberships { team { owner { memberships { team { name } } } } } } } } } } } } }`;
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: deep }) });
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toMatch(/levels deep/);
  });

  it('reports 503 from /readyz when the database is gone', async () => {
    const other = await startTestServer();
    const otherBase = other.url.replace(/\/graphql$/, '');
    await other.sql(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
    await other.orm.close(true);
    expect((await fetch(`${otherBase}/readyz`)).status).toBe(503);
    await other.close().catch(() => undefined);
  });
});

describe('errors', () => {
  it('in production keeps our own errors but hides internal messages and stack traces', () => {
    const internal = new GraphQLError('select * from secret_table failed', { originalError: new Error('select * from secret_table failed') });
    const formattedInternal = formatError({ message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, internal, false);
    expect(formattedInternal).toEqual({ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: undefined, path: undefined });
    const ours = new AppError(ErrorCode.NOT_FOUND, 'Team was not found.');
    const formattedOurs = formatError({ message: ours.message, extensions: { code: 'NOT_FOUND', stacktrace: ['at y'] } }, ours, false);
    expect(formattedOurs).toEqual({ message: 'Team was not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('in production turns introspection off and sends no stack traces', async () => {
    const production = await startTestServer({ NODE_ENV: 'production' });
    try {
      const response = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions.stacktrace).toBeUndefined();
      const refused = await production.api.run(WhoAmIDoc, {}, 'broken-token');
      // the code, and the request id to quote when reporting it: nothing else
      expect(refused.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    } finally {
      await production.close();
    }
  });
});

describe('WebSocket', () => {
  it('authenticates with connection_init { authorization } and runs operations as that user', async () => {
    const user = await signUp(server.api, 'Socket User');
    const { socket, ack } = await connect({ authorization: `Bearer ${user.token}` });
    expect(ack).toBe(true);
    expect(await subscribeOnce(socket, '{ viewer { name } }')).toEqual({
      data: { viewer: { name: 'Socket User' } },
      extensions: { cost: { requested: 1, limit: server.config.limits.maxCost } },
    });
    socket.close();
  });

  it('treats a socket without a token as anonymous', async () => {
    const { socket, ack } = await connect({});
    expect(ack).toBe(true);
    expect(await subscribeOnce(socket, '{ viewer { name } }')).toMatchObject({ data: { viewer: null } });
    socket.close();
  });

  it('refuses a bad token by closing with 4403, never as anonymous', async () => {
    const refused = await connect({ authorization: 'Bearer not-a-token' });
    expect(refused).toMatchObject({ ack: false, closeCode: 4403 });
  });

  it('pings every socket within 12 s and cuts one that leaves a ping unanswered; one that answers stays open', async () => {
    const answering = await connect({});
    // A client that never answers pings (ws answers them on its own unless told not to).
    const silent = await new Promise<{ socket: WebSocket; pinged: Promise<void>; closed: Promise<number> }>((resolve, reject) => {
      const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { autoPong: false });
      const pinged = new Promise<void>((ok) => socket.once('ping', () => ok()));
      const closed = new Promise<number>((ok) => socket.once('close', (code) => ok(code)));
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      socket.on('message', (data) => JSON.parse(String(data)).type === 'connection_ack' && resolve({ socket, pinged, closed }));
      socket.on('error', reject);
    });
    let answeredPings = 0;
    answering.socket.on('ping', () => answeredPings++);
    const started = Date.now();
    await silent.pinged;
    expect(Date.now() - started).toBeLessThanOrEqual(13_000);
    // Cut (terminated: no close frame, 1006 on this side) at its next turn, 12 s after the ping.
    expect(await silent.closed).toBe(1006);
    expect(Date.now() - started).toBeLessThanOrEqual(26_000);
    expect(answeredPings).toBeGreaterThanOrEqual(1);
    expect(answering.socket.readyState).toBe(WebSocket.OPEN);
    answering.socket.close();
  }, 40_000);
});
