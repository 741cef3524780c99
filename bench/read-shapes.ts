/**
 * The data and the three read shapes of `npm run bench`: each shape's GraphQL query, who asks
 * it, and the hand-written baseline: ONE SQL statement that builds the whole response as JSON in
 * PostgreSQL (no GraphQL, no access checks), which a bare node:http server passes through.
 */
import { Client } from 'pg';

export const AGENCIES = 100;
export const MEMBERS = 10;
export const CLIENTS = 10;
/** Offers (each with a job, a fixed-price contract and its milestones) of the dashboard agency. */
export const DASHBOARD_OFFERS = 50;
export const MILESTONES = 5;
/** Hourly contracts of other agencies, each with INVOICES billed weeks (the staff page). */
export const HOURLY_CONTRACTS = 150;
export const INVOICES = 4;

const pad = (prefix: string, n: string, width: number) => `'${prefix}' || lpad((${n})::text, ${width}, '0')`;
const user = (n: string) => pad('usr_BENCH', n, 21);
const agency = (n: string) => pad('team_BENCH', n, 21);
const client = (n: string) => pad('team_BENCHC', n, 20);

export const DASHBOARD_TEAM = 'team_BENCH' + '1'.padStart(21, '0');
const DASHBOARD_OWNER_MEMBER = 'mem_BENCH' + '1'.padStart(22, '0');

/** Fills an empty, migrated database. Times are fixed (2030), so every run sees the same rows. */
export async function seed(url: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const users = AGENCIES * MEMBERS + CLIENTS;
  await db.query(`
    insert into app_user (id, email, name, password_hash, created_at)
    select ${user('i')}, 'u' || i || '@bench.test', 'Member ' || i, 'x', timestamptz '2030-01-01' + i * interval '1 second'
    from generate_series(1, ${users}) i;
    insert into team (id, name, kind, owner_id, created_at)
    select ${agency('t')}, 'Agency ' || t, 'AGENCY', ${user(`(t - 1) * ${MEMBERS} + 1`)}, timestamptz '2030-01-02' + t * interval '1 second'
    from generate_series(1, ${AGENCIES}) t;
    insert into member (id, team_id, user_id, roles, relationship, status, joined_at)
    select ${pad('mem_BENCH', 'i', 22)}, ${agency(`((i - 1) / ${MEMBERS}) + 1`)}, ${user('i')},
           case when (i - 1) % ${MEMBERS} = 0 then '{OWNER,BUSINESS_MANAGER}'::text[] else '{MEMBER}'::text[] end,
           'EXCLUSIVE', 'ACTIVE', timestamptz '2030-01-02' + i * interval '1 second'
    from generate_series(1, ${AGENCIES * MEMBERS}) i;
    insert into team (id, name, kind, owner_id, created_at)
    select ${client('c')}, 'Client ' || c, 'CLIENT', ${user(`${AGENCIES * MEMBERS} + c`)}, timestamptz '2030-01-02' + c * interval '1 second'
    from generate_series(1, ${CLIENTS}) c;
    insert into member (id, team_id, user_id, roles, status, joined_at)
    select ${pad('mem_BENCHC', 'c', 21)}, ${client('c')}, ${user(`${AGENCIES * MEMBERS} + c`)}, '{OWNER}'::text[], 'ACTIVE', timestamptz '2030-01-02'
    from generate_series(1, ${CLIENTS}) c;
  `);
  // Work: n = 1..DASHBOARD_OFFERS are the dashboard agency's fixed-price offers (freelancers: its
  // members 2..10); the rest are hourly contracts of agencies 2.. (newer: the staff page's first).
  const works = DASHBOARD_OFFERS + HOURLY_CONTRACTS;
  const fixed = `n <= ${DASHBOARD_OFFERS}`;
  const agencyNo = `(case when ${fixed} then 1 else 2 + (n - ${DASHBOARD_OFFERS} - 1) % ${AGENCIES - 1} end)`;
  const freelancer = `((${agencyNo} - 1) * ${MEMBERS} + 2 + n % ${MEMBERS - 1})`;
  const clientNo = `(1 + n % ${CLIENTS})`;
  const at = `timestamptz '2030-01-03' + n * interval '1 minute'`;
  await db.query(`
    insert into job (id, client_team_id, posted_by_id, title, description, kind, budget_cents, hourly_rate_min_cents, hourly_rate_max_cents, connects_required, status, created_at, closed_at, hired_at)
    select ${pad('job_BENCH', 'n', 22)}, ${client(clientNo)}, ${user(`${AGENCIES * MEMBERS} + ${clientNo}`)}, 'Job ' || n, 'Work number ' || n,
           case when ${fixed} then 'FIXED_PRICE' else 'HOURLY' end, case when ${fixed} then 500000 end, case when ${fixed} then null else 5000 end, case when ${fixed} then null else 9000 end,
           2, 'CLOSED', ${at}, ${at} + interval '1 hour', ${at} + interval '1 hour'
    from generate_series(1, ${works}) n;
    insert into offer (id, client_team_id, job_id, freelancer_id, agency_id, sent_by_id, title, kind, hourly_rate_cents, weekly_limit_hours, milestones, status, expires_at, created_at, responded_at, responded_by_id)
    select ${pad('off_BENCH', 'n', 22)}, ${client(clientNo)}, ${pad('job_BENCH', 'n', 22)}, ${user(freelancer)}, ${agency(agencyNo)}, ${user(`${AGENCIES * MEMBERS} + ${clientNo}`)},
           'Job ' || n, case when ${fixed} then 'FIXED_PRICE' else 'HOURLY' end, case when ${fixed} then null else 6000 + n end, case when ${fixed} then null else 40 end,
           '[]'::jsonb, 'ACCEPTED', ${at} + interval '7 days', ${at} + interval '1 hour', ${at} + interval '2 hours', ${user(`(${agencyNo} - 1) * ${MEMBERS} + 1`)}
    from generate_series(1, ${works}) n;
    insert into contract (id, offer_id, job_id, client_team_id, freelancer_id, agency_id, payee_team_id, title, kind, hourly_rate_cents, weekly_limit_hours, status, created_at)
    select ${pad('ctr_BENCH', 'n', 22)}, ${pad('off_BENCH', 'n', 22)}, ${pad('job_BENCH', 'n', 22)}, ${client(clientNo)}, ${user(freelancer)}, ${agency(agencyNo)}, ${agency(agencyNo)},
           'Job ' || n, case when ${fixed} then 'FIXED_PRICE' else 'HOURLY' end, case when ${fixed} then null else 6000 + n end, case when ${fixed} then null else 40 end,
           'ACTIVE', ${at} + interval '2 hours'
    from generate_series(1, ${works}) n;
    insert into milestone (id, contract_id, position, description, amount_cents, due_at, status, created_at, funded_at)
    select ${pad('mil_BENCH', `(n - 1) * ${MILESTONES} + p`, 22)}, ${pad('ctr_BENCH', 'n', 22)}, p, 'Step ' || p, 10000 * p + n,
           ${at} + p * interval '7 days', case when p = 1 then 'FUNDED' else 'PENDING_FUNDING' end, ${at} + interval '2 hours', case when p = 1 then ${at} + interval '3 hours' end
    from generate_series(1, ${DASHBOARD_OFFERS}) n, generate_series(1, ${MILESTONES}) p;
    insert into invoice (id, contract_id, week_start, week_end, minutes, amount_cents, fee_cents, created_at)
    select ${pad('inv_BENCH', `(n - 1) * ${INVOICES} + w`, 22)}, ${pad('ctr_BENCH', 'n', 22)},
           timestamptz '2030-01-07' + w * interval '7 days', timestamptz '2030-01-07' + (w + 1) * interval '7 days' - interval '1 millisecond',
           60 * (10 + w), (10 + w) * (6000 + n), (10 + w) * (6000 + n) / 10, timestamptz '2030-01-07' + (w + 1) * interval '7 days'
    from generate_series(${DASHBOARD_OFFERS + 1}, ${works}) n, generate_series(1, ${INVOICES}) w;
  `);
  await db.end();
}

