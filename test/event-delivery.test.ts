import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import WebSocket from 'ws';
import { appendEvent } from '../src/modules/events/event-log';
import { EventStream } from '../src/modules/events/event.entity';
import { createTeam, signUp, type TestUser } from './support/factories';
import { inServerTransaction } from './support/money';
import { startTestServer, type TestServer } from './support/server';
import { settle } from './support/ws';
import { waitUntil } from './support/wait';

const PAYMENT_EVENTS = `
  subscription ReviewPaymentEvents($after: String) {
    paymentEvents(after: $after) { id type payout { id status } }
  }
`;
const TEAM_PAYMENT_EVENTS = `
  subscription ReviewTeamPaymentEvents($teamId: ID, $after: String) {
    paymentEvents(teamId: $teamId, after: $after) { id type }
  }
`;

interface Message {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A raw graphql-transport-ws socket: every message kept in arrival order, pings and pongs included. */
class RawSocket {
  readonly messages: Message[] = [];
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as Message;
      if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
      this.messages.push(message);
      this.waiters.splice(0).forEach((wake) => wake());
    });
  }

  static connect(url: string, token: string): Promise<RawSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, 'graphql-transport-ws');
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      socket.on('message', function ack(data) {
        if (JSON.parse(String(data)).type === 'connection_ack') {
          socket.off('message', ack);
          resolve(new RawSocket(socket));
        }
      });
      socket.on('error', reject);
    });
  }

  send(message: Message): void {
    this.socket.send(JSON.stringify(message));
  }

  subscribe(id: string, variables: Record<string, unknown>, query = PAYMENT_EVENTS): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  /** Waits until a message matching `test` arrived (at most `ms`); returns its index. */
  async waitFor(test: (message: Message) => boolean, ms = 5000): Promise<number> {
    const deadline = Date.now() + ms;
    for (;;) {
      const index = this.messages.findIndex(test);
      if (index >= 0) return index;
      if (Date.now() > deadline) throw new Error(`no such message; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** A ping answered: every message the server sent before it handled the ping has arrived. */
  async barrier(): Promise<number> {
    const before = this.messages.length;
    this.send({ type: 'ping', payload: { mark: before } });
    return this.waitFor((m) => m.type === 'pong' && (m.payload as { mark?: number } | undefined)?.mark === before);
  }

  close(): void {
    this.socket.close();
  }
}

let server: TestServer;
let freelancer: TestUser;
beforeAll(async () => {
  server = await startTestServer();
  freelancer = await signUp(server.api, 'Fran Review');
});
afterAll(() => server.close());

const payoutId = () => `po_${randomBytes(13).toString('hex').toUpperCase().slice(0, 26)}`;

/** Records a payment event of the freelancer's own account (payout not found: its field resolves to null). */
const paymentEvent = () =>
  inServerTransaction(server, async (em, now) => {
    await appendEvent(em, {
      stream: EventStream.PAYMENT,
      type: 'PAYOUT_REQUESTED',
      occurredAt: now,
      subjectId: payoutId(),
      teamIds: [],
      userIds: [freelancer.id],
      data: { amountCents: '100', currency: 'USD', payoutId: payoutId() },
    });
  });

const newestEventId = async () => (await server.sql<{ id: string }>('select coalesce(max(id), 0)::text as id from event_log'))[0].id;

/** Holds every read of `table` (the payout table: what the `payout` field reads) until `release`. */
async function lockPayouts(table = 'payout'): Promise<{ release: () => Promise<void> }> {
  const client = new Client({ connectionString: server.databaseUrl });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table ${table} in access exclusive mode`);
  return {
    release: async () => {
      await client.query('rollback');
      await client.end();
    },
  };
}

/**
 * Cuts the connections of the server's statements that wait for a lock (those whose text is like
 * `queryLike`), once one does: the statement fails as when the database drops a connection.
 */
async function cutLockWaiters(queryLike = '%'): Promise<void> {
  await untilWaitingForLock(queryLike);
  await server.sql(`select pg_terminate_backend(pid) ${LOCK_WAITERS}`, [queryLike]);
}

const LOCK_WAITERS = `from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like $1`;

/** Until one of the server's statements (like `queryLike`) waits for a lock: the event is being read. */
async function untilWaitingForLock(queryLike = '%'): Promise<void> {
  await waitUntil(async () => (await server.sql<{ n: number }>(`select count(*)::int as n ${LOCK_WAITERS}`, [queryLike]))[0].n > 0, { what: 'no statement waits for the lock' });
}

/** The freelancer's socket, subscribed as '1' from now on, with the payout table locked (an event's `payout` field waits). */
async function subscribedWithPayoutsLocked(): Promise<{ socket: RawSocket; lock: Awaited<ReturnType<typeof lockPayouts>> }> {
  const socket = await RawSocket.connect(server.wsUrl, freelancer.token);
  socket.subscribe('1', {});
  await settle();
  return { socket, lock: await lockPayouts() };
}

describe('delivery against the protocol', () => {
  it('no `next` reaches the client after the server handled its `complete` (a live event being executed when the client completes)', async () => {
    const { socket, lock } = await subscribedWithPayoutsLocked();
    try {
      await paymentEvent();
      // The event is being executed now (its `payout` field waits for the lock).
      await untilWaitingForLock();
      socket.send({ id: '1', type: 'complete' });
      const handled = await socket.barrier();
      await lock.release();
      await settle(500);
      const late = socket.messages.slice(handled).filter((m) => m.id === '1');
      expect(late).toEqual([]);
    } finally {
      socket.close();
    }
  });

  it('no `next` reaches the client after the server handled its `complete` (during the replay)', async () => {
    const start = await newestEventId();
    for (let i = 0; i < 3; i++) await paymentEvent();
    const socket = await RawSocket.connect(server.wsUrl, freelancer.token);
    const lock = await lockPayouts();
    try {
      socket.subscribe('1', { after: start });
      await untilWaitingForLock();
      socket.send({ id: '1', type: 'complete' });
      const handled = await socket.barrier();
      await lock.release();
      await settle(500);
      expect(socket.messages.slice(handled).filter((m) => m.id === '1')).toEqual([]);
    } finally {
      socket.close();
    }
  });

  it('an id reused after `complete` receives only its own subscription\'s events, not one the old subscription was delivering', async () => {
    const { socket, lock } = await subscribedWithPayoutsLocked();
    try {
      await paymentEvent();
      const stale = await newestEventId();
      await untilWaitingForLock();
      socket.send({ id: '1', type: 'complete' });
      // The same id again, from now on: the event above is not this subscription's.
      socket.subscribe('1', {});
      await socket.barrier();
      await settle(300);
      await lock.release();
      await settle(500);
      const ids = socket.messages.filter((m) => m.id === '1' && m.type === 'next').map((m) => (m.payload as { data: { paymentEvents: { id: string } } }).data.paymentEvents.id);
      expect(ids).not.toContain(stale);
    } finally {
      socket.close();
    }
  });

  it('`after` with leading zeros resumes exactly where the same id without them does', async () => {
    const start = await newestEventId();
    await paymentEvent();
    const first = await newestEventId();
    await paymentEvent();
    await paymentEvent();
    const socket = await RawSocket.connect(server.wsUrl, freelancer.token);
    try {
      socket.subscribe('a', { after: `000${first}` });
      socket.subscribe('b', { after: first });
      socket.subscribe('c', { after: `00${start}` });
      await socket.waitFor(() => socket.messages.filter((m) => m.type === 'next').length >= 7);
      await settle(300);
      const of = (id: string) => socket.messages.filter((m) => m.id === id && m.type === 'next').map((m) => (m.payload as { data: { paymentEvents: { id: string } } }).data.paymentEvents.id);
      expect(of('a')).toEqual(of('b'));
      expect(of('a')).toHaveLength(2);
      expect(of('c')).toEqual([first, ...of('a')]);
    } finally {
      socket.close();
    }
  });
});

describe('a subscriber that does not keep up', () => {
  it('is cut off with one `error` message (and nothing after it) once more than 5,000 events wait, coded RATE_LIMITED (not GRAPHQL_VALIDATION_FAILED) and telling to resume with `after`', async () => {
    const { socket, lock } = await subscribedWithPayoutsLocked();
    try {
      await inServerTransaction(server, async (em, now) => {
        for (let i = 0; i < 5010; i++) {
          await appendEvent(em, { stream: EventStream.PAYMENT, type: 'PAYOUT_REQUESTED', occurredAt: now, subjectId: payoutId(), teamIds: [], userIds: [freelancer.id], data: { amountCents: '1', currency: 'USD', payoutId: payoutId() } });
        }
      });
      await settle(1500);
      await lock.release();
      const failed = await socket.waitFor((m) => m.id === '1' && m.type === 'error', 10_000);
      await settle(500);
      const mine = socket.messages.filter((m) => m.id === '1');
      expect(mine.filter((m) => m.type === 'next').length).toBeLessThanOrEqual(1);
      expect(mine[mine.length - 1]).toBe(socket.messages[failed]);
      // The client is told how to resume, and the error is not one of its document.
      const [error] = socket.messages[failed].payload as { message: string; extensions: { code: string } }[];
      expect(error.message).toMatch(/`after`/);
      expect(error.extensions.code).toBe('RATE_LIMITED');
    } finally {
      socket.close();
    }
  }, 60_000);
});

describe('a failing database mid-stream', () => {
  it('ends the subscription with one `error` message, coded INTERNAL_SERVER_ERROR (not GRAPHQL_VALIDATION_FAILED), when its replay query fails', async () => {
    const start = await newestEventId();
    await paymentEvent();
    const socket = await RawSocket.connect(server.wsUrl, freelancer.token);
    const client = new Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query('lock table event_log in access exclusive mode');
      socket.subscribe('1', { after: start });
      await cutLockWaiters('%from event_log where stream%');
      await client.query('rollback');
      const failed = await socket.waitFor((m) => m.id === '1' && m.type === 'error');
      await settle(300);
      const mine = socket.messages.filter((m) => m.id === '1');
      // Ours, not the client's document's: internal (tests show its details uncoded, as for any
      // internal error over WebSocket; production masks it as INTERNAL_SERVER_ERROR and logs it).
      const [error] = socket.messages[failed].payload as { extensions: { code?: string } }[];
      expect(error.extensions.code ?? 'INTERNAL_SERVER_ERROR').toBe('INTERNAL_SERVER_ERROR');
      expect(mine[mine.length - 1]).toBe(socket.messages[failed]);
      expect(mine.filter((m) => m.type === 'next')).toEqual([]);
    } finally {
      await client.end();
      socket.close();
    }
  });

  it('an event whose data could not be read is read afresh for the subscriber who resumes with `after` (the failure is not kept for it, nor for others)', async () => {
    const start = await newestEventId();
    // Subscribed with `after`, as the resume below will be: the same document and variables.
    const socket = await RawSocket.connect(server.wsUrl, freelancer.token);
    socket.subscribe('1', { after: start });
    await settle();
    const lock = await lockPayouts();
    let released = false;
    try {
      await paymentEvent();
      const eventId = await newestEventId();
      // The event's `payout` field waits for the lock; its connection is cut: the delivery has `errors`.
      await cutLockWaiters();
      const failed = await socket.waitFor((m) => m.id === '1' && m.type === 'next');
      expect((socket.messages[failed].payload as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
      await lock.release();
      released = true;

      // As docs/api.md tells a client: subscribe again with `after` = the last id processed.
      socket.subscribe('2', { after: start });
      const resumed = await socket.waitFor((m) => m.id === '2' && m.type === 'next');
      expect(socket.messages[resumed].payload).toMatchObject({ data: { paymentEvents: { id: eventId, type: 'PAYOUT_REQUESTED', payout: null } } });
      expect(socket.messages[resumed].payload).not.toHaveProperty('errors');
    } finally {
      if (!released) await lock.release();
      socket.close();
    }
  });

  it('a subscriber whose access check failed (the database did not answer) is checked afresh when it resumes with `after`', async () => {
    const team = await createTeam(server.api, freelancer, 'AGENCY');
    const start = await newestEventId();
    const socket = await RawSocket.connect(server.wsUrl, freelancer.token);
    socket.subscribe('1', { teamId: team.id, after: start }, TEAM_PAYMENT_EVENTS);
    await settle();
    // The check of the subscriber's financial role waits for the member table; its connection is cut.
    const lock = await lockPayouts('member');
    let released = false;
    try {
      await inServerTransaction(server, (em, now) =>
        appendEvent(em, { stream: EventStream.PAYMENT, type: 'FUNDS_AVAILABLE', occurredAt: now, subjectId: team.id, teamIds: [team.id], userIds: [], data: { amountCents: '100', currency: 'USD' } }),
      );
      const eventId = await newestEventId();
      await cutLockWaiters();
      await socket.waitFor((m) => m.id === '1' && m.type === 'error');
      await lock.release();
      released = true;

      socket.subscribe('2', { teamId: team.id, after: start }, TEAM_PAYMENT_EVENTS);
      const resumed = await socket.waitFor((m) => m.id === '2' && m.type !== 'pong');
      expect(socket.messages[resumed]).toMatchObject({ type: 'next', payload: { data: { paymentEvents: { id: eventId, type: 'FUNDS_AVAILABLE' } } } });
    } finally {
      if (!released) await lock.release();
      socket.close();
    }
  });
});

describe('the seam between replay and live', () => {
  it('delivers every event exactly once and in order when many arrive while a long replay runs', async () => {
    const start = await newestEventId();
    await inServerTransaction(server, async (em, now) => {
      for (let i = 0; i < 1200; i++) {
        await appendEvent(em, { stream: EventStream.PAYMENT, type: 'PAYOUT_REQUESTED', occurredAt: now, subjectId: payoutId(), teamIds: [], userIds: [freelancer.id], data: { amountCents: '1', currency: 'USD' } });
      }
    });
    const socket = await RawSocket.connect(server.wsUrl, freelancer.token);
    try {
      socket.subscribe('1', { after: start });
      // Live events while the replay (three pages) is being delivered.
      for (let i = 0; i < 40; i++) await paymentEvent();
      const expected = (await server.sql<{ id: string }>(`select id::text as id from event_log where id > $1 and $2 = any(user_ids) and stream = 'PAYMENT' order by event_log.id`, [start, freelancer.id])).map((r) => r.id);
      expect(expected).toHaveLength(1240);
      const nexts = () => socket.messages.filter((m) => m.id === '1' && m.type === 'next');
      await socket.waitFor(() => nexts().length >= expected.length, 30_000);
      await settle(500);
      expect(nexts().map((m) => (m.payload as { data: { paymentEvents: { id: string } } }).data.paymentEvents.id)).toEqual(expected);
    } finally {
      socket.close();
    }
  }, 60_000);
});

describe('the send-lag metric', () => {
  /** `event_send_lag_seconds_count` of this process's metrics (the test server runs in it). */
  const sendsMeasured = async () => {
    const text = await (await fetch(`${server.url.replace(/\/graphql$/, '')}/metrics`)).text();
    return Number(/^event_send_lag_seconds_count(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1] ?? 0);
  };

  it('measures live events only: a replay after `after` hands out recent events without counting them', async () => {
    const start = await newestEventId();
    await paymentEvent();
    await paymentEvent();
    // Both were notified to this process just now, with nobody subscribed.
    await settle(300);
    const before = await sendsMeasured();
    const socket = await RawSocket.connect(server.wsUrl, freelancer.token);
    try {
      socket.subscribe('1', { after: start });
      await socket.waitFor((m) => m.id === '1' && m.type === 'next' && socket.messages.filter((n) => n.id === '1' && n.type === 'next').length === 2);
      expect(await sendsMeasured()).toBe(before);
      await paymentEvent();
      await socket.waitFor((m) => m.id === '1' && m.type === 'next' && socket.messages.filter((n) => n.id === '1' && n.type === 'next').length === 3);
      expect(await sendsMeasured()).toBe(before + 1);
    } finally {
      socket.close();
    }
  });
});
