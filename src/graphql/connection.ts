import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { selectRows } from '../db/sql';
import { badInput } from './errors';
import type { HasLoaders } from './loaders';
import { isBadString } from '../shared/text';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'The direction of an ordering.',
  valuesConfig: { ASC: { description: 'Smallest or earliest first.' }, DESC: { description: 'Largest or latest first.' } },
});

@ObjectType({ description: 'Where a page of a connection stands in the whole list (Relay).' })
export class PageInfo {
  @Field({ description: 'Whether there are more items after this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether there are items before this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first edge of this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge of this page.' })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Items after \`after\`, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page: items after it.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Items before \`before\`, at most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page: items before it.' })
  before?: string | null;
}

@InputType({ description: "A date range of a list whose items have one date (the list's description names it): at or after `from`, before `to`; either end may be left open." })
export class DateRangeFilter {
  @Field(() => Date, { nullable: true, description: 'Only items dated at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only items dated before this instant.' })
  to?: Date | null;
}

@InputType({ description: "An ordering by a list's date (the list's description names it)." })
export class ChronologicalOrder {
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'DESC (newest first) when omitted; ASC for oldest first.' })
  direction: SortDirection;
}

/** The arguments of a list ordered and filtered by one date. */
@ArgsType()
export class DatedListArgs extends ConnectionArgs {
  @Field(() => DateRangeFilter, { nullable: true, description: 'Which items, by date; all when omitted.' })
  filter?: DateRangeFilter | null;

  @Field(() => ChronologicalOrder, { nullable: true, description: 'The order; newest first when omitted.' })
  orderBy?: ChronologicalOrder | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a node type. A connection with more fields
 * extends it under its own name and passes another `connectionName` for the (unused) base.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name = nodeType.name, connectionName = `${name}Connection`) {
  @ObjectType(`${name}Edge`, { description: `An item of a ${name} list, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Pass to `after` or `before` to page from this item.' })
    cursor: string;

    @Field(() => nodeType, { description: 'The item.' })
    node: T;
  }

  @ObjectType(connectionName, { description: `A page of ${name} items (Relay connection).` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page, without cursors.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount: number;
  }
  return ConnectionClass;
}

export type SortType = 'text' | 'timestamptz' | 'bigint' | 'int';

/** How a list is ordered: a column of the rows (by its alias), always tie-broken by `id`. */
export interface SortSpec {
  column: string;
  type: SortType;
  direction: SortDirection;
}

/**
 * The rows behind a list: one SELECT without ORDER BY or LIMIT, whose rows have an `id`.
 * For a batched nested list, `partitionBy` names the column holding the parent's key and the
 * SELECT must already be restricted to the batch's keys.
 */
export interface ListQuery {
  sql: string;
  params: unknown[];
  sort: SortSpec;
  partitionBy?: string;
}

interface PageRow {
  id: string;
  __key: string | null;
  __total: string;
  [column: string]: unknown;
}

/** A cursor is a JSON array in base64url: opaque to clients, checked on the way back in. */
function toCursor(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

const CURSOR_MAX_LENGTH = 4096;

/** The JSON a cursor carries; undefined for one too long or not base64url JSON. */
function fromCursor(cursor: string): unknown {
  if (cursor.length > CURSOR_MAX_LENGTH) return undefined;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function encodeCursor(value: unknown, id: string): string {
  return toCursor([value instanceof Date ? value.toISOString() : value, id]);
}

/** A sort value as a cursor may carry it for a column of `type`; anything else is a forged cursor. */
function cursorValueFits(value: unknown, type: SortType): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string' && !isBadString(value);
    case 'timestamptz':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(value) && !Number.isNaN(Date.parse(value));
    case 'bigint':
      return (typeof value === 'string' && /^-?\d{1,18}$/.test(value)) || Number.isSafeInteger(value);
    case 'int':
      return Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1;
  }
}

function decodeCursor(cursor: string, type: SortType): [unknown, string] {
  const decoded = fromCursor(cursor);
  if (
    Array.isArray(decoded) &&
    decoded.length === 2 &&
    typeof decoded[1] === 'string' &&
    decoded[1].length <= 64 &&
    !isBadString(decoded[1]) &&
    (decoded[0] === null || cursorValueFits(decoded[0], type))
  ) {
    return decoded as [unknown, string];
  }
  throw badInput('That cursor is not valid for this list.');
}

function pageSize(args: ConnectionArgs): { forward: boolean; limit: number } {
  if (args.first != null && args.last != null) throw badInput('Pass either `first` or `last`, not both.');
  const forward = args.last == null;
  const limit = (forward ? args.first : args.last) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(`\`${forward ? 'first' : 'last'}\` must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return { forward, limit };
}

const quote = (column: string) => `"${column.replace(/"/g, '""')}"`;

/**
 * Pages of one or many lists in a single statement: totals per partition, a row_number
 * window for the page, the cursor as a row comparison on (sort column, id).
 */
