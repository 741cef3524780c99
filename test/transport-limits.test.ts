import { resolve } from 'node:path';
import WebSocket from 'ws';
import { createLogger } from '../src/logger';
import { LOGGED_NAME_MAX } from '../src/server/request-log';
import { openSocket, postGraphQL, postRaw, RawSocket } from './support/raw';
import { startTestServer, type TestServer } from './support/server';
import { signUp } from './support/factories';
import { sleep, waitUntil } from './support/wait';

/**
 * What README.md and docs/limits.md promise an operator and a client: refusals are logged with their
 * code, the client address believed for limits, what /metrics may hold, and what a socket keeps.
 */
const METRICS_TOKEN = 'review-metrics-token-0123456789';
const MANIFEST = resolve(__dirname, 'gql/persisted-documents.json');

function captureLogger() {
  const lines: Record<string, any>[] = [];
  const logger = createLogger({ logLevel: 'info', logFormat: 'json' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { lines, logger };
}

async function lineOf(lines: Record<string, any>[], requestId: string) {
  for (let i = 0; i < 50; i++) {
    const line = lines.find((entry) => entry.requestId === requestId && entry.msg === 'request');
    if (line) return line;
    await sleep(20);
  }
  throw new Error(`no log line for ${requestId}`);
}

/** A socket that is open and has said nothing yet (no connection_init), with its close code to come. */
interface PendingSocket {
  socket: WebSocket;
  closed: Promise<number>;
}
/** An upgrade the server answered with an HTTP error instead of a socket. */
interface RefusedUpgrade {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

/** Opens a graphql-transport-ws socket and sends nothing: the socket, or how its upgrade was refused. */
function openPending(url: string, headers: Record<string, string> = {}): Promise<PendingSocket | RefusedUpgrade> {
  return new Promise((done, fail) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('open', () => done({ socket, closed }));
    socket.on('unexpected-response', (_request, response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text) }));
    });
    socket.on('error', fail);
  });
}

const isOpen = (answer: PendingSocket | RefusedUpgrade): answer is PendingSocket => 'socket' in answer;

/** Sends connection_init on a pending socket: resolves `ack` when acknowledged, else the close code. */
function initialise(pending: PendingSocket, payload: Record<string, unknown> = {}): Promise<'ack' | number> {
  return new Promise((done) => {
    pending.socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') done('ack');
    });
    void pending.closed.then(done);
    pending.socket.send(JSON.stringify({ type: 'connection_init', payload }));
  });
}

/** Opens `count` pending sockets from `address` one after the other; each must open. */
async function openPendingSockets(url: string, address: string, count: number): Promise<PendingSocket[]> {
  const sockets: PendingSocket[] = [];
  for (let i = 0; i < count; i++) {
    const answer = await openPending(url, { 'x-forwarded-for': address });
    if (!isOpen(answer)) {
      await closeAll(sockets);
      throw new Error(`pending socket ${i + 1} of ${count} from ${address} was refused with ${answer.status}`);
    }
    sockets.push(answer);
  }
  return sockets;
}

/** Closes the sockets and waits until the server has seen them close (it may see it a moment after the client). */
async function closeAll(sockets: PendingSocket[]): Promise<void> {
  for (const { socket } of sockets) socket.close();
  await Promise.all(sockets.map(({ closed }) => closed));
  await sleep(100);
}

describe('HTTP refusals made before GraphQL runs are logged and answered like every other error', () => {
  let server: TestServer;
  const { lines, logger } = captureLogger();
  beforeAll(async () => {
    server = await startTestServer({ TRUSTED_DOCUMENTS: MANIFEST }, { logger });
  });
  afterAll(() => server.close());

  it('a POST that is not JSON (415) has its BAD_REQUEST in the request log line and its request id in the error', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-request-id': 'review-415' }, body: '{ __typename }' });
    expect(response.status).toBe(415);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: 'review-415' });
    expect((await lineOf(lines, 'review-415')).errorCodes).toEqual(['BAD_REQUEST']);
  });

  it('an operation that is not a trusted document has PERSISTED_QUERY_NOT_IN_LIST in the request log line and its request id in the error', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'review-untrusted' },
      body: JSON.stringify({ query: '{ __typename review: __typename }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_IN_LIST', requestId: 'review-untrusted' });
    expect((await lineOf(lines, 'review-untrusted')).errorCodes).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
  });
});

