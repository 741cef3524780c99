/**
 * What the read compiler knows: for each GraphQL object type it may compile, the table behind it
 * and, for each field, the SQL that gives the field's value exactly as the type's resolvers give
 * it (same formats, same order, same page rules). A field missing here is not compiled: the
 * operation falls back to the resolvers. Nothing here decides who may see what; `plan.ts` only
 * compiles a selection after the permission table has allowed every field of it to the viewer.
 */

/** A field's SQL, given the alias of its row's table and a way to add a parameter. */
export type Param = (value: unknown) => string;

export type FieldSql =
  /** A column or expression of the row. */
  | { kind: 'value'; sql: (row: string, param: Param) => string }
  /** A `Money` object from a cents column. */
  | { kind: 'money'; cents: (row: string) => string }
  /** One related row, or null. */
  | { kind: 'object'; type: string; where: (row: string, related: string) => string }
  /**
   * A connection of related rows: `first` only, in the list's own order. `from` (a subquery in
   * place of the type's table) when the rows come from more than one index.
   */
  | { kind: 'connection'; type: string; where: (row: string, related: string) => string; order: (related: string) => string; from?: (row: string) => string };

export interface TableType {
  table: string;
  fields: Record<string, FieldSql>;
}

/** An ISO instant with milliseconds and `Z`, as the DateTime scalar writes it. */
export const isoSql = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const value = (sql: (row: string, param: Param) => string): FieldSql => ({ kind: 'value', sql });
const column = (name: string) => value((row) => `${row}.${name}`);
const instant = (name: string) => value((row) => `${isoSql(`${row}.${name}`)}`);

export const TABLE_TYPES: Record<string, TableType> = {
  Team: {
    table: 'team',
    fields: {
      id: column('id'),
      name: column('name'),
      kind: column('kind'),
      createdAt: instant('created_at'),
      // Team.members: every membership, former ones too, by id (team.loaders.ts membersOfTeam).
      members: { kind: 'connection', type: 'Member', where: (row, m) => `${m}.team_id = ${row}.id`, order: (m) => `${m}.id asc` },
      // Team.offers (teamOffers): an agency's as the agency, a client team's as the client; newest
      // first. One branch per side, each on its own index (the other is skipped by its kind test).
      offers: {
        kind: 'connection',
        type: 'Offer',
        from: (row) => `(select * from offer where ${row}.kind = 'AGENCY' and agency_id = ${row}.id union all select * from offer where ${row}.kind = 'CLIENT' and client_team_id = ${row}.id)`,
        where: () => 'true',
        order: (o) => `${o}.created_at desc, ${o}.id desc`,
      },
    },
  },
  Member: {
    table: 'member',
    fields: {
      id: column('id'),
      roles: column('roles'),
      relationship: column('relationship'),
      status: column('status'),
      joinedAt: instant('joined_at'),
      leftAt: instant('left_at'),
      user: { kind: 'object', type: 'User', where: (row, u) => `${u}.id = ${row}.user_id` },
    },
  },
  // Only the public profile: fields any signed-in caller sees.
  User: {
    table: 'app_user',
    fields: {
      id: column('id'),
      name: column('name'),
    },
  },
  Job: {
    table: 'job',
    fields: {
      id: column('id'),
      title: column('title'),
      kind: column('kind'),
    },
  },
  Offer: {
    table: 'offer',
    fields: {
      id: column('id'),
      title: column('title'),
      kind: column('kind'),
      createdAt: instant('created_at'),
      expiresAt: instant('expires_at'),
      // OFFER_STATUS_AT: a pending offer past its expiry reads EXPIRED at the request's instant.
      status: value((row, param) => `(case when ${row}.status = 'PENDING' and ${row}.expires_at <= ${param('now')}::timestamptz then 'EXPIRED' else ${row}.status end)`),
      job: { kind: 'object', type: 'Job', where: (row, j) => `${j}.id = ${row}.job_id` },
      freelancer: { kind: 'object', type: 'User', where: (row, u) => `${u}.id = ${row}.freelancer_id` },
      clientTeam: { kind: 'object', type: 'Team', where: (row, t) => `${t}.id = ${row}.client_team_id` },
      agency: { kind: 'object', type: 'Team', where: (row, t) => `${t}.id = ${row}.agency_id` },
      contract: { kind: 'object', type: 'Contract', where: (row, c) => `${c}.offer_id = ${row}.id` },
    },
  },
  Contract: {
    table: 'contract',
    fields: {
      id: column('id'),
      title: column('title'),
      kind: column('kind'),
      status: column('status'),
      createdAt: instant('created_at'),
      endedAt: instant('ended_at'),
      clientTeam: { kind: 'object', type: 'Team', where: (row, t) => `${t}.id = ${row}.client_team_id` },
      agency: { kind: 'object', type: 'Team', where: (row, t) => `${t}.id = ${row}.agency_id` },
      freelancer: { kind: 'object', type: 'User', where: (row, u) => `${u}.id = ${row}.freelancer_id` },
      job: { kind: 'object', type: 'Job', where: (row, j) => `${j}.id = ${row}.job_id` },
      // milestone.loaders.ts: by position; invoice.loaders.ts: latest week first (ties by id).
      milestones: { kind: 'connection', type: 'Milestone', where: (row, m) => `${m}.contract_id = ${row}.id`, order: (m) => `${m}.position asc, ${m}.id asc` },
      invoices: { kind: 'connection', type: 'Invoice', where: (row, i) => `${i}.contract_id = ${row}.id`, order: (i) => `${i}.week_start desc, ${i}.id desc` },
    },
  },
  Milestone: {
    table: 'milestone',
    fields: {
      id: column('id'),
      position: column('position'),
      description: column('description'),
      status: column('status'),
      dueAt: instant('due_at'),
      amount: { kind: 'money', cents: (row) => `${row}.amount_cents` },
    },
  },
  Invoice: {
    table: 'invoice',
    fields: {
      id: column('id'),
      weekStart: instant('week_start'),
      weekEnd: instant('week_end'),
      // hoursOf: minutes / 60 rounded to two places, a JSON number.
      hours: value((row) => `round(${row}.minutes / 60.0, 2)`),
      amount: { kind: 'money', cents: (row) => `${row}.amount_cents` },
      fee: { kind: 'money', cents: (row) => `${row}.fee_cents` },
    },
  },
};
