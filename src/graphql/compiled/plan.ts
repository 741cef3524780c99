/**
 * The read compiler: turns a query for one of the lists it covers into ONE SQL statement that
 * builds the whole `data` object as JSON inside PostgreSQL (the approach of PostGraphile and
 * Join Monster), instead of resolving it field by field. It covers
 *
 * - `teams(first, filter: { kind })` and `contracts(first)`, staff's internal-tools lists;
 * - `team(id) { ... offers(first) { ... } members(first) { ... } }`, a team's dashboard;
 *
 * with the fields of `tables.ts` below them. It compiles only what it is sure to answer exactly
 * as the resolvers would, for this viewer: anything else (another field or argument, a fragment,
 * a directive, a viewer the permission table does not grant every selected field) returns null
 * and the operation runs through the resolvers as always, errors and all. The permission checks
 * are the resolvers' rules: staff's read rights (READ_PERMISSIONS), and for a team the roles the
 * permission table grants, written into the statement's WHERE clause.
 */
import { createHash } from 'node:crypto';
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Permission, ROLES_BY_KIND, rolesAllow, TeamKind, type TeamRole } from '../../auth/permissions';
import { selectOne } from '../../db/sql';
import { isIdOf } from '../../shared/ids';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../connection';
import { CACHED_VARIABLES_MAX } from '../operation-guard';
import { KeptPerObject } from '../../shared/kept-per-object';
import type { Context } from '../context';
import { TABLE_TYPES, type FieldSql } from './tables';

/**
 * The roles of a team of `kind` that grant `permission`, from the permission table, as a
 * PostgreSQL array literal (a JS array parameter would be expanded into a list).
 */
function rolesGranting(kind: TeamKind, permission: Permission): string {
  const roles: TeamRole[] = ROLES_BY_KIND[kind].filter((role) => rolesAllow(kind, [role], permission));
  return `{${roles.join(',')}}`;
}

/** Stands for the request's business instant among the parameters until it is read. */
const NOW = Symbol('now');

/**
 * Which fields the viewer may be answered from SQL. Staff read everything the tables hold
 * (READ_PERMISSIONS); anyone else only public profiles, plus the lists of the root `team(id)`
 * that `compileRoot` checked the permission table for.
 */
interface Grant {
  staff: boolean;
}

class Unsupported extends Error {}

const unsupported = (): never => {
  throw new Unsupported();
};

class Statement {
  readonly params: unknown[] = [];
  private aliases = 0;
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly variables: Record<string, unknown>,
    private readonly grant: Grant,
  ) {}

  /** A placeholder; parameters are added in the order their text is written. */
  param = (value: unknown): string => {
    this.params.push(value === 'now' ? NOW : value);
    return '?';
  };

  alias(): string {
    return `r${++this.aliases}`;
  }

  args(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    return getArgumentValues(field, node, this.variables);
  }

  /** The response keys and fields of a selection set: plain fields only, each key once. */
  fields(set: SelectionSetNode | undefined): FieldNode[] {
    if (!set) return unsupported();
    const keys = new Set<string>();
    return set.selections.map((selection) => {
      if (selection.kind !== Kind.FIELD || selection.directives?.length) return unsupported();
      const key = selection.alias?.value ?? selection.name.value;
      if (keys.has(key)) unsupported();
      keys.add(key);
      return selection;
    });
  }

  /** `first`, the only page argument compiled: within the limits the resolvers enforce. */
  first(args: Record<string, unknown>, allowed: string[] = []): number {
    for (const [name, value] of Object.entries(args)) {
      if (name !== 'first' && !allowed.includes(name) && value !== undefined && value !== null) unsupported();
    }
    const first = (args.first as number | null | undefined) ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) unsupported();
    return first;
  }

  /** A JSON object of `typeName` for the row aliased `row`; `depth` 0 is the operation's root object. */
  object(typeName: string, set: SelectionSetNode | undefined, row: string, depth: number): string {
    const table = TABLE_TYPES[typeName];
    const type = this.schema.getType(typeName);
    if (!table || !isObjectType(type)) return unsupported();
    const parts = this.fields(set).map((node) => {
      const name = node.name.value;
      const key = node.alias?.value ?? name;
      if (name === '__typename') return `'${key}', '${typeName}'`;
      const spec = table.fields[name];
      const field = type.getFields()[name];
      if (!spec || !field || !this.allows(typeName, name, depth)) return unsupported();
      return `'${key}', ${this.field(spec, field, node, row, depth)}`;
    });
    return `json_build_object(${parts.join(', ')})`;
  }

  private allows(typeName: string, field: string, depth: number): boolean {
    if (this.grant.staff) return true;
    // Beyond a team's public profile: only the root team's own lists (checked in compileRoot).
    if (typeName === 'Team' && (field === 'members' || field === 'offers')) return depth === 0;
    return true;
  }

  private field(spec: FieldSql, field: GraphQLField<unknown, unknown>, node: FieldNode, row: string, depth: number): string {
    if (node.arguments?.length && spec.kind !== 'connection') unsupported();
    switch (spec.kind) {
      case 'value':
        if (node.selectionSet) unsupported();
        return spec.sql(row, this.param);
      case 'money': {
        const parts = this.fields(node.selectionSet).map((money) => {
          const key = money.alias?.value ?? money.name.value;
          if (money.arguments?.length) unsupported();
          switch (money.name.value) {
            case 'amount':
              return `'${key}', to_char(${spec.cents(row)} / 100.0, 'FM999999999999990.00')`;
            case 'currency':
              return `'${key}', 'USD'`;
            case '__typename':
              return `'${key}', 'Money'`;
            default:
              return unsupported();
          }
        });
        return `json_build_object(${parts.join(', ')})`;
      }
      case 'object': {
        const related = this.alias();
        const inner = this.object(spec.type, node.selectionSet, related, depth + 1);
        return `(select ${inner} from ${TABLE_TYPES[spec.type].table} ${related} where ${spec.where(row, related)})`;
      }
      case 'connection':
        return this.connection(
          getNamedType(field.type) as GraphQLObjectType,
          spec.type,
          node,
          this.first(this.args(field, node)),
          (related) => spec.where(row, related),
          spec.order,
          depth + 1,
          spec.from?.(row),
        );
    }
  }

  /** A connection object (`totalCount`, `nodes`) of the rows of `typeName` that `where` keeps. */
  connection(
    connectionType: GraphQLObjectType,
    typeName: string,
    node: FieldNode,
    first: number,
    where: (related: string) => string,
    order: (related: string) => string,
    depth: number,
    from = TABLE_TYPES[typeName].table,
  ): string {
    const parts = this.fields(node.selectionSet).map((part) => {
      const key = part.alias?.value ?? part.name.value;
      if (part.arguments?.length) unsupported();
      switch (part.name.value) {
        case 'totalCount': {
          const counted = this.alias();
          return `'${key}', (select count(*) from ${from} ${counted} where ${where(counted)})`;
        }
        case 'nodes': {
          const page = this.alias();
          const inner = this.alias();
          const object = this.object(typeName, part.selectionSet, page, depth);
          return `'${key}', coalesce((select json_agg(${object} order by ${order(page)}) from (select * from ${from} ${inner} where ${where(inner)} order by ${order(inner)} limit ${first}) ${page}), '[]'::json)`;
        }
        case '__typename':
          return `'${key}', '${connectionType.name}'`;
        default:
          return unsupported();
      }
    });
    return `json_build_object(${parts.join(', ')})`;
  }
}

