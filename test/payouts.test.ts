import 'reflect-metadata';
import { graphql } from './gql';
import type { AddPayoutMethodInput } from './gql/graphql';
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import {
  addPaypal,
  AddPayoutMethodDoc,
  expectLedgerSound,
  key,
  RequestPayoutDoc,
  seedAvailable,
  startMoneySuite,
  SettlePayoutDoc,
  TeamAccountDoc,
  ViewerAccountDoc,
} from './support/money';
import type { TestServer } from './support/server';

const RemovePayoutMethodDoc = graphql(`
  mutation RemovePayoutMethod($input: RemovePayoutMethodInput!) {
    removePayoutMethod(input: $input) {
      payoutMethod { id removedAt }
      userErrors { code message field }
    }
  }
`);

const ViewerPayoutMethodsDoc = graphql(`
  query ViewerPayoutMethods($includeRemoved: Boolean) {
    viewer { payoutMethods(includeRemoved: $includeRemoved) { totalCount nodes { id kind display } } }
  }
`);

const TeamPayoutsDoc = graphql(`
  query TeamPayouts($id: ID!) {
    team(id: $id) {
      payoutMethods { totalCount nodes { id kind } }
      payouts { totalCount nodes { id status amount { amount } requestedBy { id } } }
    }
  }
`);

const ViewerPayoutsDoc = graphql(`
  query ViewerPayouts($status: PayoutStatus) {
    viewer {
      payouts(status: $status) { totalCount nodes { id status amount { amount } } }
      account { entries(first: 10, accountKinds: [PAYOUTS_IN_FLIGHT, PAID_OUT]) { nodes { kind accountKind amount { amount } payoutId } } }
    }
  }
`);

const StaffPayoutsDoc = graphql(`
  query StaffPayouts($filter: PayoutFilter, $orderBy: PayoutOrder, $first: Int) {
    payouts(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      nodes { id status amount { amount } team { id } user { id } payoutMethod { id kind } }
    }
  }
`);

const PayoutNodeDoc = graphql(`
  query PayoutNode($id: ID!) {
    node(id: $id) { ... on Payout { id status } }
  }
`);

let server: TestServer;
let staff: TestUser;
let clientTeamId: string;

beforeAll(async () => ({ server, staff, clientTeamId } = await startMoneySuite()));
afterAll(() => server.close());

async function availableOf(user: TestUser) {
  return (await server.api.ok(ViewerAccountDoc, {}, user.token)).viewer!.account!;
}

