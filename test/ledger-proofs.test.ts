import { approvedAffiliate, RecordReferralClickDoc } from './support/affiliates';
import { createTeam, SignUpDoc, startStaffSuite, uniqueEmail, type TestUser } from './support/factories';
import { acceptOffer, freelancer, sendOffer } from './support/hiring';
import { inServerTransaction, LedgerCheckDoc } from './support/money';
import type { TestServer } from './support/server';
import { endContract, fund, submit } from './support/work-money';
import { postTransaction } from '../src/modules/money/ledger.service';
import { LedgerAccountKind, LedgerTransactionKind } from '../src/modules/money/ledger.entity';
import { Money } from '../src/shared/money';

let server: TestServer;
let staff: TestUser;
beforeAll(async () => ({ server, staff } = await startStaffSuite()));
afterAll(() => server.close());
const api = () => server.api;

describe('ledgerCheck proves every account (MN-1)', () => {
  it('MN-1, RF-2: a balanced but wrong transaction (a commission reversal with its legs swapped, an escrow charge for no milestone) is caught, account by account', async () => {
    // $150 earned on the referred client's first contract, $45 of it reversed by a refund: $105 payable.
    const affiliate = await approvedAffiliate(api());
    const { recordReferralClick } = await api().ok(RecordReferralClickDoc, { input: { code: affiliate.code } });
    const email = uniqueEmail('referred');
    const { signUp } = await api().ok(SignUpDoc, { input: { email, password: 'correct horse battery', name: 'Referred', referralClickId: recordReferralClick.clickId } });
    const client: TestUser = { id: signUp.user!.id, email, name: 'Referred', token: signUp.token! };
    const team = await createTeam(api(), client, 'CLIENT');
    const worker = await freelancer(api(), 0);
    const offer = await sendOffer(api(), client, team.id, {
      freelancerId: worker.id,
      kind: 'FIXED_PRICE',
      hourlyRate: null,
      weeklyLimitHours: null,
      milestones: [{ description: 'One', amount: '150.00' }, { description: 'Two', amount: '150.00' }],
    });
    const { contract } = await acceptOffer(api(), worker, offer.id);
    const [one, two] = contract!.milestones.nodes.map((m) => m.id);
    await fund(api(), client, two);
    await submit(api(), worker, one);
    await endContract(api(), client, contract!.id); // Two refunded (-45.00 commission), One disputed
    const sound = (await api().ok(LedgerCheckDoc, {}, staff.token)).ledgerCheck;
    expect(sound).toMatchObject({ ok: true, accountMismatches: 0, mismatches: [] });

    // The bug the sums alone never saw: the reversal's two legs swapped. Still balanced, still zero in total.
    await inServerTransaction(server, (em, now) =>
      postTransaction(em, {
        kind: LedgerTransactionKind.COMMISSION_REVERSED,
        now,
        legs: [
          { account: { owner: { platform: true }, kind: LedgerAccountKind.COMMISSIONS_EXPENSE }, amount: Money.ofCents(-9000) },
          { account: { owner: { userId: affiliate.id }, kind: LedgerAccountKind.COMMISSIONS_PAYABLE }, amount: Money.ofCents(9000) },
        ],
      }),
    );
    let { ledgerCheck } = await api().ok(LedgerCheckDoc, {}, staff.token);
    expect(ledgerCheck).toMatchObject({ ok: false, unbalancedTransactions: 0, mismatchedAccounts: 0, negativeAccounts: 0, total: { amount: '0.00' }, accountMismatches: 1 });
    expect(ledgerCheck.mismatches).toEqual([
      { subjectId: expect.any(String), kind: 'COMMISSIONS_PAYABLE', ownerId: affiliate.id, expected: { amount: '105.00' }, actual: { amount: '195.00' } },
    ]);

    // Escrow that no funded milestone stands for.
    await inServerTransaction(server, (em, now) =>
      postTransaction(em, {
        kind: LedgerTransactionKind.CLIENT_CHARGE,
        now,
        legs: [
          { account: { owner: { teamId: team.id }, kind: LedgerAccountKind.CLIENT_FUNDING }, amount: Money.ofCents(-1000) },
          { account: { owner: { teamId: team.id }, kind: LedgerAccountKind.ESCROW, scope: contract!.id }, amount: Money.ofCents(1000) },
        ],
      }),
    );
    ({ ledgerCheck } = await api().ok(LedgerCheckDoc, {}, staff.token));
    expect(ledgerCheck.mismatches.map((m) => [m.kind, m.expected.amount, m.actual.amount]).sort()).toEqual([
      ['COMMISSIONS_PAYABLE', '105.00', '195.00'],
      ['ESCROW', '150.00', '160.00'],
    ]);
  });
});
