/**
 * The read compiler (src/graphql/compiled/) answers the list queries it covers with one SQL
 * statement. These tests ask the three benchmarked shapes of the same database twice: from this
 * server (COMPILED_READS on, the default) and from a second app on the same database and pool
 * with it off (every field resolved), as every kind of caller, and require the same answer, field
 * for field, refusals included.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createApp, type RunningApp } from '../src/server/app';
import { databaseTestClock } from '../src/shared/clock';
import { graphql } from './gql';
import { Api, type Result } from './support/api';
import { addMember, createTeam, signUp, signUpStaff, type TestUser } from './support/factories';
import { agencyContract, FIXED_OFFER, hiringWorld, sendOffer, type HiringWorld } from './support/hiring';
import { RunDueWorkDoc } from './support/money';
import { startTestServer, type TestServer } from './support/server';
import { BillingLogTimeDoc } from './support/work-money';
import { setClockTo } from './support/clock';

const CompiledNestedListDoc = graphql(`
  query CompiledNestedList {
    teams(first: 100, filter: { kind: AGENCY }) {
      totalCount
      nodes { id name members(first: 10) { nodes { id roles relationship user { id name } } } }
    }
  }
`);

const CompiledDashboardDoc = graphql(`
  query CompiledDashboard($id: ID!) {
    team(id: $id) {
      offers(first: 50) {
        nodes { status job { title } freelancer { name } contract { status milestones(first: 10) { nodes { amount { amount } status } } } }
      }
    }
  }
`);

const CompiledStaffContractsDoc = graphql(`
  query CompiledStaffContracts {
    contracts(first: 100) {
      totalCount
      nodes {
        id title status createdAt
        clientTeam { name } agency { name } freelancer { name }
        invoices(first: 10) { nodes { weekStart hours amount { amount } fee { amount } } }
      }
    }
  }
`);

// Arguments the compiler does not read (filters, orders, the deprecated status): the resolvers answer.
const CompiledArgumentsDoc = graphql(`
  query CompiledArguments($id: ID!) {
    teams(first: 100, filter: { kind: AGENCY }) {
      nodes { id members(first: 10, orderBy: { field: JOINED_AT, direction: DESC }) { nodes { id } } }
    }
    team(id: $id) {
      members(first: 10, filter: { status: [ACTIVE] }) { nodes { id status } }
      former: members(first: 10, status: LEFT) { nodes { id status } }
      offers(first: 50) { nodes { contract { milestones(first: 10, orderBy: { field: POSITION, direction: DESC }) { nodes { status } } } } }
    }
    contracts(first: 100) { nodes { id invoices(first: 10, orderBy: { field: WEEK_START, direction: ASC }) { nodes { weekStart } } } }
  }
`);

// More of what the compiler covers: aliases, __typename, money currencies, instants, the
// members of the dashboard team, a client team's offers, every page size rule.
const CompiledWideDoc = graphql(`
  query CompiledWide($id: ID!, $first: Int) {
    mine: team(id: $id) {
      __typename id name kind createdAt
      members(first: $first) { __typename totalCount nodes { __typename id status joinedAt leftAt roles user { id name } } }
      offers(first: $first) {
        totalCount
        nodes {
          id title kind createdAt expiresAt status
          clientTeam { id name kind } agency { id name } job { id title kind }
          contract {
            id kind endedAt job { title } freelancer { id }
            milestones { totalCount nodes { id position description dueAt status amount { amount currency __typename } } }
            invoices(first: 1) { totalCount nodes { id weekEnd hours fee { amount currency } } }
          }
        }
      }
    }
  }
`);

let server: TestServer;
let plainApp: RunningApp;
let plain: Api;
let world: HiringWorld;
let staff: TestUser;
let outsider: TestUser;
let financial: TestUser;

const setNow = (iso: string) => setClockTo(server.api, staff, iso);

beforeAll(async () => {
  server = await startTestServer();
  plainApp = await createApp({ config: { ...server.config, compiledReads: false }, orm: server.orm, clock: databaseTestClock });
  plain = new Api(`http://127.0.0.1:${await plainApp.listen(0, '127.0.0.1')}/graphql`);
  world = await hiringWorld(server.api);
  staff = await signUpStaff(server.api);
  outsider = await signUp(server.api, 'Outside Person');
  financial = await addMember(server.api, world.agencyOwner, world.agency.id, ['FINANCIAL'], 'NON_EXCLUSIVE');
  // An hourly contract with a billed week, a fixed-price one with milestones, pending offers
  // that expire (one marked by the scheduler, one only at read time), and one still pending.
  await setNow('2030-03-04T08:00:00Z'); // Monday
  const hourly = await agencyContract(server.api, world, { hourlyRate: '60.00', weeklyLimitHours: 20 });
  await setNow('2030-03-05T08:00:00Z');
  const logged = await server.api.ok(BillingLogTimeDoc, { input: { contractId: hourly.contract.id, startedAt: '2030-03-04T09:00:00Z', minutes: 95 } }, world.member.token);
  if (!logged.logTime.timeEntry) throw new Error('time not logged');
  await agencyContract(server.api, world, FIXED_OFFER);
  await sendOffer(server.api, world.hiringManager, world.client.id, { freelancerId: world.freeMember.id, agencyId: world.agency.id });
  await setNow('2030-03-11T09:00:00Z');
  await server.api.ok(RunDueWorkDoc, {}, staff.token);
  await sendOffer(server.api, world.hiringManager, world.client.id, { ...FIXED_OFFER, freelancerId: world.member.id, agencyId: world.agency.id });
  // Past that offer's expiry, before the scheduler marks it: it reads EXPIRED at the request's instant.
  await setNow('2030-03-19T09:00:00Z');
  await sendOffer(server.api, world.hiringManager, world.client.id, { freelancerId: world.member.id, agencyId: world.agency.id });
  const [{ count }] = await server.sql<{ count: string }>('select count(*) from invoice');
  if (count !== '1') throw new Error(`expected one invoice, found ${count}`);
});

afterAll(async () => {
  await plainApp.close();
  await server.close();
});

type Viewer = [string, () => string | undefined];
const VIEWERS: Viewer[] = [
  ['staff', () => staff.token],
  ['agency owner', () => world.agencyOwner.token],
  ['business manager', () => world.manager.token],
  ['financial member', () => financial.token],
  ['member working on the contracts', () => world.member.token],
  ['member working on none', () => world.freeMember.token],
  ['client owner', () => world.clientOwner.token],
  ['client hiring manager', () => world.hiringManager.token],
  ['outsider', () => outsider.token],
  ['signed out', () => undefined],
];

/** A response without what differs between any two requests (the request id). */
function comparable<R>(result: Result<R>) {
  return {
    status: result.status,
    data: result.data,
    errors: result.errors?.map(({ extensions, ...error }) => ({ ...error, extensions: { ...extensions, requestId: undefined } })),
  };
}

