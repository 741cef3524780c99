import { getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLInputObjectType, type GraphQLInputType } from 'graphql';
import { buildAppSchema } from '../src/graphql/schema';
import { graphql } from './gql';
import { hiringWorld, type HiringWorld } from './support/hiring';
import { addPaypal, RequestPayoutDoc, seedAvailable } from './support/money';
import { startTestServer, type TestServer } from './support/server';

/** Lists are sliced the same way everywhere: status filters are lists, old single-value arguments still work but are deprecated. */

const listOf = (type: GraphQLInputType) => isListType(isNonNullType(type) ? type.ofType : type);

describe('the schema', () => {
  const schema = buildAppSchema();

  it('every `status` of a filter input is a list of its enum', () => {
    const singles = Object.values(schema.getTypeMap())
      .filter((type) => isInputObjectType(type) && type.name.endsWith('Filter'))
      .flatMap((type) => Object.values((type as GraphQLInputObjectType).getFields()).map((field) => [type.name, field] as const))
      .filter(([, field]) => field.name === 'status' && !listOf(field.type))
      .map(([type]) => type);
    expect(singles).toEqual([]);
  });

  it('a single-value `status` argument survives only deprecated, naming its replacement; duplicate id fields are deprecated for the object field', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          if (arg.name === 'status' && !listOf(arg.type) && getNamedType(field.type).name.endsWith('Connection')) {
            expect({ at: `${type.name}.${field.name}(status)`, reason: arg.deprecationReason }).toEqual({ at: `${type.name}.${field.name}(status)`, reason: expect.stringContaining('filter: { status') });
          }
        }
        if (field.name.endsWith('Id') && type.getFields()[field.name.slice(0, -2)]) {
          expect({ at: `${type.name}.${field.name}`, reason: field.deprecationReason }).toEqual({ at: `${type.name}.${field.name}`, reason: expect.stringContaining(field.name.slice(0, -2)) });
        }
      }
    }
  });
});

const MembersDoc = graphql(`
  query ListMembers($teamId: ID!, $filter: MemberFilter, $orderBy: MemberOrder, $status: MemberStatus) {
    team(id: $teamId) {
      members(filter: $filter, orderBy: $orderBy, status: $status, first: 100) { totalCount nodes { status user { id } } }
    }
  }
`);

const ListLeaveDoc = graphql(`
  mutation ListLeave($input: LeaveTeamInput!) { leaveTeam(input: $input) { userErrors { code } } }
`);

const TeamPayoutsDoc = graphql(`
  query ListTeamPayouts($teamId: ID!, $filter: OwnPayoutFilter, $orderBy: PayoutOrder, $status: PayoutStatus) {
    team(id: $teamId) {
      payouts(filter: $filter, orderBy: $orderBy, status: $status) { totalCount nodes { status amount { amount } } }
    }
  }
`);

describe('Team.members and Team.payouts', () => {
  let server: TestServer;
  let world: HiringWorld;
  beforeAll(async () => {
    server = await startTestServer();
    world = await hiringWorld(server.api, 0);
  });
  afterAll(() => server.close());

  it('members: a status list and a join-date range; the deprecated `status` still works', async () => {
    await server.api.ok(ListLeaveDoc, { input: { teamId: world.agency.id } }, world.freeMember.token);
    const members = async (variables: Record<string, unknown>) =>
      (await server.api.ok(MembersDoc, { teamId: world.agency.id, ...variables }, world.agencyOwner.token)).team.members;
    const everyone = await members({});
    expect(everyone.totalCount).toBe(4);
    expect((await members({ filter: { status: ['LEFT'] } })).nodes).toEqual([{ status: 'LEFT', user: { id: world.freeMember.id } }]);
    expect((await members({ filter: { status: ['ACTIVE', 'LEFT'] } })).totalCount).toBe(4);
    expect((await members({ filter: { status: [] } })).totalCount).toBe(0);
    expect((await members({ status: 'ACTIVE' })).totalCount).toBe(3);
    expect((await members({ filter: { joinedBefore: '2000-01-01T00:00:00Z' } })).totalCount).toBe(0);
    expect((await members({ filter: { joinedAfter: '2000-01-01T00:00:00Z' } })).totalCount).toBe(4);
    const newestFirst = await members({ orderBy: { field: 'JOINED_AT', direction: 'DESC' } });
    expect(newestFirst.nodes.map((node) => node.user.id)).toEqual(everyone.nodes.map((node) => node.user.id).reverse());
  });

  it('payouts: a status list, a requested-at range and an order; the deprecated `status` still works', async () => {
    await seedAvailable(server, { payee: { teamId: world.agency.id }, clientTeamId: world.client.id, gross: '300.00' });
    const methodId = await addPaypal(server.api, world.agencyOwner.token, world.agency.id);
    for (const [amount, key] of [['10.00', 'list-a'], ['30.00', 'list-b'], ['20.00', 'list-c']]) {
      await server.api.ok(RequestPayoutDoc, { input: { teamId: world.agency.id, payoutMethodId: methodId, amount, idempotencyKey: key } }, world.agencyOwner.token);
    }
    const payouts = async (variables: Record<string, unknown>) =>
      (await server.api.ok(TeamPayoutsDoc, { teamId: world.agency.id, ...variables }, world.agencyOwner.token)).team.payouts!;
    expect((await payouts({})).nodes.map((node) => node.amount.amount)).toEqual(['20.00', '30.00', '10.00']);
    expect((await payouts({ orderBy: { field: 'AMOUNT', direction: 'DESC' } })).nodes.map((node) => node.amount.amount)).toEqual(['30.00', '20.00', '10.00']);
    expect((await payouts({ filter: { status: ['PENDING', 'PAID'] } })).totalCount).toBe(3);
    expect((await payouts({ filter: { status: ['PAID'] } })).totalCount).toBe(0);
    expect((await payouts({ status: 'PENDING' })).totalCount).toBe(3);
    expect((await payouts({ filter: { requestedBefore: '2000-01-01T00:00:00Z' } })).totalCount).toBe(0);
  });
});
