import { getIntrospectionQuery } from 'graphql';
import { graphql } from './gql';
import { addMember, createTeam, signUp, startStaffSuite, type TestUser } from './support/factories';
import { TEST_EPOCH, type TestServer } from './support/server';

const NodeDoc = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Team { name }
      ... on User { name }
      ... on Member { roles }
    }
  }
`);

const NodesDoc = graphql(`
  query NodesByIds($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id }
  }
`);

const StaffTeamsDoc = graphql(`
  query StaffTeams($first: Int, $last: Int, $after: String, $before: String, $filter: TeamFilter, $orderBy: TeamOrder) {
    teams(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name kind } }
    }
  }
`);

const StaffUsersDoc = graphql(`
  query StaffUsers($filter: UserFilter, $orderBy: UserOrder) {
    users(first: 100, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes { id name email }
    }
  }
`);

const NestedMembersDoc = graphql(`
  query NestedMembers($id: ID!) {
    team(id: $id) {
      members(first: 100) { edges { node { user { name } } } }
    }
  }
`);

const StaffNestedDoc = graphql(`
  query StaffNested {
    teams(first: 100, filter: { kind: AGENCY }) {
      nodes { id name members(first: 100) { totalCount nodes { roles user { name } } } }
    }
  }
`);

const SetClockDoc = graphql(`
  mutation SetClock($input: SetClockInput!) {
    setClock(input: $input) { now userErrors { code } }
  }
`);

const NowDoc = graphql(`
  query Now { now }
`);

const RunDueWorkDoc = graphql(`
  mutation RunDueWork {
    runDueWork { now reports { name changed } userErrors { code } }
  }
`);

const RunSomeDueWorkDoc = graphql(`
  mutation RunSomeDueWork($input: RunDueWorkInput) {
    runDueWork(input: $input) { reports { name } userErrors { code field } }
  }
