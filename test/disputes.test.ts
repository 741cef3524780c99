import { signUp, type TestUser } from './support/factories';
import { agencyContract, type HiringWorld, startHiringSuite } from './support/hiring';
import { expectLedgerSound, key, RunDueWorkDoc, TeamAccountDoc } from './support/money';
import type { TestServer } from './support/server';
import {
  ApproveMilestoneDoc,
  EndForMoneyDoc,
  fund,
  MilestoneHistoryDoc,
  RequestMilestoneChangesDoc,
  resolveDispute,
  ResolveDisputeDoc,
  submit,
  SubmitMilestoneDoc,
} from './support/work-money';
import { setClockTo } from './support/clock';

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());
const api = () => server.api;

const DISPUTE_OFFER = {
  kind: 'FIXED_PRICE' as const,
  hourlyRate: null,
  weeklyLimitHours: null,
  milestones: [
    { description: 'Design', amount: '500.00' },
    { description: 'Build', amount: '333.33' },
    { description: 'Launch', amount: '200.00' },
  ],
};

const setNow = (iso: string) => setClockTo(api(), staff, iso);

/** A three-milestone agency contract: Design submitted then sent back, Build submitted, Launch funded, then the client ends it. */
async function endedWithWorkDelivered() {
  const { contract } = await agencyContract(api(), world, DISPUTE_OFFER);
  const [design, build, launch] = contract.milestones.nodes.map((m) => m.id);
  await fund(api(), world.hiringManager, build);
  await fund(api(), world.hiringManager, launch);
  await submit(api(), world.member, design);
  await api().ok(RequestMilestoneChangesDoc, { input: { milestoneId: design, message: 'Different colours' } }, world.hiringManager.token);
  await submit(api(), world.member, build);
  const { endContract } = await api().ok(EndForMoneyDoc, { input: { contractId: contract.id } }, world.hiringManager.token);
  expect(endContract.userErrors).toEqual([]);
  return { contractId: contract.id, design, build, launch };
}

const statusOf = async (id: string) => ((await api().ok(MilestoneHistoryDoc, { id }, staff.token)).node as { status: string }).status;
const escrowOf = async (contractId: string) =>
  (await server.sql<{ balance: string }>(`select balance::text from ledger_account where kind = 'ESCROW' and scope = $1`, [contractId]))[0]?.balance ?? '0';
const eventsOf = (milestoneId: string) =>
  server.sql<{ type: string; team_ids: string[]; amount: string }>(`select type, team_ids, data->>'amountCents' as amount from event_log where subject_id = $1 and stream = 'PAYMENT' order by id`, [milestoneId]);

