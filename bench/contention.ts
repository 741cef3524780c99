/**
 * `npm run bench:contention`: one client team's burst of money mutations on one contract, on the
 * production build with 1 and 2 workers (WEB_CONCURRENCY) and the default pool: 50 concurrent
 * `fundMilestone` (distinct keys), then 50 concurrent `approveMilestone`, then the freelancer's
 * 50 concurrent `requestPayout`, while another user asks `{ viewer { id } }` in a loop. Prints,
 * per burst, the mutations' p50/p99 and the time until all answered, the other user's query
 * p50/p99 meanwhile (goal: p99 under 250 ms) and the errors (goal: none): a top-level error
 * or a userError other than an expected INSUFFICIENT_FUNDS counts as one.
 */
import { Client } from 'pg';
import { withScratchDatabase } from '../scripts/scratch-db';
import { migrate, openOrm } from '../src/db/orm';
import { percentile, post, startServer } from './support';

const BURST = 50;
const POOL_SIZE = process.env.BENCH_POOL_SIZE ?? '10';

async function must(port: number, query: string, token: string | undefined, variables?: unknown): Promise<any> {
  const body = await post(port, query, token, variables);
  const payload = body.data && Object.values(body.data)[0];
  if (!body.data || (payload as any)?.userErrors?.length) throw new Error(JSON.stringify(body).slice(0, 500));
  return body.data;
}

async function signUp(port: number, db: Client, email: string): Promise<{ token: string; id: string }> {
  const data = await must(port, `mutation { signUp(input: { email: "${email}", password: "bench password", name: "${email}" }) { token user { id } userErrors { code } } }`, undefined);
  // Verified, as by the mail link (payouts and teams need it).
  await db.query('update app_user set email_verified_at = now() where id = $1', [data.signUp.user.id]);
  return { token: data.signUp.token, id: data.signUp.user.id };
}

interface Burst {
  p50: number;
  p99: number;
  allDoneMs: number;
  errors: number;
  viewerP50: number;
  viewerP99: number;
  viewerQueries: number;
}

/** Runs `calls` at once while `viewer` loops; counts answers that `ok` refuses as errors. */
async function burst(port: number, viewerToken: string, calls: (() => Promise<any>)[], ok: (body: any) => boolean): Promise<Burst> {
  let done = false;
  const viewerLatencies: number[] = [];
  const watcher = (async () => {
    while (!done) {
      const started = performance.now();
      const body = await post(port, '{ viewer { id } }', viewerToken);
      viewerLatencies.push(performance.now() - started);
      if (!body.data?.viewer?.id) throw new Error(`viewer query failed: ${JSON.stringify(body)}`);
    }
  })();
  const started = performance.now();
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    calls.map(async (call) => {
      const t = performance.now();
      try {
        if (!ok(await call())) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }),
  );
  const allDoneMs = performance.now() - started;
  done = true;
  await watcher;
  latencies.sort((a, b) => a - b);
  viewerLatencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    allDoneMs,
    errors,
    viewerP50: percentile(viewerLatencies, 50),
    viewerP99: percentile(viewerLatencies, 99),
    viewerQueries: viewerLatencies.length,
  };
}

const payloadOk = (field: string, allowed: string[] = []) => (body: any) => {
  if (body.errors?.length || !body.data) return false;
  const code = body.data[field].userErrors[0]?.code;
  return !code || allowed.includes(code);
};

