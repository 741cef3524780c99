import { getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLInputObjectType, type GraphQLInputType } from 'graphql';
import { buildAppSchema } from '../src/graphql/schema';
import { graphql } from './gql';
import { agencyContract, FIXED_OFFER, HiringSetClockDoc, type HiringWorld, startHiringSuite } from './support/hiring';
import { InviteDoc, type TestUser } from './support/factories';
import { approvedAffiliate, RecordReferralClickDoc } from './support/affiliates';
import { advanceClock, DAY_MS } from './support/clock';
import { logTime } from './support/work-money';
import { addPaypal, RequestPayoutDoc, seedAvailable } from './support/money';
import type { TestServer } from './support/server';

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

const ContractListsDoc = graphql(`
  query ContractLists($id: ID!, $entries: TimeEntryFilter, $entryOrder: TimeEntryOrder, $milestones: MilestoneFilter, $milestoneOrder: MilestoneOrder, $invoices: InvoiceFilter) {
    node(id: $id) {
      ... on Contract {
        timeEntries(filter: $entries, orderBy: $entryOrder) { totalCount nodes { startedAt minutes } }
        milestones(filter: $milestones, orderBy: $milestoneOrder) { totalCount nodes { description status } }
        invoices(filter: $invoices) { totalCount }
      }
    }
  }
`);

const AccountEntriesListDoc = graphql(`
  query AccountEntriesList($teamId: ID!, $filter: AccountEntryFilter, $orderBy: AccountEntryOrder) {
    team(id: $teamId) { account { entries(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { kind occurredAt } } } }
  }
`);

const PagedListsDoc = graphql(`
  query PagedLists($teamId: ID!, $first: Int, $after: String) {
    team(id: $teamId) {
      pendingInvitationsConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { email } }
    }
  }
`);

const AffiliateListsDoc = graphql(`
  query AffiliateLists($filter: DateRangeFilter, $orderBy: ChronologicalOrder) {
    viewer {
      affiliate {
        clicks(filter: $filter, orderBy: $orderBy) { totalCount nodes { id occurredAt } }
        referrals(filter: $filter, orderBy: $orderBy) { totalCount }
        commissions(filter: $filter, orderBy: $orderBy) { totalCount }
        materialsConnection(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } }
        sitesConnection { totalCount nodes { url } }
      }
    }
  }
`);

const MyMembershipsDoc = graphql(`
  query MyMemberships($filter: MemberFilter) {
    viewer { membershipsConnection(filter: $filter) { totalCount nodes { status team { id } } } }
  }
`);