describe('TRUST_PROXY: X-Forwarded-For is believed only from the proxies it names, over WebSocket as over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    // The proxy is 10.255.255.1; the tests connect straight from 127.0.0.1, so their X-Forwarded-For is a lie.
    server = await startTestServer({ TRUST_PROXY: '10.255.255.1', WS_MAX_SOCKETS_PER_USER: '2', WS_MAX_PENDING_SOCKETS_PER_ADDRESS: '2', RATE_LIMIT_ADDRESS_POINTS: '1000000000' });
  });
  afterAll(() => server.close());

  it('a client that is not the proxy cannot hold more than WS_MAX_PENDING_SOCKETS_PER_ADDRESS sockets without connection_init by forging X-Forwarded-For', async () => {
    const answers = [];
    for (const forged of ['203.0.113.11', '203.0.113.12', '203.0.113.13']) answers.push(await openPending(server.wsUrl, { 'x-forwarded-for': forged }));
    const opened = answers.filter(isOpen);
    try {
      expect(answers.map((answer) => (isOpen(answer) ? 'open' : answer.status))).toEqual(['open', 'open', 429]);
    } finally {
      await closeAll(opened);
    }
  });

  it('an anonymous client that is not the proxy cannot open more than WS_MAX_SOCKETS_PER_USER sockets by forging X-Forwarded-For', async () => {
    const sockets: RawSocket[] = [];
    const codes: number[] = [];
    for (const forged of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      const socket = await RawSocket.open(server.wsUrl, undefined, { 'x-forwarded-for': forged });
      if (typeof socket === 'number') codes.push(socket);
      else sockets.push(socket);
    }
    try {
      expect({ open: sockets.length, refused: codes }).toEqual({ open: 2, refused: [4429] });
    } finally {
      await Promise.all(sockets.map((socket) => socket.close()));
    }
  });
});

describe('/metrics without METRICS_TOKEN: this machine only, never through a proxy', () => {
  const metricsStatus = async (env: Record<string, string>) => {
    const server = await startTestServer(env);
    try {
      return (await fetch(`${server.url.replace(/\/graphql$/, '')}/metrics`)).status;
    } finally {
      await server.close();
    }
  };

  it('a loopback request is refused when TRUST_PROXY trusts the loopback peer (a proxy there may add no header), and read when the proxy is elsewhere', async () => {
    expect(await metricsStatus({ TRUST_PROXY: 'true' })).toBe(403);
    expect(await metricsStatus({ TRUST_PROXY: 'loopback' })).toBe(403);
    expect(await metricsStatus({ TRUST_PROXY: '10.255.255.1' })).toBe(200);
    expect(await metricsStatus({})).toBe(200);
  });
});

describe('what /metrics holds stays bounded whatever clients send', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ METRICS_TOKEN });
  });
  afterAll(() => server.close());

  it('client-chosen operation names do not each make a new graphql_request_duration_seconds series', async () => {
    const names = Array.from({ length: 400 }, (_, i) => `ReviewFlood${i}`);
    for (let i = 0; i < names.length; i += 20) {
      await Promise.all(names.slice(i, i + 20).map((name) => postGraphQL(server.url, `query ${name} { __typename }`)));
    }
    const text = await (await fetch(server.url.replace('/graphql', '/metrics'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const flooded = new Set([...text.matchAll(/graphql_request_duration_seconds_count\{operation="(ReviewFlood\d+)"/g)].map((match) => match[1]));
    expect(flooded.size).toBeLessThanOrEqual(200);
  });
});

describe('a socket keeps nothing for operations the client cancelled while they were being refused', () => {
  let server: TestServer;
  const { lines, logger } = captureLogger();
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_ADDRESS_POINTS: '2' }, { logger });
  });
  afterAll(() => server.close());

  it('subscribe then complete at once, refused RATE_LIMITED: each operation is finished (logged) right away, not kept until the socket closes', async () => {
    const socket = await openSocket(server.wsUrl);
    // Spend the address's budget.
    await socket.run('{ __typename }');
    await socket.run('{ __typename }');
    expect((await socket.run('{ __typename }')).payload[0].extensions.code).toBe('RATE_LIMITED');
    const before = lines.filter((entry) => entry.msg === 'operation').length;
    for (let i = 0; i < 100; i++) {
      const id = `cancelled-${i}`;
      socket.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: '{ __typename }' } }));
      socket.socket.send(JSON.stringify({ id, type: 'complete' }));
    }
    // Every refusal is finished (logged) while the socket is open: waited for, however slow the machine.
    await socket.run('{ __typename }');
    const finished = () => lines.filter((entry) => entry.msg === 'operation').length - before;
    await waitUntil(() => finished() >= 101, { what: 'fewer than 101 operations finished while the socket was open' });
    await sleep(200);
    const finishedWhileOpen = finished();
    await socket.close();
    await sleep(200);
    const finishedAtClose = lines.filter((entry) => entry.msg === 'operation').length - before - finishedWhileOpen;
    expect({ finishedWhileOpen, finishedAtClose }).toEqual({ finishedWhileOpen: 101, finishedAtClose: 0 });
  });
});

