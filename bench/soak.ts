/**
 * `npm run bench:soak`: the real mix for a while (60 s unless BENCH_SECONDS says otherwise) on the
 * production build with 2 workers. 50 simulated users in 25 client/freelancer pairs go round the
 * hiring cycle as fast as the server lets them: the freelancer lists open jobs and proposes, the
 * client sends an offer, the freelancer accepts; fixed-price contracts get their second milestone
 * funded, the first submitted and approved; and each round the freelancer logs a quarter of an
 * hour on the pair's hourly contract (made before the clock starts, dated 8 hours back so there is
 * worked time to log). Every freelancer follows their offers live over WebSocket. Prints throughput, p50/p99 per
 * operation, errors (goal: none) and userErrors by code, the server's memory every 5 s (goal:
 * flat after warm-up), events delivered, and the staff ledger check.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import WebSocket from 'ws';
import { withScratchDatabase } from '../scripts/scratch-db';
import { migrate, openOrm } from '../src/db/orm';
import { linkIn, waitForMail } from '../test/support/mail';
import { freePort } from '../test/support/ports';
import { percentile, post, startServer, type BenchServer } from './support';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PAIRS = Number(process.env.BENCH_USERS ?? 50) / 2;
const PASSWORD = 'soak bench password';

interface User {
  email: string;
  token: string;
}

const latencies = new Map<string, number[]>();
const errors = new Map<string, number>();
const userErrors = new Map<string, number>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** One operation, timed under `name`; its payload (the first field of data), or undefined on any failure. */
async function op(server: BenchServer, name: string, query: string, token?: string, variables?: unknown): Promise<any> {
  const started = performance.now();
  let body: any;
  try {
    body = await post(server.port, query, token, variables);
  } catch (error) {
    bump(errors, `${name}: ${(error as Error).message}`);
    return undefined;
  } finally {
    const list = latencies.get(name) ?? [];
    list.push(performance.now() - started);
    latencies.set(name, list);
  }
  if (body.errors?.length || !body.data) {
    bump(errors, `${name}: ${body.errors?.[0]?.extensions?.code ?? 'no data'}`);
    return undefined;
  }
  const payload = Object.values(body.data)[0] as any;
  if (payload?.userErrors?.length) {
    bump(userErrors, `${name}: ${payload.userErrors[0].code}`);
    return undefined;
  }
  return payload;
}

async function signUp(server: BenchServer, mailDir: string, email: string): Promise<User> {
  const body = await post(server.port, `mutation($i: SignUpInput!) { signUp(input: $i) { token userErrors { code } } }`, undefined, {
    i: { email, password: PASSWORD, name: email.split('@')[0] },
  });
  const token = body.data.signUp.token as string;
  const { token: verification } = linkIn(await waitForMail(mailDir, email, /Confirm your/, 1, 20_000), '/verify-email');
  await post(server.port, `mutation($t: String!) { verifyEmail(input: { token: $t }) { userErrors { code } } }`, undefined, { t: verification });
  return { email, token };
}

const key = () => `soak-${Math.random().toString(36).slice(2)}-${Date.now()}`;