async function both<R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string | undefined) {
  server.statements.reset();
  const compiled = await server.api.run(document, variables, token);
  const compiledStatements = server.statements.count;
  server.statements.reset();
  const resolved = await plain.run(document, variables, token);
  return { compiled, resolved, compiledStatements, resolvedStatements: server.statements.count };
}

describe('the compiled answer is the resolvers\' answer, for every caller', () => {
  it.each(VIEWERS)('staff nested list of agencies, members and users, asked by %s', async (_, token) => {
    const { compiled, resolved } = await both(CompiledNestedListDoc, {}, token());
    expect(comparable(compiled)).toEqual(comparable(resolved));
  });

  it.each(VIEWERS)("the agency's dashboard of offers, contracts and milestones, asked by %s", async (_, token) => {
    const { compiled, resolved } = await both(CompiledDashboardDoc, { id: world.agency.id }, token());
    expect(comparable(compiled)).toEqual(comparable(resolved));
  });

  it.each(VIEWERS)("the client team's dashboard, asked by %s", async (_, token) => {
    const { compiled, resolved } = await both(CompiledDashboardDoc, { id: world.client.id }, token());
    expect(comparable(compiled)).toEqual(comparable(resolved));
  });

  it.each(VIEWERS)("staff's page of contracts with teams, freelancer and invoices, asked by %s", async (_, token) => {
    const { compiled, resolved } = await both(CompiledStaffContractsDoc, {}, token());
    expect(comparable(compiled)).toEqual(comparable(resolved));
  });

  it.each(VIEWERS)('a wide selection of the agency with aliases, __typename and page sizes, asked by %s', async (_, token) => {
    for (const first of [undefined, 0, 1, 100, 101, -1]) {
      const { compiled, resolved } = await both(CompiledWideDoc, { id: world.agency.id, first }, token());
      expect(comparable(compiled)).toEqual(comparable(resolved));
    }
  });

  it.each(VIEWERS)('filters, orders and the deprecated status argument on the nested lists, asked by %s', async (_, token) => {
    const { compiled, resolved } = await both(CompiledArgumentsDoc, { id: world.agency.id }, token());
    expect(comparable(compiled)).toEqual(comparable(resolved));
  });

  it('a team that does not exist, or an id of another type: the same NOT_FOUND', async () => {
    for (const id of ['team_00000000000000000000000000', world.client.id.replace('team_', 'usr_'), world.freeMember.id]) {
      const { compiled, resolved } = await both(CompiledDashboardDoc, { id }, staff.token);
      expect(compiled.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(comparable(compiled)).toEqual(comparable(resolved));
    }
  });
});

describe('what the compiler answers', () => {
  it('the three shapes: staff and the agency owner get them from one statement besides the session check, the resolvers need more', async () => {
    // Besides the compiled statement: the session check, and for offers' status the business
    // clock (in tests it lives in the database).
    const cases = [
      [await both(CompiledNestedListDoc, {}, staff.token), 2],
      [await both(CompiledStaffContractsDoc, {}, staff.token), 2],
      [await both(CompiledDashboardDoc, { id: world.agency.id }, staff.token), 3],
      [await both(CompiledDashboardDoc, { id: world.agency.id }, world.agencyOwner.token), 3],
      [await both(CompiledDashboardDoc, { id: world.agency.id }, world.manager.token), 3],
      [await both(CompiledDashboardDoc, { id: world.client.id }, world.hiringManager.token), 3],
    ] as const;
    for (const [{ compiled, compiledStatements, resolvedStatements }, expected] of cases) {
      expect(compiled.errors).toBeUndefined();
      expect(compiledStatements).toBe(expected);
      expect(resolvedStatements).toBeGreaterThan(compiledStatements);
    }
  });

  it('AC-1: a plain member is not answered from SQL (amounts they may not see stay null): the resolvers answer after the one refused statement', async () => {
    const { compiled, compiledStatements, resolvedStatements } = await both(CompiledDashboardDoc, { id: world.agency.id }, world.freeMember.token);
    const amounts = compiled.data!.team.offers.nodes.flatMap((offer) => offer.contract?.milestones.nodes.map((m) => m.amount) ?? []);
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.every((amount) => amount === null)).toBe(true);
    expect(compiledStatements).toBe(resolvedStatements + 1);
  });

  it('the nested list costs the same statements however many agencies and members it lists', async () => {
    const before = await both(CompiledNestedListDoc, {}, staff.token);
    for (let i = 0; i < 3; i++) {
      const owner = await signUp(server.api, `Extra Owner ${i}`);
      const agency = await createTeam(server.api, owner, 'AGENCY');
      await addMember(server.api, owner, agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
    }
    const after = await both(CompiledNestedListDoc, {}, staff.token);
    expect(after.compiled.data!.teams.totalCount).toBe(before.compiled.data!.teams.totalCount + 3);
    expect(after.compiledStatements).toBe(before.compiledStatements);
    expect(comparable(after.compiled)).toEqual(comparable(after.resolved));
  });
});