/** The root fields compiled, each with the check the resolvers make for the viewer. */
async function compileRoot(ctx: Context, statement: Statement, schema: GraphQLSchema, node: FieldNode): Promise<string | null> {
  const query = schema.getQueryType()!;
  const field = query.getFields()[node.name.value];
  if (!field) return null;
  const args = statement.args(field, node);
  const key = node.alias?.value ?? node.name.value;
  const viewer = ctx.viewer;
  switch (node.name.value) {
    case 'teams': {
      // listTeams: staff only; a `kind` filter, oldest first.
      if (!viewer?.isStaff) return null;
      const filter = (args.filter ?? {}) as Record<string, unknown>;
      if (Object.entries(filter).some(([name, value]) => name !== 'kind' && value !== undefined && value !== null)) return null;
      const first = statement.first(args, ['filter']);
      const kind = filter.kind as string | undefined;
      const where = (t: string) => (kind ? `${t}.kind = ${statement.param(kind)}` : 'true');
      const connection = statement.connection(getNamedType(field.type) as GraphQLObjectType, 'Team', node, first, where, (t) => `${t}.created_at asc, ${t}.id asc`, 0);
      return `json_build_object('${key}', ${connection})`;
    }
    case 'contracts': {
      // listContracts: staff only; newest first.
      if (!viewer?.isStaff) return null;
      const first = statement.first(args);
      const connection = statement.connection(getNamedType(field.type) as GraphQLObjectType, 'Contract', node, first, () => 'true', (c) => `${c}.created_at desc, ${c}.id desc`, 0);
      return `json_build_object('${key}', ${connection})`;
    }
    case 'team': {
      // A team's public profile for anyone signed in (getTeam); its members for roles with
      // ViewTeam (Team.members), its offers with their figures for roles with ViewWork and
      // ViewWorkFigures (teamOffers, canSeeFigures); staff read all of it. The membership test
      // is the permission table's, written into the statement's WHERE: a caller it refuses
      // gets null here, and the resolvers then answer (and refuse) as always.
      const id = String(args.id);
      if (!viewer || !isIdOf('Team', id)) return null;
      const selected = new Set(statement.fields(node.selectionSet).map((f) => f.name.value));
      const needed = [...(selected.has('members') ? [Permission.ViewTeam] : []), ...(selected.has('offers') ? [Permission.ViewWork, Permission.ViewWorkFigures] : [])];
      const team = statement.alias();
      const member = statement.alias();
      const gate = () =>
        viewer.isStaff || !needed.length
          ? 'true'
          : `exists (select 1 from member ${member} where ${member}.team_id = ${team}.id and ${member}.user_id = ${statement.param(viewer.id)} and ${member}.status = 'ACTIVE' and ${needed
              .map((permission) => `(case ${team}.kind ${Object.values(TeamKind).map((kind) => `when '${kind}' then ${member}.roles && ${statement.param(rolesGranting(kind, permission))}::text[]`).join(' ')} else false end)`)
              .join(' and ')})`;
      // A missing team answers no row: the resolvers then say NOT_FOUND.
      return `(select case when ${gate()} then json_build_object('${key}', ${statement.object('Team', node.selectionSet, team, 0)}) end from team ${team} where ${team}.id = ${statement.param(id)})`;
    }
    default:
      return null;
  }
}