/** One client/freelancer pair going round the hiring cycle until `deadline`. */
async function pairLoop(server: BenchServer, client: User, teamId: string, freelancer: User, hourly: { id: string; loggedUntil: number }, deadline: number): Promise<void> {
  let cycle = 0;
  while (Date.now() < deadline) {
    cycle++;
    const fixed = cycle % 2 === 1;
    const job = await op(server, 'postJob', `mutation($i: PostJobInput!) { postJob(input: $i) { job { id } userErrors { code } } }`, client.token, {
      i: { clientTeamId: teamId, title: `Soak job ${cycle}`, description: 'Work for the soak', kind: 'HOURLY', connectsRequired: 1 },
    });
    if (!job) continue;
    await op(server, 'jobs (list)', `{ jobs(first: 20) { totalCount nodes { id title kind clientTeam { id name } } } }`, freelancer.token);
    const proposal = await op(server, 'submitProposal', `mutation($i: SubmitProposalInput!) { submitProposal(input: $i) { proposal { id } userErrors { code } } }`, freelancer.token, {
      i: { jobId: job.job.id, coverLetter: 'I can do this', hourlyRate: '50.00' },
    });
    if (!proposal) continue;
    const offerInput = fixed
      ? { kind: 'FIXED_PRICE', milestones: [{ description: 'First', amount: '100.00' }, { description: 'Second', amount: '150.00' }] }
      : { kind: 'HOURLY', hourlyRate: '50.00', weeklyLimitHours: 40 };
    const offer = await op(server, 'sendOffer', `mutation($i: SendOfferInput!) { sendOffer(input: $i) { offer { id } userErrors { code } } }`, client.token, {
      i: { clientTeamId: teamId, title: `Soak offer ${cycle}`, proposalId: proposal.proposal.id, ...offerInput },
    });
    if (!offer) continue;
    const accepted = await op(
      server,
      'acceptOffer',
      `mutation($i: AcceptOfferInput!) { acceptOffer(input: $i) { contract { id milestones { nodes { id status } } } userErrors { code } } }`,
      freelancer.token,
      { i: { offerId: offer.offer.id } },
    );
    if (!accepted) continue;
    const contract = accepted.contract;
    if (fixed) {
      const [first, second] = contract.milestones.nodes;
      await op(server, 'fundMilestone', `mutation($i: FundMilestoneInput!) { fundMilestone(input: $i) { milestone { id status } userErrors { code } } }`, client.token, {
        i: { milestoneId: second.id, idempotencyKey: key() },
      });
      const submitted = await op(server, 'submitMilestone', `mutation($i: SubmitMilestoneInput!) { submitMilestone(input: $i) { milestone { id status } userErrors { code } } }`, freelancer.token, {
        i: { milestoneId: first.id, message: 'Done' },
      });
      if (submitted) {
        await op(server, 'approveMilestone', `mutation($i: ApproveMilestoneInput!) { approveMilestone(input: $i) { milestone { id status } userErrors { code } } }`, client.token, {
          i: { milestoneId: first.id, idempotencyKey: key() },
        });
      }
    }
    // A quarter of an hour more on the pair's hourly contract, while worked time is left to log.
    if (hourly.loggedUntil + 15 * 60_000 <= Date.now()) {
      const logged = await op(server, 'logTime', `mutation($i: LogTimeInput!) { logTime(input: $i) { timeEntry { id } userErrors { code } } }`, freelancer.token, {
        i: { contractId: hourly.id, startedAt: new Date(hourly.loggedUntil).toISOString(), minutes: 15 },
      });
      if (logged) hourly.loggedUntil += 15 * 60_000;
    }
    await op(server, 'viewer', `{ viewer { id name } }`, client.token);
  }
}

/** SETUP, not measured: an hourly contract between the pair, through the API. */
async function hourlyContract(server: BenchServer, client: User, teamId: string, freelancer: User): Promise<{ id: string; loggedUntil: number }> {
  const must = async (query: string, token: string, variables: unknown) => {
    const body = await post(server.port, query, token, variables);
    const payload = body.data && (Object.values(body.data)[0] as any);
    if (!payload || payload.userErrors?.length) throw new Error(JSON.stringify(body));
    return payload;
  };
  const job = await must(`mutation($i: PostJobInput!) { postJob(input: $i) { job { id } userErrors { code } } }`, client.token, {
    i: { clientTeamId: teamId, title: 'Hourly soak work', description: 'Ongoing', kind: 'HOURLY', connectsRequired: 1 },
  });
  const proposal = await must(`mutation($i: SubmitProposalInput!) { submitProposal(input: $i) { proposal { id } userErrors { code } } }`, freelancer.token, {
    i: { jobId: job.job.id, coverLetter: 'Hourly', hourlyRate: '50.00' },
  });
  const offer = await must(`mutation($i: SendOfferInput!) { sendOffer(input: $i) { offer { id } userErrors { code } } }`, client.token, {
    i: { clientTeamId: teamId, title: 'Hourly soak', proposalId: proposal.proposal.id, kind: 'HOURLY', hourlyRate: '50.00', weeklyLimitHours: 40 },
  });
  const accepted = await must(`mutation($i: AcceptOfferInput!) { acceptOffer(input: $i) { contract { id } userErrors { code } } }`, freelancer.token, { i: { offerId: offer.offer.id } });
  // Whole minutes, from a minute after the accept.
  return { id: accepted.contract.id, loggedUntil: Math.ceil(Date.now() / 60_000) * 60_000 + 60_000 };
}