describe('disputes (CT-4)', () => {
  it('CT-4: ending a contract refunds funded, unsubmitted work (MILESTONE_REFUNDED) and disputes submitted work, also work sent back for changes (DISPUTE_OPENED); the client can no longer take it back or approve it', async () => {
    const { contractId, design, build, launch } = await endedWithWorkDelivered();
    expect([await statusOf(design), await statusOf(build), await statusOf(launch)]).toEqual(['DISPUTED', 'DISPUTED', 'REFUNDED']);
    expect(await escrowOf(contractId)).toBe('83333'); // 500.00 + 333.33 kept; 200.00 refunded
    expect(await eventsOf(launch)).toEqual([
      { type: 'MILESTONE_FUNDED', team_ids: [world.client.id], amount: '20000' },
      { type: 'MILESTONE_REFUNDED', team_ids: [world.client.id], amount: '20000' },
    ]);
    expect((await eventsOf(design)).filter((e) => e.type === 'DISPUTE_OPENED')).toEqual([
      { type: 'DISPUTE_OPENED', team_ids: [world.client.id], amount: '50000' },
      { type: 'DISPUTE_OPENED', team_ids: [world.agency.id], amount: '50000' },
    ]);
    // Neither side moves a disputed milestone: not approved, not resubmitted, not sent back, and MS-3 does not release it.
    const approve = await api().ok(ApproveMilestoneDoc, { input: { milestoneId: build, idempotencyKey: key() } }, world.hiringManager.token);
    expect(approve.approveMilestone.userErrors[0].code).toBe('MILESTONE_NOT_SUBMITTED');
    const resubmit = await api().ok(SubmitMilestoneDoc, { input: { milestoneId: design, message: 'Again' } }, world.member.token);
    expect(resubmit.submitMilestone.userErrors[0].code).toBe('CONTRACT_ENDED');
    await setNow('2030-04-01T00:00:00Z');
    await api().ok(RunDueWorkDoc, {}, staff.token);
    expect([await statusOf(design), await statusOf(build)]).toEqual(['DISPUTED', 'DISPUTED']);
    expect(await escrowOf(contractId)).toBe('83333');
    await expectLedgerSound(api(), staff.token);
  });

  it('CT-4, MN-3, MS-4: staff release part of a disputed milestone to the agency, less the fee and pending 5 days, and refund the rest to the client', async () => {
    await setNow('2030-04-02T09:00:00Z');
    const { contractId, design } = await endedWithWorkDelivered();
    const before = (await api().ok(TeamAccountDoc, { id: world.agency.id }, world.agencyOwner.token)).team!.account!;
    const { milestone } = await resolveDispute(api(), staff, design, '300.05', 'The design was delivered in part');
    expect(milestone).toMatchObject({ status: 'RESOLVED', resolvedAt: expect.stringMatching(/^2030-04-02T09:0/), resolvedPayeeAmount: { amount: '300.05' } });
    expect(await escrowOf(contractId)).toBe('33333'); // only Build's 333.33 left in dispute
    const legs = await server.sql<{ tkind: string; kind: string; amount: string }>(
      `select t.kind as tkind, a.kind, e.amount::text from ledger_entry e join ledger_account a on a.id = e.account_id join ledger_transaction t on t.id = e.transaction_id
        where t.milestone_id = $1 and t.kind <> 'CLIENT_CHARGE' order by t.kind, e.amount`,
      [design],
    );
    expect(legs).toEqual([
      { tkind: 'ESCROW_REFUND', kind: 'ESCROW', amount: '-19995' },
      { tkind: 'ESCROW_REFUND', kind: 'CLIENT_FUNDING', amount: '19995' },
      { tkind: 'ESCROW_RELEASE', kind: 'ESCROW', amount: '-30005' },
      { tkind: 'ESCROW_RELEASE', kind: 'PLATFORM_FEES', amount: '3001' }, // 30.005 rounds half up (MN-4)
      { tkind: 'ESCROW_RELEASE', kind: 'PAYEE_PENDING', amount: '27004' },
    ]);
    expect((await eventsOf(design)).filter((e) => e.type !== 'DISPUTE_OPENED' && e.type !== 'MILESTONE_FUNDED')).toEqual([
      { type: 'MILESTONE_REFUNDED', team_ids: [world.client.id], amount: '19995' },
      { type: 'DISPUTE_RESOLVED', team_ids: [world.agency.id], amount: '27004' },
      { type: 'DISPUTE_RESOLVED', team_ids: [world.client.id], amount: '19995' },
    ]);
    const { node } = await api().ok(MilestoneHistoryDoc, { id: design }, world.member.token);
    expect((node as { history: { toStatus: string; message: string; changedBy: { id: string } }[] }).history.at(-1)).toMatchObject({
      toStatus: 'RESOLVED',
      message: 'The design was delivered in part',
      changedBy: { id: staff.id },
    });
    const after = (await api().ok(TeamAccountDoc, { id: world.agency.id }, world.agencyOwner.token)).team!.account!;
    const cents = (a: string) => Math.round(Number(a) * 100);
    expect(cents(after.pending.amount) - cents(before.pending.amount)).toBe(27004);
    // MS-4: available after the security period, not before.
    await setNow('2030-04-07T08:59:00Z');
    await api().ok(RunDueWorkDoc, {}, staff.token);
    const notYet = (await api().ok(TeamAccountDoc, { id: world.agency.id }, world.agencyOwner.token)).team!.account!;
    expect(cents(notYet.available.amount)).toBe(cents(before.available.amount));
    await setNow('2030-04-07T09:01:00Z');
    await api().ok(RunDueWorkDoc, {}, staff.token);
    const available = (await api().ok(TeamAccountDoc, { id: world.agency.id }, world.agencyOwner.token)).team!.account!;
    expect(cents(available.available.amount) - cents(before.available.amount)).toBe(27004);
    await expectLedgerSound(api(), staff.token);
  });

  it('CT-4: all to the payee refunds nothing; nothing to the payee refunds it all', async () => {
    await setNow('2030-04-10T09:00:00Z');
    const { contractId, design, build } = await endedWithWorkDelivered();
    await resolveDispute(api(), staff, design, '500');
    await resolveDispute(api(), staff, build, '0.00');
    expect(await escrowOf(contractId)).toBe('0');
    const kinds = await server.sql<{ milestone_id: string; kind: string }>(
      `select milestone_id, kind from ledger_transaction where milestone_id = any($1) and kind <> 'CLIENT_CHARGE' order by milestone_id, kind`,
      [[design, build]],
    );
    expect(kinds.filter((k) => k.milestone_id === design).map((k) => k.kind)).toEqual(['ESCROW_RELEASE']);
    expect(kinds.filter((k) => k.milestone_id === build).map((k) => k.kind)).toEqual(['ESCROW_REFUND']);
    expect((await eventsOf(build)).filter((e) => e.type === 'DISPUTE_RESOLVED')).toEqual([
      { type: 'DISPUTE_RESOLVED', team_ids: [world.agency.id], amount: '0' },
      { type: 'DISPUTE_RESOLVED', team_ids: [world.client.id], amount: '33333' },
    ]);
    await expectLedgerSound(api(), staff.token);
  });

  it('CT-4, AC-2, AC-3: only staff resolve, only a disputed milestone, for 0 to its amount, with a note; a refusal changes nothing', async () => {
    await setNow('2030-04-14T09:00:00Z');
    const { contractId, design, launch } = await endedWithWorkDelivered();
    const input = { milestoneId: design, payeeAmount: '100.00', note: 'Split', idempotencyKey: key() };
    for (const user of [world.hiringManager, world.clientOwner, world.agencyOwner, world.manager, world.member]) {
      expect(await api().errorCode(ResolveDisputeDoc, { input }, user.token)).toBe('FORBIDDEN');
    }
    const outsider = await signUp(api(), 'Outsider');
    expect(await api().errorCode(ResolveDisputeDoc, { input }, outsider.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(ResolveDisputeDoc, { input })).toBe('UNAUTHENTICATED');
    const refused = async (over: Partial<typeof input>) => (await api().ok(ResolveDisputeDoc, { input: { ...input, idempotencyKey: key(), ...over } }, staff.token)).resolveDispute.userErrors[0]?.code;
    expect(await refused({ payeeAmount: '500.01' })).toBe('INVALID_AMOUNT');
    expect(await refused({ payeeAmount: '-1.00' })).toBe('INVALID_AMOUNT');
    expect(await api().errorCode(ResolveDisputeDoc, { input: { ...input, payeeAmount: '1.005' } }, staff.token)).toBe('BAD_USER_INPUT');
    expect(await refused({ note: '   ' })).toBe('INVALID_TEXT');
    expect(await refused({ milestoneId: launch })).toBe('MILESTONE_NOT_DISPUTED');
    expect(await api().errorCode(ResolveDisputeDoc, { input: { ...input, milestoneId: 'mst_nope' } }, staff.token)).toBe('NOT_FOUND');
    expect(await statusOf(design)).toBe('DISPUTED');
    expect(await escrowOf(contractId)).toBe('83333');
    expect(await server.sql(`select id from ledger_transaction where milestone_id = $1 and kind <> 'CLIENT_CHARGE'`, [design])).toEqual([]);
  });

  it('CT-4, MN-2: concurrent resolutions move the money once; repeating the key returns the first result; the same key with another amount is refused', async () => {
    await setNow('2030-04-17T09:00:00Z');
    const { contractId, design } = await endedWithWorkDelivered();
    const results = await Promise.all(
      ['100.00', '200.00', '300.00', '400.00', '100.00', '250.00'].map((payeeAmount) =>
        api().ok(ResolveDisputeDoc, { input: { milestoneId: design, payeeAmount, note: 'Split', idempotencyKey: key() } }, staff.token),
      ),
    );
    const codes = results.map((r) => r.resolveDispute.userErrors[0]?.code ?? 'RESOLVED').sort();
    expect(codes).toEqual(['MILESTONE_NOT_DISPUTED', 'MILESTONE_NOT_DISPUTED', 'MILESTONE_NOT_DISPUTED', 'MILESTONE_NOT_DISPUTED', 'MILESTONE_NOT_DISPUTED', 'RESOLVED']);
    const winner = results.find((r) => r.resolveDispute.milestone)!.resolveDispute.milestone!;
    const payee = Math.round(Number(winner.resolvedPayeeAmount!.amount) * 100);
    expect(await escrowOf(contractId)).toBe('33333');
    const moved = await server.sql<{ kind: string }>(`select kind from ledger_transaction where milestone_id = $1 and kind <> 'CLIENT_CHARGE' order by kind`, [design]);
    expect(moved.map((m) => m.kind)).toEqual(['ESCROW_REFUND', 'ESCROW_RELEASE']);
    const [refund] = await server.sql<{ amount: string }>(
      `select e.amount::text from ledger_entry e join ledger_transaction t on t.id = e.transaction_id join ledger_account a on a.id = e.account_id
        where t.milestone_id = $1 and t.kind = 'ESCROW_REFUND' and a.kind = 'CLIENT_FUNDING'`,
      [design],
    );
    expect(Number(refund.amount)).toBe(50000 - payee);

    const [{ id: build }] = await server.sql<{ id: string }>(`select id from milestone where contract_id = $1 and position = 2`, [contractId]);
    const input = { milestoneId: build, payeeAmount: '33.33', note: 'A tenth', idempotencyKey: key() };
    const repeats = await Promise.all([1, 2, 3].map(() => api().ok(ResolveDisputeDoc, { input }, staff.token)));
    expect(repeats.map((r) => [r.resolveDispute.userErrors, r.resolveDispute.milestone?.status])).toEqual([[[], 'RESOLVED'], [[], 'RESOLVED'], [[], 'RESOLVED']]);
    const other = await api().ok(ResolveDisputeDoc, { input: { ...input, payeeAmount: '30.00' } }, staff.token);
    expect(other.resolveDispute.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await server.sql(`select id from ledger_transaction where milestone_id = $1 and kind = 'ESCROW_RELEASE'`, [build])).toHaveLength(1);
    expect(await escrowOf(contractId)).toBe('0');
    await expectLedgerSound(api(), staff.token);
  });
});
