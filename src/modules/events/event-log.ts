import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { EventStream } from './event.entity';

export const EVENTS_CHANNEL = 'market_events';
const APPEND_LOCK = 7203;

export interface NewEvent {
  stream: EventStream;
  type: string;
  occurredAt: Date;
  subjectId: string;
  /** Teams whose (authorized) members follow this event. */
  teamIds: string[];
  /** Users who follow it as themselves (the freelancer, the account holder). */
  userIds: string[];
  data?: Record<string, unknown>;
  /** The user who made it happen; none for what the system does on its own (expiry, billing). */
  actorId?: string | null;
}

export interface EventRow {
  id: string;
  stream: EventStream;
  type: string;
  occurredAt: Date | string;
  subjectId: string;
  teamIds: string[];
  userIds: string[];
  data: Record<string, unknown>;
  actorId: string | null;
}

export const EVENT_COLUMNS = `id::text as id, stream, type, occurred_at as "occurredAt", subject_id as "subjectId", team_ids as "teamIds", user_ids as "userIds", data, actor_id as "actorId"`;

/** Events waiting for their transaction to commit, per transaction. */
const outboxes = new WeakMap<object, NewEvent[]>();

/**
 * Records an event of the caller's transaction. It is written to the log just before that
 * transaction commits (see EventOutbox), so it commits with the change it describes, or not at
 * all, however early in the transaction it is recorded.
 */
export async function appendEvent(em: EntityManager, event: NewEvent): Promise<void> {
  const transaction = em.getTransactionContext<object>();
  if (!transaction) throw new Error('events are recorded inside a transaction');
  const outbox = outboxes.get(transaction) ?? [];
  outbox.push(event);
  outboxes.set(transaction, outbox);
}

/**
 * Writes a committing transaction's events. A transaction-scoped lock makes event-writing
 * transactions commit one at a time, so ids are handed out in commit order and a reader that has
 * seen id N has seen every event before it; taking it only here, as the very last step, means
 * a transaction holding it never waits for another lock. NOTIFY is delivered at commit.
 */
export class EventOutbox implements EventSubscriber {
  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const transaction = args.transaction as object | undefined;
    if (!transaction) return;
    const events = outboxes.get(transaction);
    if (!events?.length) return;
    outboxes.delete(transaction);
    const connection = args.em.getConnection();
    const run = (sql: string, params: unknown[] = []) => connection.execute(sql, params as never[], 'all', transaction as never);
    await run(`select pg_advisory_xact_lock(${APPEND_LOCK})`);
    for (const event of events) {
      const [row] = await run(
        `insert into event_log (stream, type, occurred_at, subject_id, team_ids, user_ids, data, actor_id)
         values (?, ?, ?, ?, ?::text[], ?::text[], ?::jsonb, ?) returning id::text as id`,
        [event.stream, event.type, event.occurredAt, event.subjectId, pgArray(event.teamIds), pgArray(event.userIds), JSON.stringify(event.data ?? {}), event.actorId ?? null],
      );
      await run(`select pg_notify('${EVENTS_CHANNEL}', ?)`, [(row as { id: string }).id]);
    }
  }

  afterTransactionRollback(args: TransactionEventArgs): void {
    if (args.transaction) outboxes.delete(args.transaction as object);
  }
}

/** A text[] literal; ids are ours (letters, digits, underscore), so no quoting is needed. */
function pgArray(values: string[]): string {
  return `{${values.filter((value) => /^[A-Za-z0-9_]+$/.test(value)).join(',')}}`;
}