function follow(server: BenchServer, token: string, onEvent: () => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { offerEvents { id type offer { id status } } }' } }));
        resolve(socket);
      } else if (message.type === 'next') {
        if (message.payload.errors) bump(errors, 'offerEvents: delivery with errors');
        else onEvent();
      } else if (message.type === 'error') {
        bump(errors, 'offerEvents: subscription refused');
      }
    });
    socket.on('error', reject);
  });
}

async function main(): Promise<void> {
  const mailDir = mkdtempSync(join(tmpdir(), 'market-soak-mail-'));
  try {
    await withScratchDatabase(async (url) => {
      const orm = await openOrm({ url });
      await migrate(orm, url);
      await orm.close();
      const server = await startServer(url, await freePort(), { WEB_CONCURRENCY: '2', MAIL_DIR: mailDir, DB_POOL_SIZE: '10' });
      const sockets: WebSocket[] = [];
      try {
        const pairs = await Promise.all(
          Array.from({ length: PAIRS }, async (_, i) => {
            const client = await signUp(server, mailDir, `client${i}@soak.test`);
            const team = await post(server.port, `mutation { createTeam(input: { name: "Client ${i}", kind: CLIENT }) { team { id } } }`, client.token);
            const freelancer = await signUp(server, mailDir, `freelancer${i}@soak.test`);
            await post(server.port, `mutation($i: PurchaseConnectsInput!) { purchaseConnects(input: $i) { userErrors { code } } }`, freelancer.token, {
              i: { quantity: 1000, idempotencyKey: key() },
            });
            const teamId = team.data.createTeam.team.id as string;
            return { client, teamId, freelancer, hourly: await hourlyContract(server, client, teamId, freelancer) };
          }),
        );
        // SETUP, not measured: the hourly contracts began 8 hours ago, so there is worked time to log.
        const db = new Client({ connectionString: url });
        await db.connect();
        await db.query(`update contract set created_at = created_at - interval '8 hours' where id = any($1)`, [pairs.map((pair) => pair.hourly.id)]);
        await db.end();
        for (const pair of pairs) pair.hourly.loggedUntil -= 8 * 3_600_000;
        const staff = await signUp(server, mailDir, 'staff@bench.test');
        let delivered = 0;
        for (const pair of pairs) sockets.push(await follow(server, pair.freelancer.token, () => delivered++));

        const memory: string[] = [];
        const started = Date.now();
        const sampler = setInterval(() => memory.push(`${Math.round((Date.now() - started) / 1000)}s ${server.rssMiB().toFixed(0)}`), 5000);
        const deadline = started + SECONDS * 1000;
        await Promise.all(pairs.map((pair) => pairLoop(server, pair.client, pair.teamId, pair.freelancer, pair.hourly, deadline)));
        clearInterval(sampler);
        const elapsed = (Date.now() - started) / 1000;
        memory.push(`${Math.round(elapsed)}s ${server.rssMiB().toFixed(0)}`);

        const total = [...latencies.values()].reduce((sum, list) => sum + list.length, 0);
        console.log(`soak: ${PAIRS * 2} users, 2 workers, ${elapsed.toFixed(0)} s: ${total} operations, ${(total / elapsed).toFixed(1)} per second (the load generator runs on the same machine)`);
        console.log('operation              count    p50 ms    p99 ms');
        for (const [name, list] of [...latencies.entries()].sort()) {
          list.sort((a, b) => a - b);
          console.log(`${name.padEnd(20)} ${String(list.length).padStart(7)} ${percentile(list, 50).toFixed(1).padStart(9)} ${percentile(list, 99).toFixed(1).padStart(9)}`);
        }
        console.log(`errors: ${errors.size ? [...errors.entries()].map(([what, n]) => `${what} x${n}`).join(', ') : 'none'}`);
        console.log(`userErrors: ${userErrors.size ? [...userErrors.entries()].map(([what, n]) => `${what} x${n}`).join(', ') : 'none'}`);
        console.log(`offer events delivered to ${PAIRS} live subscribers: ${delivered}`);
        console.log(`server memory (primary and workers, MiB) every 5 s: ${memory.join(', ')}`);
        const check = await post(server.port, `{ ledgerCheck { ok } }`, staff.token);
        console.log(`ledger check: ${JSON.stringify(check.data?.ledgerCheck ?? check.errors)}`);
        if (!check.data?.ledgerCheck?.ok) process.exitCode = 1;
      } finally {
        for (const socket of sockets) socket.close();
        await server.stop();
      }
    });
  } finally {
    rmSync(mailDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
