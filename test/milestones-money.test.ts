import { graphql } from './gql';
import { signUp, type TestUser } from './support/factories';
import { AcceptOfferDoc, acceptOffer, agencyContract, FIXED_OFFER, freelancer, HiringNowDoc, sendOffer, type HiringWorld, startHiringSuite } from './support/hiring';
import { expectLedgerSound, key, RunDueWorkDoc, SetClockDoc, TeamAccountDoc } from './support/money';
import type { TestServer } from './support/server';
import {
  AccountEntriesDoc,
  approve,
  ApproveMilestoneDoc,
  EndForMoneyDoc,
  fund,
  FundMilestoneDoc,
  MilestoneHistoryDoc,
  MyEntriesDoc,
  RequestMilestoneChangesDoc,
  submit,
  SubmitMilestoneDoc,
} from './support/work-money';

const PauseForMoneyDoc = graphql(`
  mutation PauseContractForMoney($input: PauseContractInput!) {
    pauseContract(input: $input) { contract { id status } userErrors { code } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const api = () => server.api;
const DAY = 86_400_000;

async function fixedContract() {
  const { contract } = await agencyContract(api(), world, FIXED_OFFER);
  const [design, build] = contract.milestones.nodes;
  return { contract, design, build };
}

async function advance(days: number) {
  const { now } = await api().ok(HiringNowDoc, {}, staff.token);
  await api().ok(SetClockDoc, { input: { now: new Date(Date.parse(now) + days * DAY).toISOString() } }, staff.token);
}

const cents = (amount: string) => Math.round(Number(amount) * 100);
const account = async (teamId: string, user: TestUser) => (await api().ok(TeamAccountDoc, { id: teamId }, user.token)).team!.account!;

describe('funding (MS-1)', () => {
  it('MS-1: accepting a fixed-price offer funds its first milestone in the same transaction; the rest wait for funding, and nothing unfunded is submitted', async () => {
    const before = await account(world.client.id, world.clientOwner);
    const { contract, design, build } = await fixedContract();
    expect([design.status, build.status]).toEqual(['FUNDED', 'PENDING_FUNDING']);
    const after = await account(world.client.id, world.clientOwner);
    expect(cents(after.inEscrow.amount) - cents(before.inEscrow.amount)).toBe(50000);
    const charges = await server.sql<{ kind: string; contract_id: string }>('select kind, contract_id from ledger_transaction where milestone_id = $1', [design.id]);
    expect(charges).toEqual([{ kind: 'CLIENT_CHARGE', contract_id: contract.id }]);
    const events = await server.sql<{ type: string; team_ids: string[]; data: { amountCents: string } }>(`select type, team_ids, data from event_log where subject_id = $1`, [design.id]);
    expect(events).toEqual([{ type: 'MILESTONE_FUNDED', team_ids: [world.client.id], data: expect.objectContaining({ amountCents: '50000', milestoneId: design.id }) }]);
    const { node } = await api().ok(MilestoneHistoryDoc, { id: design.id }, world.hiringManager.token);
    expect((node as { history: { fromStatus: string; toStatus: string; message: string; changedBy: { id: string } }[] }).history).toEqual([
      expect.objectContaining({ fromStatus: 'PENDING_FUNDING', toStatus: 'FUNDED', message: expect.stringContaining('MS-1'), changedBy: { id: world.hiringManager.id } }),
    ]);

    const { submitMilestone } = await api().ok(SubmitMilestoneDoc, { input: { milestoneId: build.id, message: 'Early' } }, world.member.token);
    expect(submitMilestone.userErrors[0].code).toBe('MILESTONE_NOT_SUBMITTABLE');
    const funded = await fund(api(), world.hiringManager, build.id);
    expect(funded.milestone).toMatchObject({ status: 'FUNDED', amount: { amount: '1500.50' } });
    const last = await account(world.client.id, world.clientOwner);
    expect(cents(last.inEscrow.amount) - cents(after.inEscrow.amount)).toBe(150050);
    await submit(api(), world.member, design.id);
    await submit(api(), world.member, build.id);
    await expectLedgerSound(api(), staff.token);
  });

  it('MS-1, OF-4: of many concurrent accepts of one fixed-price offer, one hires and the first milestone is charged once', async () => {
    const indie = await freelancer(api(), 0);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id, ...FIXED_OFFER });
    const results = await Promise.all(Array.from({ length: 6 }, () => api().ok(AcceptOfferDoc, { input: { offerId: offer.id } }, indie.token)));
    const codes = results.map((r) => r.acceptOffer.userErrors[0]?.code ?? 'ACCEPTED').sort();
    expect(codes).toEqual(['ACCEPTED', ...Array(5).fill('OFFER_NOT_PENDING')]);
    const contract = results.find((r) => r.acceptOffer.contract)!.acceptOffer.contract!;
    expect(contract.milestones.nodes.map((m) => m.status)).toEqual(['FUNDED', 'PENDING_FUNDING']);
    const charged = await server.sql<{ n: number }>(`select count(*)::int as n from ledger_transaction where contract_id = $1 and kind = 'CLIENT_CHARGE'`, [contract.id]);
    expect(charged).toEqual([{ n: 1 }]);
    const funded = await server.sql(`select id from event_log where type = 'MILESTONE_FUNDED' and subject_id = $1`, [contract.milestones.nodes[0].id]);
    expect(funded).toHaveLength(1);
    await expectLedgerSound(api(), staff.token);
  });

  it('MS-1: an hourly contract has no milestones and nothing is charged at hire', async () => {
    const { contract } = await agencyContract(api(), world);
    expect(contract.milestones.totalCount).toBe(0);
    expect(await server.sql(`select id from ledger_transaction where contract_id = $1`, [contract.id])).toHaveLength(0);
  });

  it('MS-1, AC-3: only the client (PayForWork) funds; the agency, client FINANCIAL and outsiders may not', async () => {
    const { build } = await fixedContract();
    const input = { milestoneId: build.id, idempotencyKey: key() };
    expect(await api().errorCode(FundMilestoneDoc, { input }, world.manager.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(FundMilestoneDoc, { input }, world.member.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(FundMilestoneDoc, { input }, world.clientFinancial.token)).toBe('FORBIDDEN');
    const outsider = await signUp(api(), 'Outsider');
    expect(await api().errorCode(FundMilestoneDoc, { input }, outsider.token)).toBe('NOT_FOUND');
    expect((await server.sql('select id from ledger_transaction where milestone_id = $1', [build.id])).length).toBe(0);
  });

  it('MN-2, MS-1: repeating a funding with its key returns the first result and charges once; funding twice is refused; the client gets MILESTONE_FUNDED', async () => {
    const { build } = await fixedContract();
    const input = { milestoneId: build.id, idempotencyKey: key() };
    const results = await Promise.all([1, 2, 3].map(() => api().ok(FundMilestoneDoc, { input }, world.hiringManager.token)));
    expect(results.map((r) => r.fundMilestone.milestone?.status)).toEqual(['FUNDED', 'FUNDED', 'FUNDED']);
    const { fundMilestone: again } = await api().ok(FundMilestoneDoc, { input: { ...input, idempotencyKey: key() } }, world.clientOwner.token);
    expect(again.userErrors[0].code).toBe('MILESTONE_NOT_PENDING_FUNDING');
    const charges = await server.sql<{ kind: string }>('select kind from ledger_transaction where milestone_id = $1', [build.id]);
    expect(charges).toEqual([{ kind: 'CLIENT_CHARGE' }]);
    const events = await server.sql<{ type: string; team_ids: string[]; data: { amountCents: string } }>(
      `select type, team_ids, data from event_log where subject_id = $1`,
      [build.id],
    );
    expect(events).toEqual([{ type: 'MILESTONE_FUNDED', team_ids: [world.client.id], data: expect.objectContaining({ amountCents: '150050', milestoneId: build.id }) }]);
  });

  it('CT-3: nothing is funded or submitted on an ended contract; a paused contract is resumed first', async () => {
    const { contract, design, build } = await fixedContract();
    await api().ok(PauseForMoneyDoc, { input: { contractId: contract.id } }, world.hiringManager.token);
    const paused = await api().ok(FundMilestoneDoc, { input: { milestoneId: build.id, idempotencyKey: key() } }, world.hiringManager.token);
    expect(paused.fundMilestone.userErrors[0].code).toBe('CONTRACT_NOT_ACTIVE');
    await api().ok(EndForMoneyDoc, { input: { contractId: contract.id } }, world.hiringManager.token);
    const ended = await api().ok(FundMilestoneDoc, { input: { milestoneId: build.id, idempotencyKey: key() } }, world.hiringManager.token);
    expect(ended.fundMilestone.userErrors[0].code).toBe('CONTRACT_ENDED');
    const { submitMilestone } = await api().ok(SubmitMilestoneDoc, { input: { milestoneId: design.id, message: 'Late' } }, world.member.token);
    expect(submitMilestone.userErrors[0].code).toBe('CONTRACT_ENDED');
  });

  it('CT-3, CT-4: ending a contract refunds the escrow of funded milestones not yet submitted; a submitted one is DISPUTED, kept in escrow and no longer approved by the client', async () => {
    const { contract, design, build } = await fixedContract();
    await fund(api(), world.hiringManager, build.id);
    await submit(api(), world.member, build.id);
    await api().ok(EndForMoneyDoc, { input: { contractId: contract.id } }, world.manager.token);
    const { node } = await api().ok(MilestoneHistoryDoc, { id: design.id }, world.hiringManager.token);
    expect((node as { status: string; history: { toStatus: string; changedBy: { id: string } }[] }).history.at(-1)).toMatchObject({ toStatus: 'REFUNDED', changedBy: { id: world.manager.id } });
    const escrow = () => server.sql<{ balance: string }>(`select balance::text from ledger_account where kind = 'ESCROW' and scope = $1`, [contract.id]);
    expect(await escrow()).toEqual([{ balance: '150050' }]);
    const late = await api().ok(ApproveMilestoneDoc, { input: { milestoneId: build.id, idempotencyKey: key() } }, world.hiringManager.token);
    expect(late.approveMilestone.userErrors[0].code).toBe('MILESTONE_NOT_SUBMITTED');
    const { node: disputed } = await api().ok(MilestoneHistoryDoc, { id: build.id }, world.hiringManager.token);
    expect((disputed as { status: string }).status).toBe('DISPUTED');
    expect(await escrow()).toEqual([{ balance: '150050' }]);
    await expectLedgerSound(api(), staff.token);
  });
});

describe('review (MS-2)', () => {
  it('MS-2: the freelancer and the business managers submit; the client requests changes or approves; every change is in the history', async () => {
    const { design } = await fixedContract();
    const submitInput = { milestoneId: design.id, message: 'First draft' };
    expect(await api().errorCode(SubmitMilestoneDoc, { input: submitInput }, world.hiringManager.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(SubmitMilestoneDoc, { input: submitInput }, world.freeMember.token)).toBe('FORBIDDEN');
    await submit(api(), world.member, design.id, 'First draft');

    const changes = { milestoneId: design.id, message: 'Bigger logo' };
    expect(await api().errorCode(RequestMilestoneChangesDoc, { input: changes }, world.member.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(RequestMilestoneChangesDoc, { input: changes }, world.manager.token)).toBe('FORBIDDEN');
    const { requestMilestoneChanges } = await api().ok(RequestMilestoneChangesDoc, { input: changes }, world.hiringManager.token);
    expect(requestMilestoneChanges.milestone!.status).toBe('CHANGES_REQUESTED');
    const early = await api().ok(ApproveMilestoneDoc, { input: { milestoneId: design.id, idempotencyKey: key() } }, world.hiringManager.token);
    expect(early.approveMilestone.userErrors[0].code).toBe('MILESTONE_NOT_SUBMITTED');

    await submit(api(), world.manager, design.id, 'Second draft');
    expect(await api().errorCode(ApproveMilestoneDoc, { input: { milestoneId: design.id, idempotencyKey: key() } }, world.manager.token)).toBe('FORBIDDEN');
    const approved = await approve(api(), world.clientOwner, design.id);
    expect(approved.milestone!.status).toBe('APPROVED');

    const { node } = await api().ok(MilestoneHistoryDoc, { id: design.id }, world.member.token);
    const history = (node as { history: { fromStatus: string | null; toStatus: string; message: string | null; changedBy: { id: string } | null }[] }).history;
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.message, h.changedBy?.id])).toEqual([
      ['PENDING_FUNDING', 'FUNDED', expect.stringContaining('MS-1'), world.hiringManager.id],
      ['FUNDED', 'SUBMITTED', 'First draft', world.member.id],
      ['SUBMITTED', 'CHANGES_REQUESTED', 'Bigger logo', world.hiringManager.id],
      ['CHANGES_REQUESTED', 'SUBMITTED', 'Second draft', world.manager.id],
      ['SUBMITTED', 'APPROVED', null, world.clientOwner.id],
    ]);
  });

  it('MS-2, MN-3, MS-4, CT-1: approval releases escrow to the agency less the 10% fee as its own entry, pending 5 days, then available', async () => {
    const { contract, design } = await fixedContract();
    await submit(api(), world.member, design.id);
    const before = await account(world.agency.id, world.agencyOwner);
    await approve(api(), world.hiringManager, design.id);
    const after = await account(world.agency.id, world.agencyOwner);
    expect(cents(after.pending.amount) - cents(before.pending.amount)).toBe(45000);
    const legs = await server.sql<{ kind: string; amount: string }>(
      `select a.kind, e.amount::text from ledger_entry e join ledger_account a on a.id = e.account_id join ledger_transaction t on t.id = e.transaction_id
        where t.milestone_id = $1 and t.kind = 'ESCROW_RELEASE' order by e.amount`,
      [design.id],
    );
    expect(legs).toEqual([{ kind: 'ESCROW', amount: '-50000' }, { kind: 'PLATFORM_FEES', amount: '5000' }, { kind: 'PAYEE_PENDING', amount: '45000' }]);
    const [event] = await server.sql<{ team_ids: string[]; data: { amountCents: string } }>(`select team_ids, data from event_log where subject_id = $1 and type = 'MILESTONE_RELEASED'`, [design.id]);
    expect([event.team_ids, event.data.amountCents]).toEqual([[world.agency.id], '45000']);

    const { team } = await api().ok(AccountEntriesDoc, { teamId: world.agency.id }, world.agencyOwner.token);
    const entry = team!.account!.entries.nodes.find((e) => e.milestone?.id === design.id)!;
    expect(entry).toMatchObject({ kind: 'ESCROW_RELEASE', accountKind: 'PAYEE_PENDING', amount: { amount: '450.00' }, contract: { id: contract.id } });
    // AC-1: the account is for financial roles only.
    expect(await api().errorCode(AccountEntriesDoc, { teamId: world.agency.id }, world.member.token)).toBe('FORBIDDEN');

    const madeAvailable = async () => {
      const { team } = await api().ok(AccountEntriesDoc, { teamId: world.agency.id }, world.agencyOwner.token);
      return team!.account!.entries.nodes.filter((e) => e.milestone?.id === design.id && e.kind === 'FUNDS_AVAILABLE').map((e) => [e.accountKind, e.amount.amount]);
    };
    await advance(4);
    await api().ok(RunDueWorkDoc, {}, staff.token);
    expect(await madeAvailable()).toEqual([]);
    await advance(1.01);
    await api().ok(RunDueWorkDoc, {}, staff.token);
    expect((await madeAvailable()).sort()).toEqual([['PAYEE_AVAILABLE', '450.00'], ['PAYEE_PENDING', '-450.00']]);
    await expectLedgerSound(api(), staff.token);
  });

  it('CT-1, AC-1: an independent contract pays the freelancer\'s own account, whose entries show the contract and milestone', async () => {
    const indie = await freelancer(api(), 0);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id, ...FIXED_OFFER });
    const { contract } = await acceptOffer(api(), indie, offer.id);
    const build = contract!.milestones.nodes[1];
    await fund(api(), world.hiringManager, build.id);
    await submit(api(), indie, build.id);
    await approve(api(), world.hiringManager, build.id);
    const { viewer } = await api().ok(MyEntriesDoc, {}, indie.token);
    expect(viewer!.account!.pending.amount).toBe('1350.45'); // 1500.50 less 150.05
    expect(viewer!.account!.entries.nodes).toEqual([
      expect.objectContaining({ kind: 'ESCROW_RELEASE', amount: { amount: '1350.45' }, contract: { id: contract!.id }, milestone: { id: build.id }, invoice: null }),
    ]);
  });

  it('MS-2, MN-1: concurrent approvals of one milestone release it once', async () => {
    const { design } = await fixedContract();
    await submit(api(), world.member, design.id);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api().ok(ApproveMilestoneDoc, { input: { milestoneId: design.id, idempotencyKey: key() } }, (i % 2 ? world.clientOwner : world.hiringManager).token),
      ),
    );
    const codes = results.map((r) => r.approveMilestone.userErrors[0]?.code ?? 'APPROVED').sort();
    expect(codes).toEqual(['APPROVED', ...Array(7).fill('MILESTONE_NOT_SUBMITTED')]);
    expect(await server.sql(`select id from ledger_transaction where milestone_id = $1 and kind = 'ESCROW_RELEASE'`, [design.id])).toHaveLength(1);
    await expectLedgerSound(api(), staff.token);
  });
});

describe('automatic approval (MS-3)', () => {
  it('MS-3: a submitted milestone left alone 14 days is approved and released by the due work, once', async () => {
    const { design, build } = await fixedContract();
    await fund(api(), world.hiringManager, build.id);
    await submit(api(), world.member, design.id);
    await advance(13);
    await submit(api(), world.member, build.id);
    await api().ok(RunDueWorkDoc, {}, staff.token);
    let { node } = await api().ok(MilestoneHistoryDoc, { id: design.id }, world.member.token);
    expect((node as { status: string }).status).toBe('SUBMITTED');

    await advance(1.01);
    const runs = await Promise.all([1, 2, 3].map(() => api().ok(RunDueWorkDoc, {}, staff.token)));
    expect(runs.every((r) => r.runDueWork.reports!.some((x) => x.name === 'milestones.auto-approve'))).toBe(true);
    ({ node } = await api().ok(MilestoneHistoryDoc, { id: design.id }, world.member.token));
    const milestone = node as { status: string; history: { toStatus: string; changedBy: unknown; message: string | null }[] };
    expect(milestone.status).toBe('APPROVED');
    expect(milestone.history.at(-1)).toMatchObject({ toStatus: 'APPROVED', changedBy: null, message: expect.stringContaining('MS-3') });
    ({ node } = await api().ok(MilestoneHistoryDoc, { id: build.id }, world.member.token));
    expect((node as { status: string }).status).toBe('SUBMITTED');
    expect(await server.sql(`select id from ledger_transaction where milestone_id = $1 and kind = 'ESCROW_RELEASE'`, [design.id])).toHaveLength(1);
    await expectLedgerSound(api(), staff.token);
  });
});

describe('account entries', () => {
  it('AC-1: a page of entries with their contract, milestone and invoice costs as many statements for many entries as for few', async () => {
    const measure = async () => {
      server.statements.reset();
      const { team } = await api().ok(AccountEntriesDoc, { teamId: world.client.id }, world.clientOwner.token);
      return { count: server.statements.count, entries: team!.account!.entries.nodes.length };
    };
    const few = await measure();
    for (let i = 0; i < 3; i++) {
      const { build } = await fixedContract();
      await fund(api(), world.hiringManager, build.id);
    }
    const many = await measure();
    expect(many.entries).toBeGreaterThan(few.entries + 10);
    expect(many.count).toBe(few.count);
  });
});