function buildPageSql(query: ListQuery, args: ConnectionArgs) {
  const { forward, limit } = pageSize(args);
  const cursor = forward ? args.after : args.before;
  const ascending = (query.sort.direction === SortDirection.ASC) === forward;
  const dir = ascending ? 'asc' : 'desc';
  const col = quote(query.sort.column);
  const key = query.partitionBy ? quote(query.partitionBy) : null;
  const params = [...query.params];
  let cursorFilter = '';
  if (cursor) {
    const [value, id] = decodeCursor(cursor, query.sort.type);
    cursorFilter = `where (b.${col}, b."id") ${ascending ? '>' : '<'} (?::${query.sort.type}, ?)`;
    params.push(value, id);
  }
  const keyExpr = key ? `b.${key}` : `null::text`;
  const sql = `with b as (${query.sql}),
t as (select ${keyExpr} as "__key", count(*) as "__total" from b ${key ? `group by b.${key}` : ''}),
p as (select * from (select b.*, ${keyExpr} as "__pkey", row_number() over (${key ? `partition by b.${key}` : ''} order by b.${col} ${dir}, b."id" ${dir}) as "__rn" from b ${cursorFilter}) r where "__rn" <= ${limit + 1})
select p.*, t."__key", t."__total" from t left join p on p."__pkey" is not distinct from t."__key" order by t."__key", p."__rn"`;
  return { sql, params, forward, limit, hasCursor: Boolean(cursor) };
}

function toPage<T>(rows: PageRow[], query: ListQuery, plan: { forward: boolean; limit: number; hasCursor: boolean }): Page<T> {
  const totalCount = rows.length ? Number(rows[0].__total) : 0;
  const items = rows.filter((row) => row.id != null);
  const more = items.length > plan.limit;
  const kept = items.slice(0, plan.limit);
  if (!plan.forward) kept.reverse();
  const cursorOf = (row: PageRow) => encodeCursor(row[query.sort.column], row.id);
  // Cursors are made only when a client asks for edges or pageInfo: many read only `nodes`.
  return {
    nodes: kept as unknown as T[],
    totalCount,
    get edges() {
      return kept.map((row) => ({ cursor: cursorOf(row), node: row as unknown as T }));
    },
    get pageInfo() {
      return {
        hasNextPage: plan.forward ? more : plan.hasCursor,
        hasPreviousPage: plan.forward ? plan.hasCursor : more,
        startCursor: kept.length ? cursorOf(kept[0]) : null,
        endCursor: kept.length ? cursorOf(kept[kept.length - 1]) : null,
      };
    },
  };
}

/** One page of a top-level list. */
export async function loadPage<T>(em: EntityManager, query: ListQuery, args: ConnectionArgs): Promise<Page<T>> {
  const plan = buildPageSql(query, args);
  const rows = await selectRows<PageRow>(em, plan.sql, plan.params);
  return toPage<T>(rows, query, plan);
}

let listCounter = 0;

/**
 * Declares a nested list (a connection field on a parent type) that is loaded for every parent
 * of a request in one statement: `build` gets all the parents' keys and the field's arguments.
 */
export function defineNestedList<T, A extends ConnectionArgs>(build: (keys: readonly string[], args: A) => ListQuery) {
  const id = `list${++listCounter}`;
  return (ctx: HasLoaders, parentKey: string, args: A): Promise<Page<T>> => {
    const { first, after, last, before, ...filters } = args;
    const token = `${id}:${JSON.stringify([first, after, last, before, filters])}`;
    const loader = ctx.loaders.get<string, Page<T>>(token, async (em, keys) => {
      const query = build(keys, args);
      const plan = buildPageSql(query, args);
      const rows = await selectRows<PageRow>(em, plan.sql, plan.params);
      const grouped = new Map<string, PageRow[]>();
      for (const row of rows) {
        const list = grouped.get(String(row.__key)) ?? [];
        list.push(row);
        grouped.set(String(row.__key), list);
      }
      return keys.map((key) => toPage<T>(grouped.get(key) ?? [], query, plan));
    });
    return loader.load(parentKey);
  };
}

/**
 * A page of a short list already loaded whole (batched by its loader): the lists a parent holds
 * a bounded few of (invitations, change histories, sites). Cursors are positions in the list,
 * in the list's fixed order; `first`/`last` and the page-size limits work as everywhere.
 */
export function pageOfList<T>(items: readonly T[], args: ConnectionArgs): Page<T> {
  const { forward, limit } = pageSize(args);
  const position = (cursor: string | null | undefined): number | null => {
    if (cursor == null) return null;
    const decoded = fromCursor(cursor);
    if (Array.isArray(decoded) && decoded[0] === 'at' && Number.isInteger(decoded[1]) && decoded[1] >= 0) return decoded[1] as number;
    throw badInput('That cursor is not valid for this list.');
  };
  const after = position(args.after);
  const before = position(args.before);
  let start = after == null ? 0 : after + 1;
  let end = before == null ? items.length : Math.min(before, items.length);
  if (forward) end = Math.min(end, start + limit);
  else start = Math.max(start, end - limit);
  const window = items.slice(start, Math.max(start, end)).map((node, index) => ({ node, at: start + index }));
  const cursorOf = (at: number) => toCursor(['at', at]);
  return {
    nodes: window.map((item) => item.node),
    totalCount: items.length,
    edges: window.map((item) => ({ cursor: cursorOf(item.at), node: item.node })),
    pageInfo: {
      hasNextPage: forward ? end < (before == null ? items.length : Math.min(before, items.length)) : before != null && before < items.length,
      hasPreviousPage: forward ? start > 0 : start > (after == null ? 0 : after + 1),
      startCursor: window.length ? cursorOf(window[0].at) : null,
      endCursor: window.length ? cursorOf(window[window.length - 1].at) : null,
    },
  };
}
