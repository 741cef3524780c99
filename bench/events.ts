/**
 * `npm run bench:events`: live offer events at scale. Two server processes (the production
 * build) on one database; 1,000 WebSocket subscribers split across them follow an agency's
 * offers; offers are sent through the first process. Prints the delivery latency (from sending
 * the mutation to each subscriber's receipt: an upper bound of commit-to-delivery) at p50/p99
 * and the servers' memory per connection. Bounded: a fixed number of changes, then it stops.
 */
import { Client } from 'pg';
import WebSocket from 'ws';
import { withScratchDatabase } from '../scripts/scratch-db';
import { migrate, openOrm } from '../src/db/orm';
import { percentile, post, startServer, type BenchServer } from './support';

/** Each count is one run with fresh servers: 1,000 (the goal's) and 5,000 unless told. */
const SUBSCRIBER_COUNTS = (process.env.BENCH_SUBSCRIBERS ?? '1000,5000').split(',').map(Number);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 30);

async function signUp(port: number, email: string): Promise<{ token: string; id: string }> {
  const body = await post(port, `mutation { signUp(input: { email: "${email}", password: "bench password", name: "${email}" }) { token user { id } } }`);
  return { token: body.data.signUp.token, id: body.data.signUp.user.id };
}

async function must(port: number, query: string, token: string, variables?: unknown): Promise<any> {
  const body = await post(port, query, token, variables);
  const payload = body.data && Object.values(body.data)[0];
  if (!body.data || (payload as any)?.userErrors?.length) throw new Error(JSON.stringify(body));
  return body.data;
}

function subscribe(port: number, token: string, teamId: string, onEvent: (offerId: string) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `subscription { offerEvents(teamId: "${teamId}") { id type offer { id } } }` } }));
        resolve(socket);
      } else if (message.type === 'next') {
        onEvent(message.payload.data.offerEvents.offer.id);
      }
    });
    socket.on('error', reject);
  });
}

async function main(): Promise<void> {
  await withScratchDatabase(async (url) => {
    const orm = await openOrm({ url });
    await migrate(orm, url);
    await orm.close();
    for (const [run, subscribers] of SUBSCRIBER_COUNTS.entries()) await measure(url, subscribers, `r${run}-`);
  });
}

async function measure(url: string, SUBSCRIBERS: number, prefix: string): Promise<void> {
  {
    const servers: BenchServer[] = [await startServer(url, 4901), await startServer(url, 4902)];
    const [a, b] = servers;
    try {
      const client = await signUp(a.port, `${prefix}client@bench.test`);
      const clientTeam = (await must(a.port, `mutation { createTeam(input: { name: "Client", kind: CLIENT }) { team { id } userErrors { code } } }`, client.token)).createTeam.team.id;
      const owner = await signUp(a.port, `${prefix}owner@bench.test`);
      const agency = (await must(a.port, `mutation { createTeam(input: { name: "Agency", kind: AGENCY }) { team { id } userErrors { code } } }`, owner.token)).createTeam.team.id;
      const freelancer = await signUp(a.port, `${prefix}freelancer@bench.test`);
      const invitation = (await must(a.port, `mutation($t: ID!, $e: String!) { inviteTeamMember(input: { teamId: $t, email: $e, roles: [MEMBER] }) { invitation { id } userErrors { code } } }`, owner.token, { t: agency, e: `${prefix}freelancer@bench.test` })).inviteTeamMember.invitation.id;
      // Accepting an invitation needs a verified address; the bench has no mailbox to click in.
      const db = new Client({ connectionString: url });
      await db.connect();
      await db.query('update app_user set email_verified_at = now() where id = $1', [freelancer.id]);
      await db.end();
      await must(a.port, `mutation($i: ID!) { acceptTeamInvitation(input: { invitationId: $i }) { member { id } userErrors { code } } }`, freelancer.token, { i: invitation });

      const rssBefore = servers.map((s) => s.rssMiB());
      const sentAt = new Map<string, number>();
      const arrivals: [string, number][] = [];
      let delivered = 0;
      const sockets: WebSocket[] = [];
      for (let i = 0; i < SUBSCRIBERS; i++) {
        const server = i % 2 ? b : a;
        sockets.push(
          await subscribe(server.port, owner.token, agency, (offerId) => {
            arrivals.push([offerId, performance.now()]);
            delivered++;
          }),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const rssAfter = servers.map((s) => s.rssMiB());

      const mutationTimes: number[] = [];
      for (let i = 0; i < CHANGES; i++) {
        const started = performance.now();
        const data = await must(
          a.port,
          `mutation($c: ID!, $f: ID!, $a: ID!) { sendOffer(input: { clientTeamId: $c, freelancerId: $f, agencyId: $a, title: "Offer", kind: HOURLY, hourlyRate: "50.00", weeklyLimitHours: 10 }) { offer { id } userErrors { code } } }`,
          client.token,
          { c: clientTeam, f: freelancer.id, a: agency },
        );
        // Deliveries can beat the HTTP response: they are timed from when the mutation was sent.
        sentAt.set(data.sendOffer.offer.id, started);
        mutationTimes.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const deadline = Date.now() + 15_000;
      while (delivered < SUBSCRIBERS * CHANGES && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      for (const socket of sockets) socket.close();

      const latencies = arrivals.map(([offerId, at]) => at - sentAt.get(offerId)!).sort((x, y) => x - y);
      mutationTimes.sort((x, y) => x - y);
      const perConnection = rssAfter.map((after, i) => ((after - rssBefore[i]) * 1024) / (SUBSCRIBERS / 2));
      console.log(
        [
          `offer events: ${SUBSCRIBERS} subscribers on 2 processes, ${CHANGES} offers sent through one of them`,
          `delivered ${delivered} of ${SUBSCRIBERS * CHANGES}`,
          `send-to-delivery latency: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (the mutation itself: p50 ${percentile(mutationTimes, 50).toFixed(1)} ms)`,
          `server memory: ${rssBefore.map((m) => m.toFixed(0)).join(' / ')} MiB before, ${rssAfter.map((m) => m.toFixed(0)).join(' / ')} MiB with the subscribers: ~${perConnection.map((k) => k.toFixed(0)).join(' / ')} KiB per connection`,
        ].join('\n'),
      );
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