`);

let server: TestServer;
let staff: TestUser;
beforeAll(async () => ({ server, staff } = await startStaffSuite()));
afterAll(() => server.close());

describe('node and nodes', () => {
  it('fetch any visible object by its opaque id, and NOT_FOUND for what does not exist or may not be seen', async () => {
    const owner = await signUp(server.api, 'Node Owner');
    const team = await createTeam(server.api, owner, 'AGENCY', 'Node Agency');
    const member = await addMember(server.api, owner, team.id, ['MEMBER']);
    expect((await server.api.ok(NodeDoc, { id: team.id }, owner.token)).node).toEqual({ __typename: 'Team', id: team.id, name: 'Node Agency' });
    expect((await server.api.ok(NodeDoc, { id: owner.id }, member.token)).node).toEqual({ __typename: 'User', id: owner.id, name: 'Node Owner' });
    expect((await server.api.ok(NodeDoc, { id: member.memberId }, owner.token)).node).toMatchObject({ __typename: 'Member', roles: ['MEMBER'] });
    const outsider = await signUp(server.api, 'Outsider');
    expect(await server.api.errorCode(NodeDoc, { id: member.memberId }, outsider.token)).toBe('NOT_FOUND');
    expect(await server.api.errorCode(NodeDoc, { id: 'garbage' }, outsider.token)).toBe('NOT_FOUND');
    const many = await server.api.run(NodesDoc, { ids: [team.id, member.memberId, 'nope'] }, outsider.token);
    expect(many.data!.nodes).toEqual([{ __typename: 'Team', id: team.id }, null, null]);
    expect(many.errors!.map((e) => [e.path, e.extensions!.code])).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
      [['nodes', 2], 'NOT_FOUND'],
    ]);
  });
});

describe('connections', () => {
  it('page forwards and backwards with totalCount, and refuse more than 100 items or a bad cursor', async () => {
    const owner = await signUp(server.api, 'Lister');
    for (let i = 0; i < 5; i++) await createTeam(server.api, owner, 'CLIENT', `Paged Client ${i}`);
    const filter = { search: 'Paged Client' };
    const first = await server.api.ok(StaffTeamsDoc, { first: 2, filter, orderBy: { field: 'NAME', direction: 'ASC' } }, staff.token);
    expect(first.teams.totalCount).toBe(5);
    expect(first.teams.edges.map((e) => e.node.name)).toEqual(['Paged Client 0', 'Paged Client 1']);
    expect(first.teams.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await server.api.ok(StaffTeamsDoc, { first: 2, after: first.teams.pageInfo.endCursor, filter, orderBy: { field: 'NAME', direction: 'ASC' } }, staff.token);
    expect(second.teams.edges.map((e) => e.node.name)).toEqual(['Paged Client 2', 'Paged Client 3']);
    const back = await server.api.ok(StaffTeamsDoc, { last: 2, before: second.teams.pageInfo.startCursor, filter, orderBy: { field: 'NAME', direction: 'ASC' } }, staff.token);
    expect(back.teams.edges.map((e) => e.node.name)).toEqual(['Paged Client 0', 'Paged Client 1']);
    const desc = await server.api.ok(StaffTeamsDoc, { first: 1, filter, orderBy: { field: 'NAME', direction: 'DESC' } }, staff.token);
    expect(desc.teams.edges[0].node.name).toBe('Paged Client 4');
    expect(await server.api.errorCode(StaffTeamsDoc, { first: 101 }, staff.token)).toBe('BAD_USER_INPUT');
    expect(await server.api.errorCode(StaffTeamsDoc, { first: 1, last: 1 }, staff.token)).toBe('BAD_USER_INPUT');
    expect(await server.api.errorCode(StaffTeamsDoc, { first: 1, after: 'not-a-cursor' }, staff.token)).toBe('BAD_USER_INPUT');
  });
});

describe('staff lists', () => {
  it('AC-2: staff list teams and users with filters and ordering; nobody else may', async () => {
    const owner = await signUp(server.api, 'Zed Filterable');
    await createTeam(server.api, owner, 'AGENCY', 'Filterable Agency');
    const agencies = await server.api.ok(StaffTeamsDoc, { first: 100, filter: { kind: 'AGENCY', memberUserId: owner.id } }, staff.token);
    expect(agencies.teams.edges.map((e) => e.node.name)).toEqual(['Filterable Agency']);
    const users = await server.api.ok(StaffUsersDoc, { filter: { search: 'zed filterable' }, orderBy: { field: 'EMAIL', direction: 'ASC' } }, staff.token);
    expect(users.users.nodes).toEqual([{ id: owner.id, name: 'Zed Filterable', email: owner.email }]);
    expect(await server.api.errorCode(StaffTeamsDoc, { first: 1 }, owner.token)).toBe('FORBIDDEN');
    expect(await server.api.errorCode(StaffUsersDoc, {}, owner.token)).toBe('FORBIDDEN');
    expect(await server.api.errorCode(StaffUsersDoc, {})).toBe('UNAUTHENTICATED');
  });
});

describe('batching', () => {
  async function agencyWithMembers(count: number): Promise<{ owner: TestUser; teamId: string }> {
    const owner = await signUp(server.api, 'Batch Owner');
    const team = await createTeam(server.api, owner, 'AGENCY');
    // Setting up many members through the API is slow; the members are plain rows.
    const now = TEST_EPOCH;
    for (let i = 1; i < count; i++) {
      const userId = `usr_01BATCH${String(count).padStart(4, '0')}${String(i).padStart(14, '0')}`;
      await server.sql(`insert into app_user (id, email, name, password_hash, created_at) values ($1, $2, $3, 'x', $4)`, [userId, `${userId}@example.test`, `Member ${i}`, now]);
      await server.sql(`insert into member (id, team_id, user_id, roles, relationship, status, joined_at) values ($1, $2, $3, '{MEMBER}', 'NON_EXCLUSIVE', 'ACTIVE', $4)`, [
        `mem_01BATCH${String(count).padStart(4, '0')}${String(i).padStart(14, '0')}`,
        team.id,
        userId,
        now,
      ]);
    }
    return { owner, teamId: team.id };
  }

  async function statementsFor<R, V>(run: () => Promise<R>): Promise<number> {
    server.statements.reset();
    await run();
    return server.statements.count;
  }

  it('team { members(first: 100) { edges { node { user { name } } } } } costs as many SQL statements for 100 members as for 5', async () => {
    const small = await agencyWithMembers(5);
    const large = await agencyWithMembers(100);
    const smallCount = await statementsFor(async () => {
      const { team } = await server.api.ok(NestedMembersDoc, { id: small.teamId }, small.owner.token);
      expect(team!.members.edges).toHaveLength(5);
    });
    const largeCount = await statementsFor(async () => {
      const { team } = await server.api.ok(NestedMembersDoc, { id: large.teamId }, large.owner.token);
      expect(team!.members.edges).toHaveLength(100);
    });
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(6);
  });

  it('a list of teams with their members and users costs a fixed number of statements', async () => {
    const count = await statementsFor(async () => {
      const { teams } = await server.api.ok(StaffNestedDoc, {}, staff.token);
      expect(teams.nodes.length).toBeGreaterThan(2);
    });
    await agencyWithMembers(30);
    const after = await statementsFor(() => server.api.ok(StaffNestedDoc, {}, staff.token));
    expect(after).toBe(count);
  });
});

describe('clock and due work', () => {
  it('setClock moves the business clock forward for staff, never back, and not for others', async () => {
    const user = await signUp(server.api, 'Clockless');
    expect(await server.api.errorCode(SetClockDoc, { input: { now: '2030-01-01T00:00:00Z' } }, user.token)).toBe('FORBIDDEN');
    const target = '2030-02-06T09:00:00.000Z'; // 30 days after the test clock's start
    const set = await server.api.ok(SetClockDoc, { input: { now: target } }, staff.token);
    expect(set.setClock.userErrors).toEqual([]);
    const { now } = await server.api.ok(NowDoc, {}, user.token);
    expect(Math.abs(new Date(now).getTime() - new Date(target).getTime())).toBeLessThan(5000);
    const back = await server.api.ok(SetClockDoc, { input: { now: TEST_EPOCH } }, staff.token);
    expect(back.setClock.userErrors[0].code).toBe('CLOCK_BACKWARDS');
    expect(await server.api.errorCode(SetClockDoc, { input: { now: 'yesterday' } }, staff.token)).toBe('BAD_USER_INPUT');
  });

  it('AC-2: runDueWork is for staff only', async () => {
    const user = await signUp(server.api, 'Not Staff');
    expect(await server.api.errorCode(RunDueWorkDoc, {}, user.token)).toBe('FORBIDDEN');
    const { runDueWork } = await server.api.ok(RunDueWorkDoc, {}, staff.token);
    expect(runDueWork.userErrors).toEqual([]);
    expect(runDueWork.reports!.every((r) => typeof r.changed === 'number')).toBe(true);
    expect(runDueWork.reports!.map((r) => r.name)).toEqual(expect.arrayContaining(['offers.expire', 'milestones.auto-approve', 'hourly.invoice-weeks', 'money.release-pending', 'affiliates.pay-commissions']));
    const some = await server.api.ok(RunSomeDueWorkDoc, { input: { only: ['offers.expire'] } }, staff.token);
    expect(some.runDueWork.reports).toEqual([{ name: 'offers.expire' }]);
    const unknown = await server.api.ok(RunSomeDueWorkDoc, { input: { only: ['nope'] } }, staff.token);
    expect(unknown.runDueWork.userErrors).toEqual([{ code: 'UNKNOWN_DUE_WORK', field: ['input', 'only'] }]);
  });
});

describe('the schema', () => {
  it('describes every type, field, argument and enum value', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const { data } = (await response.json()) as { data: { __schema: { types: IntrospectedType[] } } };
    const missing: string[] = [];
    for (const type of data.__schema.types) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      for (const field of [...(type.fields ?? []), ...(type.inputFields ?? [])]) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args ?? []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
      for (const value of type.enumValues ?? []) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});

interface IntrospectedType {
  name: string;
  description: string | null;
  fields: { name: string; description: string | null; args?: { name: string; description: string | null }[] }[] | null;
  inputFields: { name: string; description: string | null; args?: undefined }[] | null;
  enumValues: { name: string; description: string | null }[] | null;
}