describe('payout methods', () => {
  it('PO-1: PAYPAL, ACH, BACS and CHECK methods are validated and shown only masked', async () => {
    const user = await signUp(server.api, 'Method Maker');
    const add = async (input: AddPayoutMethodInput) => (await server.api.ok(AddPayoutMethodDoc, { input }, user.token)).addPayoutMethod;

    const paypal = await add({ kind: 'PAYPAL', paypalEmail: ' Jane.Doe@Example.com ' });
    expect(paypal.payoutMethod).toMatchObject({ kind: 'PAYPAL', paypalEmail: 'j***@example.com', display: 'PayPal j***@example.com', accountNumberLast4: null });
    const ach = await add({ kind: 'ACH', routingNumber: '021000021', accountNumber: '000123456789' });
    expect(ach.payoutMethod).toMatchObject({ kind: 'ACH', accountNumberLast4: '6789', routingNumberLast4: '0021', display: 'ACH account ending 6789' });
    const bacs = await add({ kind: 'BACS', sortCode: '12-34-56', accountNumber: '31926819' });
    expect(bacs.payoutMethod).toMatchObject({ kind: 'BACS', sortCode: '**-**-56', accountNumberLast4: '6819' });
    const check = await add({ kind: 'CHECK', address: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'us' } });
    expect(check.payoutMethod).toMatchObject({ kind: 'CHECK', addressSummary: 'Springfield, US' });
    for (const payload of [paypal, ach, bacs, check]) {
      expect(payload.userErrors).toEqual([]);
      expect(JSON.stringify(payload)).not.toMatch(/000123456789|31926819|jane\.doe/i);
    }

    const refused = [
      [{ kind: 'PAYPAL', paypalEmail: 'not an email' }, 'INVALID_PAYPAL_EMAIL', 'paypalEmail'],
      [{ kind: 'PAYPAL', paypalEmail: 'a@b.co', sortCode: '123456' }, 'FIELD_NOT_ALLOWED', 'sortCode'],
      [{ kind: 'ACH', routingNumber: '021000022', accountNumber: '123456789' }, 'INVALID_ROUTING_NUMBER', 'routingNumber'],
      [{ kind: 'ACH', routingNumber: '02100002', accountNumber: '123456789' }, 'INVALID_ROUTING_NUMBER', 'routingNumber'],
      [{ kind: 'ACH', routingNumber: '021000021', accountNumber: '123' }, 'INVALID_ACCOUNT_NUMBER', 'accountNumber'],
      [{ kind: 'ACH', routingNumber: '021000021', accountNumber: '123456789012345678' }, 'INVALID_ACCOUNT_NUMBER', 'accountNumber'],
      [{ kind: 'BACS', sortCode: '12-34-5', accountNumber: '12345678' }, 'INVALID_SORT_CODE', 'sortCode'],
      [{ kind: 'BACS', sortCode: '123456', accountNumber: '1234567' }, 'INVALID_ACCOUNT_NUMBER', 'accountNumber'],
      [{ kind: 'CHECK' }, 'INVALID_ADDRESS', 'address'],
      [{ kind: 'CHECK', address: { line1: '1 Main St', city: ' ', postalCode: '12345', country: 'US' } }, 'INVALID_ADDRESS', 'address'],
      [{ kind: 'CHECK', address: { line1: '1 Main St', city: 'X', postalCode: '12345', country: 'USA' } }, 'INVALID_ADDRESS', 'address'],
    ] as const;
    for (const [input, code, field] of refused) {
      const payload = await add(input);
      expect([payload.userErrors[0]?.code, payload.userErrors[0]?.field]).toEqual([code, ['input', field]]);
      expect(payload.payoutMethod).toBeNull();
    }
    const { viewer } = await server.api.ok(ViewerPayoutMethodsDoc, {}, user.token);
    expect(viewer!.payoutMethods!.totalCount).toBe(4);
  });

  it('PO-1: removing a method hides it from the list and from new payouts; only its owner may', async () => {
    const user = await signUp(server.api, 'Remover');
    const other = await signUp(server.api, 'Other');
    const methodId = await addPaypal(server.api, user.token);
    expect(await server.api.errorCode(RemovePayoutMethodDoc, { input: { payoutMethodId: methodId } }, other.token)).toBe('NOT_FOUND');
    const removed = await server.api.ok(RemovePayoutMethodDoc, { input: { payoutMethodId: methodId } }, user.token);
    expect(removed.removePayoutMethod.payoutMethod!.removedAt).toBeTruthy();
    const again = await server.api.ok(RemovePayoutMethodDoc, { input: { payoutMethodId: methodId } }, user.token);
    expect(again.removePayoutMethod.userErrors[0].code).toBe('PAYOUT_METHOD_ALREADY_REMOVED');
    expect((await server.api.ok(ViewerPayoutMethodsDoc, {}, user.token)).viewer!.payoutMethods!.totalCount).toBe(0);
    expect((await server.api.ok(ViewerPayoutMethodsDoc, { includeRemoved: true }, user.token)).viewer!.payoutMethods!.totalCount).toBe(1);

    await seedAvailable(server, { payee: { userId: user.id }, clientTeamId, gross: '10.00' });
    const refused = await server.api.ok(RequestPayoutDoc, { input: { payoutMethodId: methodId, amount: '1.00', idempotencyKey: key() } }, user.token);
    expect(refused.requestPayout.userErrors[0]).toMatchObject({ code: 'PAYOUT_METHOD_NOT_USABLE', field: ['input', 'payoutMethodId'] });
  });
});