/**
 * The `data` of `operation` from one SQL statement, as JSON text, or null when the compiler does
 * not cover it for this viewer (the caller then executes it as usual).
 */
export async function runCompiled(
  ctx: Context,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): Promise<string | null> {
  const compiled = await compiledFor(ctx, schema, operation, rawVariables);
  if (!compiled) return null;
  const params = compiled.params.includes(NOW) ? await withNow(ctx, compiled.params) : compiled.params;
  try {
    const row = await runPrepared<{ data: string | null }>(ctx, compiled.sql, params);
    return row?.data ?? null;
  } catch {
    // A failed statement (a timeout, a lost connection) is answered as the resolvers would
    // answer it, with their errors: they run next.
    return null;
  }
}

interface Compiled {
  sql: string;
  params: unknown[];
}

/**
 * What each operation compiled to, by viewer and variables: null when not compiled. The
 * statement depends on nothing else (the viewer's id and staff status, the variables' values and
 * the document), so a client repeating a query skips compiling it. The operation guard keeps one
 * document object per text, so equal texts share an entry. At most 2,000 entries in all (then
 * it starts again), each for variables of at most CACHED_VARIABLES_MAX characters: what clients
 * send cannot make it grow.
 */
const compiledCache = new KeptPerObject<OperationDefinitionNode, Compiled | null>(2_000);

async function compiledFor(ctx: Context, schema: GraphQLSchema, operation: OperationDefinitionNode, rawVariables: Record<string, unknown> | undefined): Promise<Compiled | null> {
  const variables = JSON.stringify(rawVariables ?? {});
  if (variables.length > CACHED_VARIABLES_MAX) return compile(ctx, schema, operation, rawVariables);
  const key = `${ctx.viewer?.id ?? ''} ${ctx.viewer?.isStaff ? 'staff' : ''} ${variables}`;
  let compiled = compiledCache.get(operation, key);
  if (compiled === undefined) {
    compiled = await compile(ctx, schema, operation, rawVariables);
    compiledCache.set(operation, key, compiled);
  }
  return compiled;
}

async function compile(ctx: Context, schema: GraphQLSchema, operation: OperationDefinitionNode, rawVariables: Record<string, unknown> | undefined): Promise<Compiled | null> {
  if (operation.operation !== 'query' || operation.directives?.length) return null;
  const roots = operation.selectionSet.selections;
  if (roots.length !== 1 || roots[0].kind !== Kind.FIELD || roots[0].directives?.length) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const statement = new Statement(schema, coerced.coerced, { staff: !!ctx.viewer?.isStaff });
  let sql: string | null;
  try {
    sql = await compileRoot(ctx, statement, schema, roots[0]);
  } catch (error) {
    if (error instanceof Unsupported || (error as Error).name === 'GraphQLError') return null;
    throw error;
  }
  return sql ? { sql: `select (${sql})::text as data`, params: statement.params } : null;
}

/** Prepared statements of this process, by SQL text (each connection prepares a name once). */
const prepared = new Map<string, string>();
/** Beyond this many distinct statements new ones run unprepared: connections keep what they prepare. */
const MAX_PREPARED = 200;

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a compiled statement as a prepared statement on a connection of the request's pool: a
 * statement this long costs PostgreSQL more to plan than to run, and a prepared one is planned
 * once per connection (then PostgreSQL may keep a generic plan). Reported to the ORM's query
 * hook like every other statement.
 */
async function runPrepared<T>(ctx: Context, sql: string, params: unknown[]): Promise<T | undefined> {
  let name = prepared.get(sql);
  if (!name && prepared.size < MAX_PREPARED) prepared.set(sql, (name = `compiled_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`));
  if (!name) return selectOne<T>(ctx.em, sql, params);
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  ctx.em.config.get('onQuery')?.(sql, params);
  const client = ctx.em.getConnection().getKnex().client as { acquireConnection(): Promise<PgClient>; releaseConnection(connection: PgClient): Promise<void> };
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query({ name, text, values: params });
    return result.rows[0] as T | undefined;
  } finally {
    await client.releaseConnection(connection);
  }
}

async function withNow(ctx: Context, params: unknown[]): Promise<unknown[]> {
  const now = await ctx.clock.now();
  return params.map((param) => (param === NOW ? now : param));
}
