/**
 * Review findings left open: each test fails on purpose until the team decides (see the
 * review report). Named with the rule or API section it holds the server to.
 */
import { postGraphQL } from './support/raw';
import { freelancer, postJob, startHiringSuite, type HiringWorld } from './support/hiring';
import type { TestServer } from './support/server';
import type { TestUser } from './support/factories';

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const gql = (query: string, variables: unknown, token?: string) => postGraphQL(server.url, query, variables, { token });

describe('review findings left open', () => {
  it('API (Conventions), JB-1: closing or cancelling an open job the caller can see, but may not manage, is FORBIDDEN, not NOT_FOUND', async () => {
    const outsider = await freelancer(server.api, 0, 'Outsider');
    const job = await postJob(server.api, world.hiringManager, world.client.id);
    // The job is public: the caller sees it...
    const seen = await gql(`query($id: ID!) { job(id: $id) { id status } }`, { id: job.id }, outsider.token);
    expect((seen.body.data as any).job.status).toBe('OPEN');
    // ...so "not allowed" must not be answered as "does not exist" (API.md, Conventions).
    for (const name of ['closeJob', 'cancelJob']) {
      const res = await gql(`mutation($id: ID!) { ${name}(input: { jobId: $id }) { job { id } } }`, { id: job.id }, outsider.token);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('MN-2, API (Conventions): settlePayout, which moves money, requires an idempotencyKey like every money-moving mutation', async () => {
    const res = await gql(`mutation { settlePayout(input: { payoutId: "pay_00000000000000000000000000", outcome: PAID }) { payout { id } } }`, {}, staff.token);
    // A required argument left out is refused before anything runs.
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