describe('limits are refused with their own code when the request names its operation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ MAX_QUERY_ALIASES: '2' });
  });
  afterAll(() => server.close());

  it('too many aliases in a named operation, with operationName: QUERY_TOO_COMPLEX over HTTP and WebSocket', async () => {
    const query = 'query Aliased { a: __typename b: __typename c: __typename }';
    const http = await postRaw(server.url, JSON.stringify({ query, operationName: 'Aliased' }), 'application/json');
    expect(http.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limitName: 'aliases' });
    const socket = await openSocket(server.wsUrl);
    try {
      const answer = await new Promise<any>((done) => {
        socket.socket.on('message', (data) => {
          const message = JSON.parse(String(data));
          if (message.id === 'named') done(message);
        });
        socket.socket.send(JSON.stringify({ id: 'named', type: 'subscribe', payload: { query, operationName: 'Aliased' } }));
      });
      expect(answer.payload[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limitName: 'aliases' });
    } finally {
      await socket.close();
    }
  });
});

describe('requests Apollo refuses on its own (a batch, a mutation over GET) are logged with their code and carry the request id', () => {
  let server: TestServer;
  const { lines, logger } = captureLogger();
  beforeAll(async () => {
    server = await startTestServer({}, { logger });
  });
  afterAll(() => server.close());

  it('a batched POST (a JSON array) is refused, its code in the log line and its request id in the error', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'review-batch' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: 'review-batch' });
    expect((await lineOf(lines, 'review-batch')).errorCodes).toEqual(['BAD_REQUEST']);
  });

  it('a mutation over GET is refused (405), its code in the log line and its request id in the error', async () => {
    const query = encodeURIComponent('mutation { logOut { userErrors { code } } }');
    const response = await fetch(`${server.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'review-get-mutation' } });
    expect(response.status).toBe(405);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: 'review-get-mutation' });
    expect((await lineOf(lines, 'review-get-mutation')).errorCodes).toBeDefined();
  });
});

describe('more requests Apollo refuses before its plugins run', () => {
  let server: TestServer;
  const { lines, logger } = captureLogger();
  beforeAll(async () => {
    server = await startTestServer({}, { logger });
  });
  afterAll(() => server.close());

  it('`variables` that are not an object: refused, its code in the log line and its request id in the error', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'review-variables' },
      body: JSON.stringify({ query: '{ __typename }', variables: 'not an object' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ requestId: 'review-variables' });
    expect((await lineOf(lines, 'review-variables')).errorCodes).toEqual([body.errors[0].extensions.code]);
  });

  it('a GET that CSRF prevention blocks: its code in the log line and its request id in the error', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'x-request-id': 'review-csrf' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ requestId: 'review-csrf' });
    expect((await lineOf(lines, 'review-csrf')).errorCodes).toEqual([body.errors[0].extensions.code]);
  });
});

describe('hostile variables are the client’s error, never the server’s', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const deep = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;

  it('variables nested 200,000 deep (well under MAX_REQUEST_BYTES): a client error, the first time and when the document is already known', async () => {
    const query = 'query Deep($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    for (let attempt = 0; attempt < 2; attempt++) {
      const body = `{"query":${JSON.stringify(query)},"variables":{"ids":${deep(200_000)}}}`;
      const answer = await postRaw(server.url, body, 'application/json');
      expect([attempt, answer.status < 500, answer.body.errors?.[0].extensions?.code]).toEqual([attempt, true, 'BAD_USER_INPUT']);
      // The document is now known to the guard (validated) when it was accepted once.
      await postGraphQL(server.url, query, { ids: [] });
    }
  });

  it('the same over WebSocket: an error message, the socket stays usable', async () => {
    const socket = await openSocket(server.wsUrl);
    try {
      const query = 'query DeepWs($ids: [ID!]!) { nodes(ids: $ids) { id } }';
      await socket.run(query, { ids: [] });
      const answer = await new Promise<any>((done) => {
        socket.socket.on('message', (data) => {
          const message = JSON.parse(String(data));
          if (message.id === 'deep') done(message);
        });
        socket.socket.send(`{"id":"deep","type":"subscribe","payload":{"query":${JSON.stringify(query)},"variables":{"ids":${deep(200_000)}}}}`);
      });
      expect(answer.type).toBe('error');
      expect(answer.payload[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await socket.run('{ __typename }')).payload.data).toEqual({ __typename: 'Query' });
    } finally {
      await socket.close();
    }
  });
});

describe('RATE_LIMITED always says when to retry (docs/limits.md, Error codes)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ WS_MAX_OPERATIONS_PER_SOCKET: '1' });
  });
  afterAll(() => server.close());

  it('the operations-per-socket cap is RATE_LIMITED with extensions.retryAfter', async () => {
    const socket = await openSocket(server.wsUrl);
    try {
      socket.start('subscription { offerEvents { id } }');
      const refused = await socket.run('{ __typename }');
      expect(refused.type).toBe('error');
      expect(refused.payload[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    } finally {
      await socket.close();
    }
  });
});

describe('a client cannot make log lines or metric labels as large as its request', () => {
  let server: TestServer;
  const { lines, logger } = captureLogger();
  beforeAll(async () => {
    server = await startTestServer({ METRICS_TOKEN }, { logger });
  });
  afterAll(() => server.close());

  const longName = `Long${'x'.repeat(200_000)}`;

  it('an operation name of 200,000 characters over HTTP: the log line and /metrics hold at most LOGGED_NAME_MAX characters of it', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'review-long-name' },
      body: JSON.stringify({ query: `query ${longName} { __typename }`, operationName: longName }),
    });
    expect(response.status).toBe(200);
    expect(String((await lineOf(lines, 'review-long-name')).operationName).length).toBeLessThanOrEqual(200);
    const text = await (await fetch(server.url.replace('/graphql', '/metrics'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(text.includes('x'.repeat(LOGGED_NAME_MAX + 1))).toBe(false);
  });

  it('an operation name of 200,000 characters over WebSocket: the operation line holds at most a short prefix of it', async () => {
    const socket = await openSocket(server.wsUrl);
    try {
      await new Promise<void>((done) => {
        socket.socket.on('message', (data) => {
          if (JSON.parse(String(data)).id === 'long') done();
        });
        socket.socket.send(JSON.stringify({ id: 'long', type: 'subscribe', payload: { query: '{ __typename }', operationName: longName } }));
      });
      await sleep(100);
      const line = lines.filter((entry) => entry.msg === 'operation').pop()!;
      expect(String(line.operationName).length).toBeLessThanOrEqual(200);
    } finally {
      await socket.close();
    }
  });
});

describe('TRUSTED_DOCUMENTS over WebSocket: a listed document by its hash, as docs/api.md says', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRUSTED_DOCUMENTS: MANIFEST });
  });
  afterAll(() => server.close());

  const HASH = 'sha256:b8a4ca81318a4b25583a7a4100efd6db6a5c829a983324b34ed389fe490d1bcb'; // query Now { now }

  it('by documentId or by the persisted-query hash (graphql-ws needs a query string: an empty one), and a wrong text with a listed hash is still refused', async () => {
    const socket = await openSocket(server.wsUrl);
    const send = (id: string, payload: Record<string, unknown>) =>
      new Promise<any>((done) => {
        socket.socket.on('message', (data) => {
          const message = JSON.parse(String(data));
          if (message.id === id && (message.type === 'next' || message.type === 'error')) done(message);
        });
        socket.socket.send(JSON.stringify({ id, type: 'subscribe', payload }));
      });
    try {
      const byId = await send('by-id', { query: '', documentId: HASH });
      const byApq = await send('by-apq', { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: HASH.slice('sha256:'.length) } } });
      const forged = await send('forged', { query: '{ viewer { email } }', documentId: HASH });
      expect([byId.type, byId.payload.data?.now !== undefined]).toEqual(['next', true]);
      expect([byApq.type, byApq.payload.data?.now !== undefined]).toEqual(['next', true]);
      expect([forged.type, forged.payload[0]?.extensions?.code]).toEqual(['error', 'PERSISTED_QUERY_NOT_IN_LIST']);
    } finally {
      await socket.close();
    }
  });
});

describe('WS_MAX_OPERATIONS_PER_SOCKET counts what runs, not what the client still waits for', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ WS_MAX_OPERATIONS_PER_SOCKET: '1' });
  });
  afterAll(() => server.close());

  /**
   * A reader's socket, with the job table locked while `send` runs on it: each `jobs` query then
   * waits for the lock. Resolves to how many queries waited at once at the end.
   */
  const queriesWaitingWhileJobsLocked = async (name: string, send: (socket: RawSocket) => Promise<void>) => {
    const reader = await signUp(server.api, name);
    const socket = await openSocket(server.wsUrl, reader.token);
    await server.sql('begin');
    await server.sql('lock table job in access exclusive mode');
    try {
      await send(socket);
      await sleep(500);
      const [{ n }] = await server.sql<{ n: string }>("select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%job%' and pid <> pg_backend_pid()");
      return { socket, waiting: Number(n) };
    } finally {
      await server.sql('rollback');
    }
  };
  const subscribeThenComplete = async (socket: RawSocket, id: string) => {
    socket.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: '{ jobs(first: 1) { totalCount } }' } }));
    await sleep(150);
    socket.socket.send(JSON.stringify({ id, type: 'complete' }));
  };

  it('queries cancelled with `complete` while they run still count: a socket cannot start more than the cap by cancelling each', async () => {
    const { socket, waiting } = await queriesWaitingWhileJobsLocked('Cancelling Reader', async (socket) => {
      for (let i = 0; i < 5; i++) await subscribeThenComplete(socket, `blocked-${i}`);
    });
    await socket.close();
    expect(waiting).toBeLessThanOrEqual(1);
  });

  it('an operation id still running here cannot be reused to slip past it: subscribe, complete, subscribe again with the same id while the first still runs closes the socket 4409, and at most one query waits', async () => {
    const { socket, waiting } = await queriesWaitingWhileJobsLocked('Reusing Reader', async (socket) => {
      for (let i = 0; i < 5; i++) await subscribeThenComplete(socket, 'same');
    });
    expect(waiting).toBeLessThanOrEqual(1);
    expect(await socket.closed).toBe(4409);
  });
});

describe('WS_MAX_PENDING_SOCKETS_PER_ADDRESS: sockets not acknowledged yet, per client address', () => {
  let server: TestServer;
  const { lines, logger } = captureLogger();
  beforeAll(async () => {
    // The tests connect from 127.0.0.1, a trusted proxy here: X-Forwarded-For is each socket's client address.
    server = await startTestServer({ TRUST_PROXY: 'loopback', WS_MAX_PENDING_SOCKETS_PER_ADDRESS: '3', WS_MAX_SOCKETS_PER_USER: '20' }, { logger });
  });
  afterAll(() => server.close());

  it('over the cap from one address the upgrade is refused (HTTP 429, Retry-After, RATE_LIMITED with the request id, logged with its code); another address still opens', async () => {
    const held = await openPendingSockets(server.wsUrl, '198.51.100.1', 3);
    try {
      const refused = await openPending(server.wsUrl, { 'x-forwarded-for': '198.51.100.1', 'x-request-id': 'pending-refused' });
      expect(isOpen(refused)).toBe(false);
      if (isOpen(refused)) return void (await closeAll([refused]));
      expect({ status: refused.status, retryAfter: refused.headers['retry-after'], requestId: refused.headers['x-request-id'] }).toEqual({
        status: 429,
        retryAfter: '3',
        requestId: 'pending-refused',
      });
      expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: 3, requestId: 'pending-refused' });
      expect(await lineOf(lines, 'pending-refused')).toMatchObject({ status: 429, errorCodes: ['RATE_LIMITED'] });
      held.push(...(await openPendingSockets(server.wsUrl, '198.51.100.2', 3)));
    } finally {
      await closeAll(held);
    }
  });

  it('acknowledged sockets do not count: once the pending ones are acknowledged, as many again may open, and no more', async () => {
    const first = await openPendingSockets(server.wsUrl, '198.51.100.3', 3);
    const held = [...first];
    try {
      expect(await Promise.all(first.map((pending) => initialise(pending)))).toEqual(['ack', 'ack', 'ack']);
      held.push(...(await openPendingSockets(server.wsUrl, '198.51.100.3', 3)));
      const over = await openPending(server.wsUrl, { 'x-forwarded-for': '198.51.100.3' });
      if (isOpen(over)) held.push(over);
      expect(isOpen(over) ? 'open' : over.status).toBe(429);
    } finally {
      await closeAll(held);
    }
  });

  it('an IPv6 client counts by its /64 (one subscriber network), and an IPv4 client as one address however it is written', async () => {
    const answers = [];
    // One attacker with a /64 rotates addresses inside it; written in several forms.
    for (const address of ['2001:db8:5:6::1', '2001:db8:5:6::2', '2001:DB8:5:6:0:0:0:3', '2001:db8:5:6:ffff:ffff:ffff:ffff']) {
      answers.push(await openPending(server.wsUrl, { 'x-forwarded-for': address }));
    }
    // One IPv4 address, plain and IPv4-mapped (as a dual-stack proxy writes it).
    for (const address of ['198.51.100.20', '::ffff:198.51.100.20', '::ffff:c633:6414', '198.51.100.20']) {
      answers.push(await openPending(server.wsUrl, { 'x-forwarded-for': address }));
    }
    // The next /64 and the next IPv4 address are someone else.
    for (const address of ['2001:db8:5:7::1', '198.51.100.21']) answers.push(await openPending(server.wsUrl, { 'x-forwarded-for': address }));
    const opened = answers.filter(isOpen);
    try {
      expect(answers.map((answer) => (isOpen(answer) ? 'open' : answer.status))).toEqual(['open', 'open', 'open', 429, 'open', 'open', 'open', 429, 'open', 'open']);
    } finally {
      await closeAll(opened);
    }
  });

  it('anonymous acknowledged sockets (WS_MAX_SOCKETS_PER_USER per address) count by the /64 too: a client rotating its IPv6 addresses cannot hold more once they are acknowledged', async () => {
    const held: PendingSocket[] = [];
    const outcomes: ('ack' | number)[] = [];
    try {
      // WS_MAX_SOCKETS_PER_USER is 20 here: the 21st anonymous socket of the /64 is one too many.
      for (let i = 1; i <= 21; i++) {
        const [socket] = await openPendingSockets(server.wsUrl, `2001:db8:9:9::${i.toString(16)}`, 1);
        held.push(socket);
        outcomes.push(await initialise(socket));
      }
      expect(outcomes.slice(0, 20).every((outcome) => outcome === 'ack')).toBe(true);
      expect(outcomes[20]).toBe(4429);
    } finally {
      await closeAll(held);
    }
  });

  it('the count does not leak: sockets closed by the client, timed out without connection_init (4408) or refused at connection_init (4403) give their places back', async () => {
    const address = '198.51.100.4';
    // Closed by the client.
    await closeAll(await openPendingSockets(server.wsUrl, address, 3));
    // Closed by the server when connection_init does not come in time.
    const silent = await openPendingSockets(server.wsUrl, address, 3);
    expect(await Promise.all(silent.map(({ closed }) => closed))).toEqual([4408, 4408, 4408]);
    await sleep(100);
    // Refused at connection_init: a token the server did not issue.
    const refused = await openPendingSockets(server.wsUrl, address, 3);
    expect(await Promise.all(refused.map((pending) => initialise(pending, { authorization: 'Bearer not-a-token' })))).toEqual([4403, 4403, 4403]);
    await sleep(100);
    // Every place is free again, and the cap still holds.
    const held = await openPendingSockets(server.wsUrl, address, 3);
    try {
      const over = await openPending(server.wsUrl, { 'x-forwarded-for': address });
      if (isOpen(over)) held.push(over);
      expect(isOpen(over) ? 'open' : over.status).toBe(429);
    } finally {
      await closeAll(held);
    }
  });
});
