import type { EntityManager } from '@mikro-orm/postgresql';
import { selectOne, selectRows } from '../../db/sql';
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
}

export const EVENT_COLUMNS = `id::text as id, stream, type, occurred_at as "occurredAt", subject_id as "subjectId", team_ids as "teamIds", user_ids as "userIds", data`;

/**
 * Writes an event inside the caller's transaction and announces it. Call it as the last step
 * of a transaction: a transaction-scoped lock makes event-writing transactions commit one at a
 * time, so ids are handed out in commit order and a reader that has seen id N has seen every
 * event before it. NOTIFY is delivered only if, and when, the transaction commits.
 */
export async function appendEvent(em: EntityManager, event: NewEvent): Promise<string> {
  await selectRows(em, `select pg_advisory_xact_lock(${APPEND_LOCK})`);
  const row = await selectOne<{ id: string }>(
    em,
    `insert into event_log (stream, type, occurred_at, subject_id, team_ids, user_ids, data)
     values (?, ?, ?, ?, ?::text[], ?::text[], ?::jsonb) returning id::text as id`,
    [event.stream, event.type, event.occurredAt, event.subjectId, pgArray(event.teamIds), pgArray(event.userIds), JSON.stringify(event.data ?? {})],
  );
  await selectRows(em, `select pg_notify('${EVENTS_CHANNEL}', ?)`, [row!.id]);
  return row!.id;
}

/** A text[] literal; ids are ours (letters, digits, underscore), so no quoting is needed. */
function pgArray(values: string[]): string {
  return `{${values.filter((value) => /^[A-Za-z0-9_]+$/.test(value)).join(',')}}`;
}
