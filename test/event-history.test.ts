import { graphql } from './gql';
import type { OfferHistoryQueryVariables } from './gql/graphql';
import { addMember, signUp, type TestUser } from './support/factories';
import { directAgencyOffer, HiringSetClockDoc, startHiringSuite, WithdrawOfferDoc, type HiringWorld } from './support/hiring';
import { addPaypal, key, RequestPayoutDoc, seedAvailable, SettlePayoutDoc } from './support/money';
import { TEST_EPOCH, type TestServer } from './support/server';
import { settle, Subscriber } from './support/ws';

/** Team.offerEvents / Team.paymentEvents: the history behind the subscriptions, and the seam between the two. */

const OfferHistoryDoc = graphql(`
  query OfferHistory($teamId: ID!, $first: Int, $after: String, $filter: OfferEventFilter, $orderBy: EventOrder) {
    team(id: $teamId) {
      offerEvents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        latestEventId
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id type occurredAt offer { id } actor { id name } }
      }
    }
  }
`);

const PaymentHistoryDoc = graphql(`
  query PaymentHistory($teamId: ID!, $filter: PaymentEventFilter) {
    team(id: $teamId) {
      paymentEvents(filter: $filter) {
        latestEventId
        totalCount
        nodes { id type amount { amount } payout { id } actor { id } }
      }
    }
  }
`);

