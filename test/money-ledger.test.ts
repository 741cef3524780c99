import 'reflect-metadata';
import { graphql } from './gql';
import { chargeClient, releaseEscrow, serviceFeeOf } from '../src/modules/money/escrow.service';
import { LedgerAccountKind, LedgerTransactionKind, postTransaction } from '../src/modules/money/ledger.service';
import { Money } from '../src/shared/money';
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import {
  contractId,
  expectLedgerSound,
  inServerTransaction,
  LedgerCheckDoc,
  NowDoc,
  RunDueWorkDoc,
  seedAvailable,
  startMoneySuite,
  SetClockDoc,
  TeamAccountDoc,
  ViewerAccountDoc,
} from './support/money';
import type { TestServer } from './support/server';

const ViewerEntriesDoc = graphql(`
  query ViewerAccountEntries($accountKinds: [LedgerAccountKind!]) {
    viewer {
      account {
        entries(first: 50, accountKinds: $accountKinds) {
          totalCount
          nodes { id accountKind kind amount { amount currency } occurredAt description transactionId contractId milestoneId invoiceId payoutId }
        }
      }
    }
  }
`);

const UserAccountByNodeDoc = graphql(`
  query UserAccountByNode($id: ID!) {
    node(id: $id) { ... on User { id account { available { amount } } } }
  }
`);

const EntryNodeDoc = graphql(`
  query AccountEntryNode($id: ID!) {
    node(id: $id) { ... on AccountEntry { id amount { amount } } }
  }
`);

let server: TestServer;
let staff: TestUser;
let clientTeamId: string;

beforeAll(async () => ({ server, staff, clientTeamId } = await startMoneySuite()));
afterAll(() => server.close());

