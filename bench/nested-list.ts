/**
 * `npm run bench`: the read path under load. 100 agencies x 10 members, listed with their
 * members and users in one query (the shape internal tools and dashboards ask for), served by
 * the production build in its own process. Prints requests per second, latency and memory.
 */
import { Client } from 'pg';
import { withScratchDatabase } from '../scripts/scratch-db';
import { migrate, openOrm } from '../src/db/orm';
import { load, post, startServer } from './support';

const TEAMS = 100;
const MEMBERS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

const QUERY = `query Bench {
  teams(first: 100, filter: { kind: AGENCY }) {
    totalCount
    nodes { id name members(first: 10) { nodes { id roles relationship user { id name } } } }
  }
}`;

async function seed(url: string): Promise<void> {
  const orm = await openOrm({ url });
  await migrate(orm, url);
  await orm.close();
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query(`
    insert into app_user (id, email, name, password_hash, created_at)
    select 'usr_BENCH' || lpad(i::text, 21, '0'), 'u' || i || '@bench.test', 'Member ' || i, 'x', now()
    from generate_series(1, ${TEAMS * MEMBERS}) i;
    insert into team (id, name, kind, owner_id, created_at)
    select 'team_BENCH' || lpad(t::text, 21, '0'), 'Agency ' || t, 'AGENCY', 'usr_BENCH' || lpad(((t - 1) * ${MEMBERS} + 1)::text, 21, '0'), now()
    from generate_series(1, ${TEAMS}) t;
    insert into member (id, team_id, user_id, roles, relationship, status, joined_at)
    select 'mem_BENCH' || lpad(i::text, 22, '0'), 'team_BENCH' || lpad((((i - 1) / ${MEMBERS}) + 1)::text, 21, '0'),
           'usr_BENCH' || lpad(i::text, 21, '0'), case when (i - 1) % ${MEMBERS} = 0 then '{OWNER}'::text[] else '{MEMBER}'::text[] end,
           'EXCLUSIVE', 'ACTIVE', now()
    from generate_series(1, ${TEAMS * MEMBERS}) i;
  `);
  await db.end();
}

async function main(): Promise<void> {
  await withScratchDatabase(async (url) => {
    await seed(url);
    for (const workers of [1, 2]) {
      const server = await startServer(url, 4900, { WEB_CONCURRENCY: String(workers) });
      try {
        const email = `staff${workers}@bench.test`;
        const signed = await post(server.port, `mutation { signUp(input: { email: "${email}", password: "bench password", name: "Staff" }) { token } }`);
        const token = signed.data.signUp.token as string;
        const check = await post(server.port, QUERY, token);
        const members = check.data.teams.nodes.reduce((sum: number, team: any) => sum + team.members.nodes.length, 0);
        if (check.data.teams.nodes.length !== TEAMS || members !== TEAMS * MEMBERS) throw new Error(`unexpected data: ${JSON.stringify(check).slice(0, 300)}`);
        await load(() => post(server.port, QUERY, token), CONCURRENCY, 2); // warm-up
        const result = await load(async () => {
          const body = await post(server.port, QUERY, token);
          if (!body.data) throw new Error('failed');
        }, CONCURRENCY, SECONDS);
        console.log(
          `nested list (${TEAMS} teams x ${MEMBERS} members, users), ${workers} worker(s): ${result.perSecond.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.errors} errors (concurrency ${CONCURRENCY}, ${SECONDS} s; the load generator runs on the same machine)`,
        );
      } finally {
        await server.stop();
      }
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