async function run(url: string, db: Client, workers: number): Promise<Record<string, Burst>> {
  const server = await startServer(url, 4910, { WEB_CONCURRENCY: String(workers), DB_POOL_SIZE: POOL_SIZE });
  try {
    const port = server.port;
    const client = await signUp(port, db, `client${workers}@bench.test`);
    const dev = await signUp(port, db, `dev${workers}@bench.test`);
    const bystander = await signUp(port, db, `bystander${workers}@bench.test`);
    const team = (await must(port, `mutation { createTeam(input: { name: "Client ${workers}", kind: CLIENT }) { team { id } userErrors { code } } }`, client.token)).createTeam.team.id;
    const milestones = Array.from({ length: 20 }, (_, i) => ({ description: `Part ${i + 1}`, amount: `${100 + i}.25` }));
    const offer = await must(
      port,
      `mutation($input: SendOfferInput!) { sendOffer(input: $input) { offer { id } userErrors { code } } }`,
      client.token,
      { input: { clientTeamId: team, freelancerId: dev.id, title: 'Bench', kind: 'FIXED_PRICE', milestones } },
    );
    const accepted = await must(
      port,
      `mutation($input: AcceptOfferInput!) { acceptOffer(input: $input) { contract { id milestones { nodes { id status } } } userErrors { code } } }`,
      dev.token,
      { input: { offerId: offer.sendOffer.offer.id } },
    );
    const contractId = accepted.acceptOffer.contract.id as string;
    const ids: string[] = accepted.acceptOffer.contract.milestones.nodes.filter((m: any) => m.status === 'PENDING_FUNDING').map((m: any) => m.id);
    while (ids.length < BURST) {
      const added = await must(
        port,
        `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { milestone { id } userErrors { code } } }`,
        client.token,
        { input: { contractId, description: `Extra ${ids.length}`, amount: '250.50' } },
      );
      ids.push(added.addMilestone.milestone.id);
    }
    let n = 0;
    const key = () => `bench-${workers}-${n++}`;

    const fund = await burst(
      port,
      bystander.token,
      ids.map((milestoneId) => () => post(port, `mutation($input: FundMilestoneInput!) { fundMilestone(input: $input) { milestone { id status } userErrors { code } } }`, client.token, { input: { milestoneId, idempotencyKey: key() } })),
      payloadOk('fundMilestone'),
    );
    for (const milestoneId of ids) {
      await must(port, `mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { milestone { id } userErrors { code } } }`, dev.token, { input: { milestoneId, message: 'Done' } });
    }
    const approve = await burst(
      port,
      bystander.token,
      ids.map((milestoneId) => () => post(port, `mutation($input: ApproveMilestoneInput!) { approveMilestone(input: $input) { milestone { id status } userErrors { code } } }`, client.token, { input: { milestoneId, idempotencyKey: key() } })),
      payloadOk('approveMilestone'),
    );
    // The security period passes (set up directly: production has no test clock), then the
    // staff's due work makes the money available.
    await db.query('update pending_release set available_at = now() - interval \'1 minute\' where released_at is null');
    const staff = await signUp(port, db, `staff${workers}@bench.test`);
    await must(port, 'mutation { runDueWork { reports { name } userErrors { code } } }', staff.token);
    const method = await must(port, `mutation { addPayoutMethod(input: { kind: PAYPAL, paypalEmail: "dev@bench.test" }) { payoutMethod { id } userErrors { code } } }`, dev.token);
    const account = await must(port, '{ viewer { account { available { amount } } } }', dev.token);
    const share = (Math.floor((Number(account.viewer.account.available.amount) * 100) / BURST) / 100).toFixed(2);
    const payouts = await burst(
      port,
      bystander.token,
      Array.from({ length: BURST }, () => () =>
        post(port, `mutation($input: RequestPayoutInput!) { requestPayout(input: $input) { payout { id } userErrors { code } } }`, dev.token, {
          input: { payoutMethodId: method.addPayoutMethod.payoutMethod.id, amount: share, idempotencyKey: key() },
        }),
      ),
      payloadOk('requestPayout', ['INSUFFICIENT_FUNDS']),
    );
    return { fundMilestone: fund, approveMilestone: approve, requestPayout: payouts };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  await withScratchDatabase(async (url) => {
    const orm = await openOrm({ url });
    await migrate(orm, url);
    await orm.close();
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      console.log(`${BURST} concurrent money mutations from one user, another user's { viewer { id } } meanwhile; DB_POOL_SIZE=${POOL_SIZE}`);
      console.log('workers  mutation          p50 ms  p99 ms  all done ms  errors  | viewer p50 ms  p99 ms  (queries)');
      for (const workers of [1, 2]) {
        const results = await run(url, db, workers);
        for (const [name, r] of Object.entries(results)) {
          console.log(
            `${String(workers).padEnd(8)} ${name.padEnd(17)} ${r.p50.toFixed(0).padStart(6)} ${r.p99.toFixed(0).padStart(7)} ${r.allDoneMs.toFixed(0).padStart(12)} ${String(r.errors).padStart(7)}  | ${r.viewerP50.toFixed(1).padStart(13)} ${r.viewerP99.toFixed(1).padStart(7)}  (${r.viewerQueries})`,
          );
        }
      }
    } finally {
      await db.end();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