describe('the ledger', () => {
  it('MN-1: every movement is one balanced transaction, and every balance shown is the sum of its entries', async () => {
    const freelancer = await signUp(server.api, 'Fran Freelancer');
    const { contractId: contract } = await seedAvailable(server, { payee: { userId: freelancer.id }, clientTeamId, gross: '1000.00' });

    const { viewer } = await server.api.ok(ViewerAccountDoc, {}, freelancer.token);
    expect(viewer!.account).toEqual({ available: { amount: '900.00' }, pending: { amount: '0.00' }, inFlight: { amount: '0.00' } });

    const entries = (await server.api.ok(ViewerEntriesDoc, {}, freelancer.token)).viewer!.account!.entries;
    expect(entries.totalCount).toBe(3);
    // Newest first; the two entries of one transaction share its instant.
    expect(entries.nodes.map((e) => [e.kind, e.accountKind, e.amount.amount]).sort()).toEqual([
      ['ESCROW_RELEASE', 'PAYEE_PENDING', '900.00'],
      ['FUNDS_AVAILABLE', 'PAYEE_AVAILABLE', '900.00'],
      ['FUNDS_AVAILABLE', 'PAYEE_PENDING', '-900.00'],
    ]);
    expect(entries.nodes[2].kind).toBe('ESCROW_RELEASE');
    expect(entries.nodes.every((e) => e.contractId === contract)).toBe(true);
    expect(entries.nodes[2].description).toMatch(/escrow/i);
    expect(new Set(entries.nodes.slice(0, 2).map((e) => e.transactionId)).size).toBe(1);

    // Each transaction's entries sum to zero, and the sum of every entry is zero.
    const unbalanced = await server.sql('select transaction_id from ledger_entry group by transaction_id having sum(amount) <> 0');
    expect(unbalanced).toEqual([]);
    const { ledgerCheck } = await server.api.ok(LedgerCheckDoc, {}, staff.token);
    expect(ledgerCheck).toEqual({ ok: true, unbalancedTransactions: 0, mismatchedAccounts: 0, negativeAccounts: 0, total: { amount: '0.00', currency: 'USD' }, accountMismatches: 0, mismatches: [] });
  });

  it('MN-1: the database refuses to commit an unbalanced transaction, and refuses to change or delete entries', async () => {
    const [account] = await server.sql<{ id: string }>(`select id from ledger_account where kind = 'PLATFORM_FEES'`);
    await server.sql('begin');
    await server.sql(`insert into ledger_transaction (id, kind, occurred_at) values ('ltx_BROKEN', 'CLIENT_CHARGE', now())`);
    await server.sql(`insert into ledger_entry (id, transaction_id, account_id, amount) values ('ent_BROKEN', 'ltx_BROKEN', $1, 100)`, [account.id]);
    await expect(server.sql('commit')).rejects.toThrow(/does not balance/);
    expect(await server.sql(`select 1 from ledger_transaction where id = 'ltx_BROKEN'`)).toEqual([]);

    const [entry] = await server.sql<{ id: string }>('select id from ledger_entry limit 1');
    await expect(server.sql('update ledger_entry set amount = amount + 1 where id = $1', [entry.id])).rejects.toThrow(/append-only/);
    await expect(server.sql('delete from ledger_entry where id = $1', [entry.id])).rejects.toThrow(/append-only/);
    await expect(server.sql('delete from ledger_transaction')).rejects.toThrow(/append-only/);
    await expectLedgerSound(server.api, staff.token);
  });

  it('MN-1: the ledger refuses unbalanced legs, and escrow never pays out more than was funded', async () => {
    const contract = contractId();
    await expect(
      inServerTransaction(server, (em, now) =>
        postTransaction(em, {
          kind: LedgerTransactionKind.CLIENT_CHARGE,
          now,
          legs: [
            { account: { owner: { teamId: clientTeamId }, kind: LedgerAccountKind.CLIENT_FUNDING }, amount: Money.ofCents(-100) },
            { account: { owner: { teamId: clientTeamId }, kind: LedgerAccountKind.ESCROW, scope: contract }, amount: Money.ofCents(99) },
          ],
        }),
      ),
    ).rejects.toThrow(/sum to -1 cents/);

    const before = await server.sql('select count(*)::int as n from ledger_entry');
    await expect(
      inServerTransaction(server, async (em, now) => {
        await chargeClient(em, { clientTeamId, contractId: contract, amount: Money.parse('100.00')!, now });
        await releaseEscrow(em, { clientTeamId, contractId: contract, payee: { userId: staff.id }, gross: Money.parse('100.01')!, serviceFeeBps: 1000, now });
      }),
    ).rejects.toMatchObject({ errors: [{ code: 'INSUFFICIENT_FUNDS' }] });
    // The charge before the refused release rolled back with it.
    expect(await server.sql('select count(*)::int as n from ledger_entry')).toEqual(before);
    await expectLedgerSound(server.api, staff.token);
  });

  it('MN-3: the service fee is a setting (10% by default), taken on release as its own PLATFORM_FEES entry', async () => {
    expect(server.config.serviceFeeBps).toBe(1000);
    expect(serviceFeeOf(Money.parse('1000.00')!, 1000).amount).toBe('100.00');
    expect(serviceFeeOf(Money.parse('0.05')!, 1000).amount).toBe('0.01'); // half a cent rounds up
    expect(serviceFeeOf(Money.parse('0.04')!, 1000).amount).toBe('0.00');
    expect(serviceFeeOf(Money.parse('123.45')!, 2000).amount).toBe('24.69');

    const freelancer = await signUp(server.api, 'Fee Payer');
    const contract = contractId();
    const released = await inServerTransaction(server, async (em, now) => {
      await chargeClient(em, { clientTeamId, contractId: contract, amount: Money.parse('250.00')!, now });
      return releaseEscrow(em, { clientTeamId, contractId: contract, payee: { userId: freelancer.id }, gross: Money.parse('250.00')!, serviceFeeBps: 2000, now, milestoneId: 'mst_X' });
    });
    expect([released.net.amount, released.fee.amount]).toEqual(['200.00', '50.00']);
    const legs = await server.sql<{ kind: string; amount: string }>(
      `select a.kind, e.amount::text from ledger_entry e join ledger_account a on a.id = e.account_id where e.transaction_id = $1 order by e.amount`,
      [released.transactionId],
    );
    expect(legs).toEqual([
      { kind: 'ESCROW', amount: '-25000' },
      { kind: 'PLATFORM_FEES', amount: '5000' },
      { kind: 'PAYEE_PENDING', amount: '20000' },
    ]);
    const { viewer } = await server.api.ok(ViewerAccountDoc, {}, freelancer.token);
    expect(viewer!.account).toMatchObject({ pending: { amount: '200.00' }, available: { amount: '0.00' } });
    const entries = (await server.api.ok(ViewerEntriesDoc, { accountKinds: ['PAYEE_PENDING'] }, freelancer.token)).viewer!.account!.entries;
    expect(entries.nodes[0]).toMatchObject({ milestoneId: 'mst_X', contractId: contract, kind: 'ESCROW_RELEASE' });
  });

  it('MS-4: released money is pending for 5 days; runDueWork then makes it available, exactly once', async () => {
    const agencyOwner = await signUp(server.api, 'Agency Owner');
    const agency = await createTeam(server.api, agencyOwner, 'AGENCY');
    const contract = contractId();
    const { now } = await server.api.ok(NowDoc, {});
    await inServerTransaction(server, async (em, at) => {
      await chargeClient(em, { clientTeamId, contractId: contract, amount: Money.parse('500.00')!, now: at });
      await releaseEscrow(em, { clientTeamId, contractId: contract, payee: { teamId: agency.id }, gross: Money.parse('500.00')!, serviceFeeBps: 1000, now: at });
    });
    const account = async () => (await server.api.ok(TeamAccountDoc, { id: agency.id }, agencyOwner.token)).team.account;
    expect(await account()).toMatchObject({ pending: { amount: '450.00' }, available: { amount: '0.00' } });

    await server.api.ok(SetClockDoc, { input: { now: new Date(Date.parse(now) + 4 * 86400_000).toISOString() } }, staff.token);
    await server.api.ok(RunDueWorkDoc, {}, staff.token);
    expect(await account()).toMatchObject({ pending: { amount: '450.00' }, available: { amount: '0.00' } });

    await server.api.ok(SetClockDoc, { input: { now: new Date(Date.parse(now) + 5 * 86400_000 + 60_000).toISOString() } }, staff.token);
    // Everything released so far in this file is due now (earlier tests released money too).
    const [{ due }] = await server.sql<{ due: number }>('select count(*)::int as due from pending_release where released_at is null');
    const runs = await Promise.all([1, 2, 3].map(() => server.api.ok(RunDueWorkDoc, {}, staff.token)));
    const moved = runs.map((r) => r.runDueWork.reports!.find((report) => report.name === 'money.release-pending')!.changed);
    expect(moved.reduce((a, b) => a + b, 0)).toBe(due);
    // One FUNDS_AVAILABLE transaction per release, however many runs raced for it.
    const [counts] = await server.sql(
      `select (select count(*) from ledger_transaction where kind = 'FUNDS_AVAILABLE')::int as moved,
              (select count(*) from pending_release where released_at is not null)::int as released`,
    );
    expect(counts.moved).toBe(counts.released);
    expect(await server.sql('select id from pending_release where released_at is null or release_transaction_id is null')).toEqual([]);
    expect(await account()).toMatchObject({ pending: { amount: '0.00' }, available: { amount: '450.00' } });
    await expectLedgerSound(server.api, staff.token);
  });

  it('AC-1: a team account shows to its OWNER, ADMIN and FINANCIAL members and staff; others get FORBIDDEN or NOT_FOUND', async () => {
    const owner = await signUp(server.api, 'Visible Owner');
    const agency = await createTeam(server.api, owner, 'AGENCY');
    await seedAvailable(server, { payee: { teamId: agency.id }, clientTeamId, gross: '100.00' });
    const admin = await addMember(server.api, owner, agency.id, ['ADMIN']);
    const financial = await addMember(server.api, owner, agency.id, ['FINANCIAL']);
    const manager = await addMember(server.api, owner, agency.id, ['BUSINESS_MANAGER']);
    const member = await addMember(server.api, owner, agency.id, ['MEMBER']);
    const outsider = await signUp(server.api, 'Outsider');

    for (const user of [owner, admin, financial, staff]) {
      const { team } = await server.api.ok(TeamAccountDoc, { id: agency.id }, user.token);
      expect(team.account!.available.amount).toBe('90.00');
    }
    for (const [user, code] of [[manager, 'FORBIDDEN'], [member, 'FORBIDDEN'], [outsider, 'NOT_FOUND']] as const) {
      const result = await server.api.run(TeamAccountDoc, { id: agency.id }, user.token);
      expect(result.data!.team.account).toBeNull();
      expect(result.errors![0].extensions!.code).toBe(code);
    }

    // A user's own account: the user and staff only.
    const entryId = (await server.api.ok(ViewerEntriesDoc, {}, owner.token)).viewer!.account!.entries.nodes[0]?.id;
    expect(entryId).toBeUndefined(); // the owner's own account is not the agency's
    const freelancer = await signUp(server.api, 'Private Fran');
    await seedAvailable(server, { payee: { userId: freelancer.id }, clientTeamId, gross: '10.00' });
    expect((await server.api.ok(UserAccountByNodeDoc, { id: freelancer.id }, outsider.token)).node).toMatchObject({ account: null });
    expect((await server.api.ok(UserAccountByNodeDoc, { id: freelancer.id }, staff.token)).node).toMatchObject({ account: { available: { amount: '9.00' } } });
    const ownEntry = (await server.api.ok(ViewerEntriesDoc, {}, freelancer.token)).viewer!.account!.entries.nodes[0];
    expect((await server.api.ok(EntryNodeDoc, { id: ownEntry.id }, freelancer.token)).node).toMatchObject({ id: ownEntry.id });
    expect(await server.api.errorCode(EntryNodeDoc, { id: ownEntry.id }, outsider.token)).toBe('NOT_FOUND');
  });

  it('MN-1: the ledger check is for staff only', async () => {
    const user = await signUp(server.api, 'Curious');
    expect(await server.api.errorCode(LedgerCheckDoc, {}, user.token)).toBe('FORBIDDEN');
  });
});
