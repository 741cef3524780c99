import { selectRows } from '../../db/sql';
import { defineNestedList, SortDirection, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { defineLoader } from '../../graphql/loaders';
import type { EventRow } from './event-log';
import { EventStream } from './event.entity';
import type { EventOrder, OfferEventFilter, PaymentEventFilter } from './events.types';

/**
 * The newest event id, read once per request: every history list of the request stops at it
 * and hands it out as `latestEventId`. Ids are given out in commit order (see EventOutbox), so
 * every event up to it has committed, and one committed later has a larger id: a subscription
 * `after` it receives exactly the events the history does not hold.
 */
const latestEventIdLoader = defineLoader<'latest', string>(async (em, keys) => {
  const [row] = await selectRows<{ id: string }>(em, 'select coalesce(max(id), 0)::text as id from event_log');
  return keys.map(() => row.id);
});

/** EVENT_COLUMNS of the table aliased `e`. */
const HISTORY_COLUMNS = `e.id::text as id, e.stream, e.type, e.occurred_at as "occurredAt", e.subject_id as "subjectId", e.team_ids as "teamIds", e.user_ids as "userIds", e.data, e.actor_id as "actorId"`;

export interface HistoryArgs extends ConnectionArgs {
  stream: EventStream;
  upTo: string;
  types: string[] | null;
  occurredAfter: Date | null;
  occurredBefore: Date | null;
  direction: SortDirection;
}

/** A team's events of one stream, up to `upTo`, batched across the teams of a request (GIN index on team_ids). */
const teamHistory = defineNestedList<EventRow & { seq: string }, HistoryArgs>((teamIds, args) => {
  const where = ['e.stream = ?', 'e.id <= ?::bigint'];
  const params: unknown[] = [teamIds, args.stream, args.upTo];
  if (args.types) {
    where.push(args.types.length ? 'e.type in (?)' : 'false');
    if (args.types.length) params.push(args.types);
  }
  if (args.occurredAfter) {
    where.push('e.occurred_at >= ?');
    params.push(args.occurredAfter);
  }
  if (args.occurredBefore) {
    where.push('e.occurred_at < ?');
    params.push(args.occurredBefore);
  }
  return {
    sql: `select ${HISTORY_COLUMNS}, e.id as seq, k.team_id as "teamKey"
      from (select unnest(array[?]::text[]) as team_id) k
      join event_log e on e.team_ids @> array[k.team_id]
      where ${where.join(' and ')}`,
    params,
    partitionBy: 'teamKey',
    sort: { column: 'seq', type: 'bigint', direction: args.direction },
  };
});

export type HistoryPage<T> = Page<T> & { latestEventId: string };

/** `Team.offerEvents` / `Team.paymentEvents` (the caller's permission is checked by the resolver). */
export async function teamEventHistory<T>(
  ctx: Context,
  toEvent: (row: EventRow) => T,
  teamId: string,
  stream: EventStream,
  args: ConnectionArgs,
  filter: OfferEventFilter | PaymentEventFilter | null | undefined,
  orderBy: EventOrder | null | undefined,
): Promise<HistoryPage<T>> {
  const latestEventId = await latestEventIdLoader(ctx).load('latest');
  const page = await teamHistory(ctx, teamId, {
    first: args.first,
    after: args.after,
    last: args.last,
    before: args.before,
    stream,
    upTo: latestEventId,
    types: filter?.types ?? null,
    occurredAfter: filter?.occurredAfter ?? null,
    occurredBefore: filter?.occurredBefore ?? null,
    direction: orderBy?.direction ?? SortDirection.DESC,
  });
  return {
    latestEventId,
    totalCount: page.totalCount,
    nodes: page.nodes.map(toEvent),
    get edges() {
      return page.edges.map((edge) => ({ cursor: edge.cursor, node: toEvent(edge.node) }));
    },
    get pageInfo() {
      return page.pageInfo;
    },
  };
}