describe('Team.members, Team.payouts and the nested lists of contracts and accounts', () => {
  let server: TestServer;
  let world: HiringWorld;
  let staff: TestUser;
  beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
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

  it('Contract.timeEntries and Contract.milestones: date ranges, status lists and orders', async () => {
    const hourly = (await agencyContract(server.api, world)).contract;
    await server.api.ok(HiringSetClockDoc, { input: { now: '2030-01-09T12:00:00.000Z' } }, staff.token);
    await logTime(server.api, world.member, hourly.id, '2030-01-07T10:00:00.000Z', 60);
    await logTime(server.api, world.member, hourly.id, '2030-01-08T10:00:00.000Z', 90);
    const lists = async (id: string, variables: Record<string, unknown>) => (await server.api.ok(ContractListsDoc, { id, ...variables }, world.hiringManager.token)).node as {
      timeEntries: { totalCount: number; nodes: { startedAt: string; minutes: number }[] };
      milestones: { totalCount: number; nodes: { description: string; status: string }[] };
      invoices: { totalCount: number };
    };
    expect((await lists(hourly.id, {})).timeEntries.nodes.map((node) => node.minutes)).toEqual([90, 60]);
    expect((await lists(hourly.id, { entryOrder: { field: 'STARTED_AT', direction: 'ASC' } })).timeEntries.nodes.map((node) => node.minutes)).toEqual([60, 90]);
    const dayTwo = await lists(hourly.id, { entries: { startedAfter: '2030-01-08T00:00:00.000Z', startedBefore: '2030-01-09T00:00:00.000Z' } });
    expect(dayTwo.timeEntries).toEqual({ totalCount: 1, nodes: [{ startedAt: '2030-01-08T10:00:00.000Z', minutes: 90 }] });
    expect((await lists(hourly.id, { invoices: { weekStartAfter: '2030-01-01T00:00:00.000Z' } })).invoices.totalCount).toBe(0);

    const fixed = (await agencyContract(server.api, world, FIXED_OFFER)).contract;
    expect((await lists(fixed.id, {})).milestones.nodes.map((node) => node.description)).toEqual(['Design', 'Build']);
    expect((await lists(fixed.id, { milestones: { dueBefore: '2030-02-01T00:00:00Z' } })).milestones.nodes.map((node) => node.description)).toEqual(['Design']);
    expect((await lists(fixed.id, { milestoneOrder: { field: 'DUE_AT', direction: 'DESC' } })).milestones.nodes.map((node) => node.description)).toEqual(['Build', 'Design']);
    const statuses = (await lists(fixed.id, {})).milestones.nodes.map((node) => [node.description, node.status]);
    for (const status of ['FUNDED', 'PENDING_FUNDING'] as const) {
      const only = (await lists(fixed.id, { milestones: { status: [status] } })).milestones.nodes.map((node) => node.description);
      expect(only).toEqual(statuses.filter(([, s]) => s === status).map(([description]) => description));
    }
    expect((await lists(fixed.id, { milestones: { status: ['PENDING_FUNDING', 'FUNDED'] } })).milestones.totalCount).toBe(
      statuses.filter(([, s]) => s === 'PENDING_FUNDING' || s === 'FUNDED').length,
    );
    expect((await lists(fixed.id, { milestones: { status: [] } })).milestones.totalCount).toBe(0);
  });

  it('Account.entries: kinds, account parts and a date range', async () => {
    const entries = async (variables: Record<string, unknown>) =>
      (await server.api.ok(AccountEntriesListDoc, { teamId: world.agency.id, ...variables }, world.agencyOwner.token)).team.account!.entries;
    const all = await entries({});
    expect(all.totalCount).toBeGreaterThan(3);
    const requested = await entries({ filter: { kinds: ['PAYOUT_REQUESTED'], accountKinds: ['PAYEE_AVAILABLE'] } });
    expect(requested.totalCount).toBe(3);
    expect(requested.nodes.every((node) => node.kind === 'PAYOUT_REQUESTED')).toBe(true);
    expect((await entries({ filter: { occurredBefore: '2000-01-01T00:00:00Z' } })).totalCount).toBe(0);
    const oldestFirst = await entries({ orderBy: { field: 'OCCURRED_AT', direction: 'ASC' } });
    expect(oldestFirst.nodes.map((node) => node.occurredAt)).toEqual([...oldestFirst.nodes.map((node) => node.occurredAt)].sort());
  });

  it('the plain lists have paginated replacements: pending invitations page with cursors; memberships default to every status', async () => {
    for (const name of ['ann', 'ben', 'cid']) {
      await server.api.ok(InviteDoc, { input: { teamId: world.agency.id, email: `${name}-${world.agency.id.slice(-6)}@example.com`, roles: ['MEMBER'], relationship: 'EXCLUSIVE' } }, world.agencyOwner.token);
    }
    const page = async (variables: Record<string, unknown>) => await server.api.ok(PagedListsDoc, { teamId: world.agency.id, ...variables }, world.agencyOwner.token);
    const first = (await page({ first: 2 })).team.pendingInvitationsConnection!;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((node) => node.email.slice(0, 3))).toEqual(['ann', 'ben']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await page({ first: 2, after: first.pageInfo.endCursor })).team.pendingInvitationsConnection!;
    expect(rest.nodes.map((node) => node.email.slice(0, 3))).toEqual(['cid']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await server.api.run(PagedListsDoc, { teamId: world.agency.id, after: 'not-a-cursor' }, world.agencyOwner.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // freeMember left the agency earlier in this file: the new list shows it, the old default (ACTIVE) did not
    const mine = (await server.api.ok(MyMembershipsDoc, {}, world.freeMember.token)).viewer!.membershipsConnection!;
    expect(mine.nodes).toEqual([{ status: 'LEFT', team: { id: world.agency.id } }]);
    expect((await server.api.ok(MyMembershipsDoc, { filter: { status: ['ACTIVE'] } }, world.freeMember.token)).viewer!.membershipsConnection!.totalCount).toBe(0);
  });

  it('Affiliate.clicks, referrals and commissions: a date range and either order; materials and sites paginated', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const first = await server.api.ok(RecordReferralClickDoc, { input: { code: affiliate.code } });
    const dayLater = await advanceClock(server.api, staff, DAY_MS);
    const second = await server.api.ok(RecordReferralClickDoc, { input: { code: affiliate.code } });
    const lists = async (variables: Record<string, unknown>) => (await server.api.ok(AffiliateListsDoc, variables, affiliate.token)).viewer!.affiliate!;
    const ids = [first.recordReferralClick.clickId, second.recordReferralClick.clickId];
    expect((await lists({})).clicks.nodes.map((node) => node.id)).toEqual([...ids].reverse());
    expect((await lists({ orderBy: { direction: 'ASC' } })).clicks.nodes.map((node) => node.id)).toEqual(ids);
    expect((await lists({ filter: { from: dayLater.toISOString() } })).clicks.nodes.map((node) => node.id)).toEqual([ids[1]]);
    expect((await lists({ filter: { to: dayLater.toISOString() } })).clicks.nodes.map((node) => node.id)).toEqual([ids[0]]);
    const all = await lists({});
    expect(all.referrals.totalCount).toBe(0);
    expect(all.commissions.totalCount).toBe(0);
    expect(all.materialsConnection.totalCount).toBe(affiliate.materials.length);
    expect(all.materialsConnection.nodes).toEqual([{ id: affiliate.materials[0].id }]);
    expect(all.materialsConnection.pageInfo.hasNextPage).toBe(affiliate.materials.length > 1);
    expect(all.sitesConnection.totalCount).toBeGreaterThan(0);
  });
});