const HistoryOfferEventsDoc = graphql(`
  subscription HistoryOfferEvents($teamId: ID, $after: String) {
    offerEvents(teamId: $teamId, after: $after) { id type offer { id } actor { id } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const directOffer = () => directAgencyOffer(server.api, world);
const history = async (variables: Omit<OfferHistoryQueryVariables, 'teamId'>, token = world.clientOwner.token) =>
  (await server.api.ok(OfferHistoryDoc, { teamId: world.client.id, ...variables }, token)).team.offerEvents;

describe('Team.offerEvents', () => {
  it('OF-5: load the history, then subscribe after latestEventId: what happened in between arrives exactly once, nothing of the history again', async () => {
    const sent = [await directOffer(), await directOffer()];
    const loaded = await history({});
    expect(loaded.nodes.slice(0, 2).map((node) => [node.type, node.offer.id])).toEqual([
      ['SENT', sent[1].id],
      ['SENT', sent[0].id],
    ]);
    expect(BigInt(loaded.latestEventId)).toBeGreaterThanOrEqual(BigInt(loaded.nodes[0].id));

    // between loading and subscribing
    const between = await directOffer();

    const subscriber = await Subscriber.connect(server.wsUrl, world.clientOwner.token);
    const stream = subscriber.subscribe(HistoryOfferEventsDoc, { teamId: world.client.id, after: loaded.latestEventId });
    await stream.waitFor(1);
    const live = await directOffer();
    await stream.waitFor(2);
    await settle(300);
    expect(stream.received.map((d) => d.data!.offerEvents.offer.id)).toEqual([between.id, live.id]);
    expect(stream.received.map((d) => d.data!.offerEvents.actor?.id)).toEqual([world.hiringManager.id, world.hiringManager.id]);
    const historyIds = new Set(loaded.nodes.map((node) => node.id));
    expect(stream.received.filter((d) => historyIds.has(d.data!.offerEvents.id))).toEqual([]);
    subscriber.close();

    // and the next load holds both, newest first, with a newer latestEventId
    const reloaded = await history({ first: 2 });
    expect(reloaded.nodes.map((node) => node.offer.id)).toEqual([live.id, between.id]);
    expect(BigInt(reloaded.latestEventId)).toBeGreaterThan(BigInt(loaded.latestEventId));
  });

  it('filters by type list and date range, orders oldest first on request, pages with cursors, and names the acting user', async () => {
    await server.api.ok(HiringSetClockDoc, { input: { now: '2030-01-08T09:00:00.000Z' } }, staff.token);
    const dayTwo = await directOffer();
    await server.api.ok(WithdrawOfferDoc, { input: { offerId: dayTwo.id } }, world.hiringManager.token);
    await server.api.ok(HiringSetClockDoc, { input: { now: '2030-01-09T09:00:00.000Z' } }, staff.token);
    const dayThree = await directOffer();

    const withdrawn = await history({ filter: { types: ['WITHDRAWN'] } });
    expect(withdrawn.nodes.map((node) => [node.type, node.offer.id, node.actor?.id])).toEqual([['WITHDRAWN', dayTwo.id, world.hiringManager.id]]);
    expect(withdrawn.totalCount).toBe(1);

    const onDayTwo = await history({ filter: { occurredAfter: '2030-01-08T00:00:00.000Z', occurredBefore: '2030-01-09T00:00:00.000Z' } });
    expect(onDayTwo.nodes.map((node) => node.type)).toEqual(['WITHDRAWN', 'SENT']);
    expect(onDayTwo.nodes.every((node) => node.offer.id === dayTwo.id)).toBe(true);

    const sentOnDayOne = await history({ filter: { types: ['SENT', 'ACCEPTED'], occurredBefore: '2030-01-08T00:00:00.000Z' } });
    expect(sentOnDayOne.nodes.every((node) => node.type === 'SENT' && node.occurredAt >= TEST_EPOCH && node.occurredAt < '2030-01-08')).toBe(true);
    expect(sentOnDayOne.totalCount).toBe(4);

    const newestFirst = await history({ first: 100 });
    const oldestFirst = await history({ first: 100, orderBy: { field: 'ID', direction: 'ASC' } });
    expect(oldestFirst.nodes.map((node) => node.id)).toEqual([...newestFirst.nodes.map((node) => node.id)].reverse());
    expect(newestFirst.nodes[0].offer.id).toBe(dayThree.id);
    expect(newestFirst.nodes[0].actor).toEqual({ id: world.hiringManager.id, name: expect.any(String) });

    const pageOne = await history({ first: 3, orderBy: { field: 'ID', direction: 'ASC' } });
    const pageTwo = await history({ first: 3, after: pageOne.pageInfo.endCursor, orderBy: { field: 'ID', direction: 'ASC' } });
    expect([...pageOne.nodes, ...pageTwo.nodes].map((node) => node.id)).toEqual(oldestFirst.nodes.slice(0, 6).map((node) => node.id));
    expect(pageOne.pageInfo.hasNextPage).toBe(true);

    // the agency sees the same offers from its side
    const agencySide = (await server.api.ok(OfferHistoryDoc, { teamId: world.agency.id, filter: { types: ['WITHDRAWN'] } }, world.manager.token)).team.offerEvents;
    expect(agencySide.nodes.map((node) => node.offer.id)).toEqual([dayTwo.id]);
  });

  it('AC-3: outsiders cannot read a team history', async () => {
    const outsider = await signUp(server.api, 'Outsider');
    const result = await server.api.run(OfferHistoryDoc, { teamId: world.client.id }, outsider.token);
    expect(result.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
  });
});

describe('Team.paymentEvents', () => {
  it("PO-2: the team's money history with the requester as actor, for financial roles only", async () => {
    await seedAvailable(server, { payee: { teamId: world.agency.id }, clientTeamId: world.client.id, gross: '500.00' });
    const methodId = await addPaypal(server.api, world.agencyOwner.token, world.agency.id);
    const { requestPayout } = await server.api.ok(
      RequestPayoutDoc,
      { input: { teamId: world.agency.id, payoutMethodId: methodId, amount: '40.00', idempotencyKey: 'history-1' } },
      world.agencyOwner.token,
    );
    await server.api.ok(SettlePayoutDoc, { input: { payoutId: requestPayout.payout!.id, outcome: 'PAID', idempotencyKey: key() } }, staff.token);

    const financial = await addMember(server.api, world.agencyOwner, world.agency.id, ['FINANCIAL']);
    const payouts = (await server.api.ok(PaymentHistoryDoc, { teamId: world.agency.id, filter: { types: ['PAYOUT_REQUESTED', 'PAYOUT_PAID'] } }, financial.token)).team.paymentEvents;
    expect(payouts.nodes.map((node) => [node.type, node.amount.amount, node.payout?.id, node.actor?.id])).toEqual([
      ['PAYOUT_PAID', '40.00', requestPayout.payout!.id, staff.id],
      ['PAYOUT_REQUESTED', '40.00', requestPayout.payout!.id, world.agencyOwner.id],
    ]);
    const everything = (await server.api.ok(PaymentHistoryDoc, { teamId: world.agency.id }, financial.token)).team.paymentEvents;
    expect(everything.nodes.slice(0, 2).map((node) => node.type)).toEqual(['PAYOUT_PAID', 'PAYOUT_REQUESTED']);
    expect(everything.totalCount).toBe(everything.nodes.length);

    const refused = await server.api.run(PaymentHistoryDoc, { teamId: world.agency.id }, world.member.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
