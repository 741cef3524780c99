import { graphql } from './gql';
import type { TeamConnectsQuery } from './gql/graphql';
import { addMember, createTeam, signUp } from './support/factories';
import { startTestServer, type TestServer } from './support/server';

const PurchaseDoc = graphql(`
  mutation PurchaseConnects($input: PurchaseConnectsInput!) {
    purchaseConnects(input: $input) {
      entry { id kind change balanceAfter occurredAt }
      team { id connectsBalance }
      user { id connectsBalance }
      userErrors { code message field }
    }
  }
`);

const TeamConnectsDoc = graphql(`
  query TeamConnects($id: ID!, $first: Int, $after: String) {
    team(id: $id) {
      connectsBalance
      connectsHistory(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id kind change balanceAfter } }
      }
    }
  }
`);

const MyConnectsDoc = graphql(`
  query MyConnects {
    viewer { connectsBalance connectsHistory(first: 100) { totalCount nodes { change kind } } }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('Connects', () => {
  it('CN-4: owners and admins buy Connects for the agency; the history adds up to the balance', async () => {
    const owner = await signUp(server.api, 'Owner');
    const agency = await createTeam(server.api, owner, 'AGENCY');
    const admin = await addMember(server.api, owner, agency.id, ['ADMIN']);
    const bought = await server.api.ok(PurchaseDoc, { input: { teamId: agency.id, quantity: 40, idempotencyKey: 'a' } }, owner.token);
    expect(bought.purchaseConnects).toMatchObject({ entry: { kind: 'PURCHASE', change: 40, balanceAfter: 40 }, team: { connectsBalance: 40 }, user: null, userErrors: [] });
    await server.api.ok(PurchaseDoc, { input: { teamId: agency.id, quantity: 15, idempotencyKey: 'b' } }, admin.token);
    const { team } = await server.api.ok(TeamConnectsDoc, { id: agency.id, first: 100 }, owner.token);
    expect(team!.connectsBalance).toBe(55);
    expect(team!.connectsHistory.totalCount).toBe(2);
    expect(team!.connectsHistory.edges.reduce((sum, e) => sum + e.node.change, 0)).toBe(55);
    // Newest first.
    expect(team!.connectsHistory.edges[0].node).toMatchObject({ change: 15, balanceAfter: 55 });
  });

  it('CN-4: members, business managers and financial members see the balance but cannot buy', async () => {
    const owner = await signUp(server.api, 'Owner');
    const agency = await createTeam(server.api, owner, 'AGENCY');
    for (const role of ['MEMBER', 'BUSINESS_MANAGER', 'FINANCIAL'] as const) {
      const member = await addMember(server.api, owner, agency.id, [role]);
      expect(await server.api.errorCode(PurchaseDoc, { input: { teamId: agency.id, quantity: 1, idempotencyKey: role } }, member.token)).toBe('FORBIDDEN');
      const { team } = await server.api.ok(TeamConnectsDoc, { id: agency.id }, member.token);
      expect(team!.connectsBalance).toBe(0);
    }
    const outsider = await signUp(server.api, 'Outsider');
    expect(await server.api.errorCode(PurchaseDoc, { input: { teamId: agency.id, quantity: 1, idempotencyKey: 'x' } }, outsider.token)).toBe('NOT_FOUND');
    expect(await server.api.errorCode(TeamConnectsDoc, { id: agency.id }, outsider.token)).toBe('NOT_FOUND');
  });

  it('CN-4: client teams hold no Connects', async () => {
    const owner = await signUp(server.api, 'Client');
    const client = await createTeam(server.api, owner, 'CLIENT');
    const result = await server.api.ok(PurchaseDoc, { input: { teamId: client.id, quantity: 5, idempotencyKey: 'c' } }, owner.token);
    expect(result.purchaseConnects.userErrors[0].code).toBe('NOT_AN_AGENCY');
  });

  it('CN-4: a freelancer buys Connects for themself, and only they see that balance', async () => {
    const freelancer = await signUp(server.api, 'Solo');
    const bought = await server.api.ok(PurchaseDoc, { input: { quantity: 10, idempotencyKey: 'own' } }, freelancer.token);
    expect(bought.purchaseConnects).toMatchObject({ user: { connectsBalance: 10 }, team: null });
    const { viewer } = await server.api.ok(MyConnectsDoc, {}, freelancer.token);
    expect(viewer).toEqual({ connectsBalance: 10, connectsHistory: { totalCount: 1, nodes: [{ change: 10, kind: 'PURCHASE' }] } });
  });

  it.each([0, -3, 1001])('refuses a purchase of %i Connects and changes nothing', async (quantity) => {
    const freelancer = await signUp(server.api, 'Bad Quantity');
    const result = await server.api.ok(PurchaseDoc, { input: { quantity, idempotencyKey: 'q' } }, freelancer.token);
    expect(result.purchaseConnects.userErrors[0]).toMatchObject({ code: 'INVALID_QUANTITY', field: ['input', 'quantity'] });
    expect(await server.sql('select 1 from connects_entry where user_id = $1', [freelancer.id])).toHaveLength(0);
  });

  it('MN-2: 20 concurrent purchases with distinct keys add exactly 20; repeating a key adds nothing', async () => {
    const owner = await signUp(server.api, 'Busy Owner');
    const agency = await createTeam(server.api, owner, 'AGENCY');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => server.api.ok(PurchaseDoc, { input: { teamId: agency.id, quantity: 1, idempotencyKey: `k${i}` } }, owner.token)),
    );
    expect(results.every((r) => r.purchaseConnects.userErrors.length === 0)).toBe(true);
    const repeats = await Promise.all(
      Array.from({ length: 10 }, () => server.api.ok(PurchaseDoc, { input: { teamId: agency.id, quantity: 1, idempotencyKey: 'k3' } }, owner.token)),
    );
    const firstK3 = results[3].purchaseConnects.entry!.id;
    expect(repeats.every((r) => r.purchaseConnects.entry!.id === firstK3)).toBe(true);
    const { team } = await server.api.ok(TeamConnectsDoc, { id: agency.id, first: 100 }, owner.token);
    expect(team!.connectsBalance).toBe(20);
    expect(team!.connectsHistory.totalCount).toBe(20);
    const balances = team!.connectsHistory.edges.map((e) => e.node.balanceAfter).sort((a, b) => a - b);
    expect(balances).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('MN-2: the same key with other arguments is refused and buys nothing', async () => {
    const freelancer = await signUp(server.api, 'Key Reuser');
    await server.api.ok(PurchaseDoc, { input: { quantity: 5, idempotencyKey: 'same' } }, freelancer.token);
    const reused = await server.api.ok(PurchaseDoc, { input: { quantity: 6, idempotencyKey: 'same' } }, freelancer.token);
    expect(reused.purchaseConnects.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    const { viewer } = await server.api.ok(MyConnectsDoc, {}, freelancer.token);
    expect(viewer!.connectsBalance).toBe(5);
    // Keys are per caller: another user may use the same key.
    const other = await signUp(server.api, 'Other');
    const theirs = await server.api.ok(PurchaseDoc, { input: { quantity: 6, idempotencyKey: 'same' } }, other.token);
    expect(theirs.purchaseConnects.user!.connectsBalance).toBe(6);
  });

  it('pages through the history with cursors', async () => {
    const owner = await signUp(server.api, 'Pager Owner');
    const agency = await createTeam(server.api, owner, 'AGENCY');
    for (let i = 1; i <= 5; i++) await server.api.ok(PurchaseDoc, { input: { teamId: agency.id, quantity: i, idempotencyKey: `p${i}` } }, owner.token);
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: TeamConnectsQuery = await server.api.ok(TeamConnectsDoc, { id: agency.id, first: 2, after }, owner.token);
      const history = page.team!.connectsHistory;
      expect(history.totalCount).toBe(5);
      seen.push(...history.edges.map((e) => e.node.change));
      if (!history.pageInfo.hasNextPage) break;
      after = history.pageInfo.endCursor!;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1]);
  });
});