describe('payouts', () => {
  it('PO-1: only the OWNER, ADMINs and FINANCIAL members manage and withdraw an agency\'s money', async () => {
    const owner = await signUp(server.api, 'Agency Owner');
    const agency = await createTeam(server.api, owner, 'AGENCY');
    const financial = await addMember(server.api, owner, agency.id, ['FINANCIAL']);
    const admin = await addMember(server.api, owner, agency.id, ['ADMIN']);
    const manager = await addMember(server.api, owner, agency.id, ['BUSINESS_MANAGER']);
    const member = await addMember(server.api, owner, agency.id, ['MEMBER']);
    const outsider = await signUp(server.api, 'Outsider');
    await seedAvailable(server, { payee: { teamId: agency.id }, clientTeamId, gross: '1000.00' });

    const methodInput = { teamId: agency.id, kind: 'PAYPAL' as const, paypalEmail: 'agency@example.com' };
    for (const [user, code] of [[manager, 'FORBIDDEN'], [member, 'FORBIDDEN'], [outsider, 'NOT_FOUND'], [staff, 'FORBIDDEN']] as const) {
      expect(await server.api.errorCode(AddPayoutMethodDoc, { input: methodInput }, user.token)).toBe(code);
    }
    const methodId = await addPaypal(server.api, financial.token, agency.id);

    for (const [user, code] of [[manager, 'FORBIDDEN'], [member, 'FORBIDDEN'], [outsider, 'NOT_FOUND'], [staff, 'FORBIDDEN']] as const) {
      const input = { teamId: agency.id, payoutMethodId: methodId, amount: '10.00', idempotencyKey: key() };
      expect(await server.api.errorCode(RequestPayoutDoc, { input }, user.token)).toBe(code);
    }
    for (const user of [owner, admin, financial]) {
      const { requestPayout } = await server.api.ok(RequestPayoutDoc, { input: { teamId: agency.id, payoutMethodId: methodId, amount: '100.00', idempotencyKey: key() } }, user.token);
      expect(requestPayout.payout).toMatchObject({ status: 'PENDING', amount: { amount: '100.00' }, team: { id: agency.id }, user: null, requestedBy: { id: user.id } });
    }
    const { team } = await server.api.ok(TeamAccountDoc, { id: agency.id }, financial.token);
    expect(team.account).toMatchObject({ available: { amount: '600.00' }, inFlight: { amount: '300.00' } });

    // A team's method cannot pay out a member's own money, nor the other way round.
    const mixed = await server.api.ok(RequestPayoutDoc, { input: { payoutMethodId: methodId, amount: '1.00', idempotencyKey: key() } }, financial.token);
    expect(mixed.requestPayout.userErrors[0].code).toBe('PAYOUT_METHOD_NOT_USABLE');

    const lists = await server.api.ok(TeamPayoutsDoc, { id: agency.id }, financial.token);
    expect(lists.team.payoutMethods!.totalCount).toBe(1);
    expect(lists.team.payouts!.totalCount).toBe(3);
    const hidden = await server.api.run(TeamPayoutsDoc, { id: agency.id }, manager.token);
    expect(hidden.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(hidden.data!.team.payouts).toBeNull();
    expect(await server.api.errorCode(PayoutNodeDoc, { id: lists.team.payouts!.nodes[0].id }, member.token)).toBe('NOT_FOUND');
    expect((await server.api.ok(PayoutNodeDoc, { id: lists.team.payouts!.nodes[0].id }, staff.token)).node).toBeTruthy();
  });

  it('PO-1: a freelancer withdraws their own available money, never more, and never an invalid amount', async () => {
    const freelancer = await signUp(server.api, 'Own Money');
    await seedAvailable(server, { payee: { userId: freelancer.id }, clientTeamId, gross: '100.00' });
    const methodId = await addPaypal(server.api, freelancer.token);
    const request = (amount: string) => server.api.run(RequestPayoutDoc, { input: { payoutMethodId: methodId, amount, idempotencyKey: key() } }, freelancer.token);

    for (const amount of ['0', '0.00', '-5.00']) {
      const { data } = await request(amount);
      expect(data!.requestPayout.userErrors[0]).toMatchObject({ code: 'INVALID_AMOUNT', field: ['input', 'amount'] });
    }
    expect((await request('1.234')).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const tooMuch = await request('90.01');
    expect(tooMuch.data!.requestPayout.userErrors[0]).toMatchObject({ code: 'INSUFFICIENT_FUNDS', field: ['input', 'amount'] });

    const ok = await request('90.00');
    expect(ok.data!.requestPayout).toMatchObject({ userErrors: [], payout: { status: 'PENDING', user: { id: freelancer.id }, team: null } });
    expect(await availableOf(freelancer)).toMatchObject({ available: { amount: '0.00' }, inFlight: { amount: '90.00' } });
    expect((await request('0.01')).data!.requestPayout.userErrors[0].code).toBe('INSUFFICIENT_FUNDS');
    await expectLedgerSound(server.api, staff.token);
  });

  it('MN-2: the same key returns the first payout and moves nothing again; the same key with other arguments is refused', async () => {
    const freelancer = await signUp(server.api, 'Repeater');
    await seedAvailable(server, { payee: { userId: freelancer.id }, clientTeamId, gross: '100.00' });
    const methodId = await addPaypal(server.api, freelancer.token);
    const idempotencyKey = key();
    const input = { payoutMethodId: methodId, amount: '20.00', idempotencyKey };

    const first = await server.api.ok(RequestPayoutDoc, { input }, freelancer.token);
    const repeats = await Promise.all([1, 2, 3, 4].map(() => server.api.ok(RequestPayoutDoc, { input }, freelancer.token)));
    for (const repeat of repeats) expect(repeat.requestPayout.payout!.id).toBe(first.requestPayout.payout!.id);
    expect(await availableOf(freelancer)).toMatchObject({ available: { amount: '70.00' }, inFlight: { amount: '20.00' } });

    const other = await server.api.ok(RequestPayoutDoc, { input: { ...input, amount: '21.00' } }, freelancer.token);
    expect(other.requestPayout).toMatchObject({ payout: null, userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] }] });

    // Concurrent first attempts with one key: one payout.
    const raceKey = key();
    const raced = await Promise.all(
      [1, 2, 3, 4, 5].map(() => server.api.ok(RequestPayoutDoc, { input: { ...input, amount: '5.00', idempotencyKey: raceKey } }, freelancer.token)),
    );
    expect(new Set(raced.map((r) => r.requestPayout.payout!.id)).size).toBe(1);
    expect(await availableOf(freelancer)).toMatchObject({ available: { amount: '65.00' }, inFlight: { amount: '25.00' } });
    const { viewer } = await server.api.ok(ViewerPayoutsDoc, {}, freelancer.token);
    expect(viewer!.payouts!.totalCount).toBe(2);
  });

  it('PO-2: a PAID payout leaves the platform, a FAILED one returns its money, and each settles only once', async () => {
    const freelancer = await signUp(server.api, 'Settled');
    await seedAvailable(server, { payee: { userId: freelancer.id }, clientTeamId, gross: '100.00' });
    const methodId = await addPaypal(server.api, freelancer.token);
    const request = async (amount: string) =>
      (await server.api.ok(RequestPayoutDoc, { input: { payoutMethodId: methodId, amount, idempotencyKey: key() } }, freelancer.token)).requestPayout.payout!.id;

    const paidId = await request('30.00');
    expect(await server.api.errorCode(SettlePayoutDoc, { input: { payoutId: paidId, outcome: 'PAID', idempotencyKey: key() } }, freelancer.token)).toBe('FORBIDDEN');
    const paid = await server.api.ok(SettlePayoutDoc, { input: { payoutId: paidId, outcome: 'PAID', idempotencyKey: key() } }, staff.token);
    expect(paid.settlePayout.payout).toMatchObject({ status: 'PAID', amount: { amount: '30.00' } });
    expect(await availableOf(freelancer)).toMatchObject({ available: { amount: '60.00' }, inFlight: { amount: '0.00' } });

    const failedId = await request('50.00');
    expect(await availableOf(freelancer)).toMatchObject({ available: { amount: '10.00' }, inFlight: { amount: '50.00' } });
    // Two staff decisions at once: one wins, the other finds it no longer pending.
    const [a, b] = await Promise.all([
      server.api.ok(SettlePayoutDoc, { input: { payoutId: failedId, outcome: 'FAILED', idempotencyKey: key() } }, staff.token),
      server.api.ok(SettlePayoutDoc, { input: { payoutId: failedId, outcome: 'FAILED', idempotencyKey: key() } }, staff.token),
    ]);
    expect([a, b].filter((r) => r.settlePayout.userErrors[0]?.code === 'PAYOUT_NOT_PENDING')).toHaveLength(1);
    expect(await availableOf(freelancer)).toMatchObject({ available: { amount: '60.00' }, inFlight: { amount: '0.00' } });

    const late = await server.api.ok(SettlePayoutDoc, { input: { payoutId: paidId, outcome: 'FAILED', idempotencyKey: key() } }, staff.token);
    expect(late.settlePayout.userErrors[0]).toMatchObject({ code: 'PAYOUT_NOT_PENDING', field: ['input', 'payoutId'] });

    // The same key again returns the first result instead of an error (MN-2).
    const keyedId = await request('5.00');
    const settleKey = key();
    const once = await server.api.ok(SettlePayoutDoc, { input: { payoutId: keyedId, outcome: 'PAID', idempotencyKey: settleKey } }, staff.token);
    const twice = await server.api.ok(SettlePayoutDoc, { input: { payoutId: keyedId, outcome: 'PAID', idempotencyKey: settleKey } }, staff.token);
    expect([once.settlePayout.payout!.status, twice.settlePayout.userErrors]).toEqual(['PAID', []]);
    expect(await availableOf(freelancer)).toMatchObject({ available: { amount: '55.00' } });

    const { viewer } = await server.api.ok(ViewerPayoutsDoc, { status: 'FAILED' }, freelancer.token);
    expect(viewer!.payouts!.nodes.map((p) => p.id)).toEqual([failedId]);
    const kinds = viewer!.account!.entries.nodes.map((e) => `${e.kind}:${e.accountKind}:${e.amount.amount}`);
    expect(kinds).toEqual(expect.arrayContaining(['PAYOUT_PAID:PAID_OUT:30.00', 'PAYOUT_FAILED:PAYOUTS_IN_FLIGHT:-50.00', 'PAYOUT_REQUESTED:PAYOUTS_IN_FLIGHT:50.00']));
    await expectLedgerSound(server.api, staff.token);
  });

  it('PO-2: staff list every payout, filtered and ordered; nobody else may', async () => {
    const owner = await signUp(server.api, 'Listed Owner');
    const agency = await createTeam(server.api, owner, 'AGENCY');
    await seedAvailable(server, { payee: { teamId: agency.id }, clientTeamId, gross: '100.00' });
    const methodId = await addPaypal(server.api, owner.token, agency.id);
    const ids: string[] = [];
    for (const amount of ['1.00', '3.00', '2.00']) {
      const { requestPayout } = await server.api.ok(RequestPayoutDoc, { input: { teamId: agency.id, payoutMethodId: methodId, amount, idempotencyKey: key() } }, owner.token);
      ids.push(requestPayout.payout!.id);
    }
    await server.api.ok(SettlePayoutDoc, { input: { payoutId: ids[1], outcome: 'PAID', idempotencyKey: key() } }, staff.token);

    const all = await server.api.ok(StaffPayoutsDoc, { filter: { teamId: agency.id }, orderBy: { field: 'AMOUNT', direction: 'ASC' } }, staff.token);
    expect(all.payouts.nodes.map((p) => p.amount.amount)).toEqual(['1.00', '2.00', '3.00']);
    expect(all.payouts.nodes[0]).toMatchObject({ team: { id: agency.id }, user: null, payoutMethod: { id: methodId, kind: 'PAYPAL' } });
    const paid = await server.api.ok(StaffPayoutsDoc, { filter: { teamId: agency.id, status: ['PAID'] } }, staff.token);
    expect(paid.payouts.nodes.map((p) => p.id)).toEqual([ids[1]]);
    const future = await server.api.ok(StaffPayoutsDoc, { filter: { teamId: agency.id, createdAfter: '2040-01-01T00:00:00Z' } }, staff.token);
    expect(future.payouts.totalCount).toBe(0);
    const page = await server.api.ok(StaffPayoutsDoc, { filter: { teamId: agency.id }, first: 2 }, staff.token);
    expect(page.payouts).toMatchObject({ totalCount: 3 });
    expect(page.payouts.nodes).toHaveLength(2);
    expect(await server.api.errorCode(StaffPayoutsDoc, {}, owner.token)).toBe('FORBIDDEN');
  });

  it('PO-2: a page of payouts with their methods, owners and requesters costs a fixed number of statements', async () => {
    const users = await Promise.all([1, 2, 3, 4].map((i) => signUp(server.api, `Batch ${i}`)));
    const statementsFor = async () => {
      server.statements.reset();
      await server.api.ok(StaffPayoutsDoc, { first: 100 }, staff.token);
      return server.statements.count;
    };
    const payOut = async (user: TestUser) => {
      await seedAvailable(server, { payee: { userId: user.id }, clientTeamId, gross: '10.00' });
      const methodId = await addPaypal(server.api, user.token);
      await server.api.ok(RequestPayoutDoc, { input: { payoutMethodId: methodId, amount: '1.00', idempotencyKey: key() } }, user.token);
    };
    await payOut(users[0]);
    const few = await statementsFor();
    for (const user of users.slice(1)) await payOut(user);
    expect(await statementsFor()).toBe(few);
  });
});