/**
 * The viewers, signed up through the API: staff's email verified (staff must be), and `ownerId`
 * made the owner and business manager of the dashboard agency.
 */
export async function prepareViewers(url: string, ownerId: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query(`update app_user set email_verified_at = now() where email in ('staff@bench.test', 'owner@bench.test')`);
  await db.query('update member set user_id = $1 where id = $2', [ownerId, DASHBOARD_OWNER_MEMBER]);
  await db.query('update team set owner_id = $1 where id = $2', [ownerId, DASHBOARD_TEAM]);
  await db.end();
}

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const money = (cents: string) => `json_build_object('amount', to_char(${cents} / 100.0, 'FM9999999999990.00'))`;

export interface ReadShape {
  name: string;
  /** Who asks: the staff user or the dashboard agency's owner. */
  viewer: 'staff' | 'owner';
  query: string;
  variables?: Record<string, unknown>;
  /** The baseline: one statement returning the whole `{"data": ...}` body as text. */
  sql: string;
  params: unknown[];
  /** Throws unless `body` is a complete answer (so a run never counts errors as throughput). */
  check(body: any): void;
}

export const SHAPES: ReadShape[] = [
  {
    name: 'nested list',
    viewer: 'staff',
    query: `query NestedList {
  teams(first: 100, filter: { kind: AGENCY }) {
    totalCount
    nodes { id name members(first: 10) { nodes { id roles relationship user { id name } } } }
  }
}`,
    sql: `select json_build_object('data', json_build_object('teams', json_build_object(
  'totalCount', (select count(*) from team where kind = 'AGENCY'),
  'nodes', coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name, 'members', json_build_object('nodes', coalesce((
      select json_agg(json_build_object('id', m.id, 'roles', m.roles, 'relationship', m.relationship, 'user', json_build_object('id', u.id, 'name', u.name)) order by m.id)
      from (select * from member where team_id = t.id order by id limit 10) m join app_user u on u.id = m.user_id), '[]'::json))) order by t.created_at, t.id)
    from (select * from team where kind = 'AGENCY' order by created_at, id limit 100) t), '[]'::json))))::text as body`,
    params: [],
    check(body) {
      const nodes = body.data.teams.nodes;
      if (nodes.length !== AGENCIES || nodes.some((team: any) => team.members.nodes.length !== MEMBERS)) throw new Error('incomplete');
    },
  },
  {
    name: 'agency dashboard',
    viewer: 'owner',
    query: `query AgencyDashboard($id: ID!) {
  team(id: $id) {
    offers(first: 50) {
      nodes { status job { title } freelancer { name } contract { status milestones(first: 10) { nodes { amount { amount } status } } } }
    }
  }
}`,
    variables: { id: DASHBOARD_TEAM },
    sql: `select json_build_object('data', json_build_object('team', json_build_object('offers', json_build_object('nodes', coalesce((
  select json_agg(json_build_object(
      'status', (case when o.status = 'PENDING' and o.expires_at <= now() then 'EXPIRED' else o.status end),
      'job', case when j.id is null then null else json_build_object('title', j.title) end,
      'freelancer', json_build_object('name', f.name),
      'contract', case when c.id is null then null else json_build_object('status', c.status, 'milestones', json_build_object('nodes', coalesce((
          select json_agg(json_build_object('amount', ${money('m.amount_cents')}, 'status', m.status) order by m.position, m.id)
          from (select * from milestone where contract_id = c.id order by position, id limit 10) m), '[]'::json))) end
    ) order by o.created_at desc, o.id desc)
  from (select * from offer where agency_id = $1 order by created_at desc, id desc limit 50) o
  left join job j on j.id = o.job_id join app_user f on f.id = o.freelancer_id left join contract c on c.offer_id = o.id), '[]'::json)))))::text as body`,
    params: [DASHBOARD_TEAM],
    check(body) {
      const nodes = body.data.team.offers.nodes;
      if (nodes.length !== DASHBOARD_OFFERS || nodes.some((offer: any) => offer.contract.milestones.nodes.length !== MILESTONES || offer.contract.milestones.nodes[0].amount === null)) throw new Error('incomplete');
    },
  },
  {
    name: 'staff contracts',
    viewer: 'staff',
    query: `query StaffContracts {
  contracts(first: 100) {
    totalCount
    nodes {
      id title status createdAt
      clientTeam { name } agency { name } freelancer { name }
      invoices(first: 10) { nodes { weekStart hours amount { amount } fee { amount } } }
    }
  }
}`,
    sql: `select json_build_object('data', json_build_object('contracts', json_build_object(
  'totalCount', (select count(*) from contract),
  'nodes', coalesce((select json_agg(json_build_object(
      'id', c.id, 'title', c.title, 'status', c.status, 'createdAt', ${iso('c.created_at')},
      'clientTeam', json_build_object('name', ct.name),
      'agency', case when a.id is null then null else json_build_object('name', a.name) end,
      'freelancer', json_build_object('name', f.name),
      'invoices', json_build_object('nodes', coalesce((
          select json_agg(json_build_object('weekStart', ${iso('i.week_start')}, 'hours', round(i.minutes / 60.0, 2), 'amount', ${money('i.amount_cents')}, 'fee', ${money('i.fee_cents')}) order by i.week_start desc, i.id desc)
          from (select * from invoice where contract_id = c.id order by week_start desc, id desc limit 10) i), '[]'::json))
    ) order by c.created_at desc, c.id desc)
    from (select * from contract order by created_at desc, id desc limit 100) c
    join team ct on ct.id = c.client_team_id left join team a on a.id = c.agency_id join app_user f on f.id = c.freelancer_id), '[]'::json))))::text as body`,
    params: [],
    check(body) {
      const nodes = body.data.contracts.nodes;
      if (nodes.length !== 100 || nodes.some((contract: any) => contract.invoices.nodes.length !== INVOICES)) throw new Error('incomplete');
    },
  },
];

/** The first difference between two JSON values, as a path and both sides; null when equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  if (a && typeof a === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b as object)]);
    for (const key of keys) {
      const difference = firstDifference((a as any)[key], (b as any)[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
