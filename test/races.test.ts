import { graphql } from './gql';
import { InviteDoc, AcceptInvitationDoc, signUp, type TestUser } from './support/factories';
import {
  startHiringSuite,
  AcceptOfferDoc,
  acceptOffer,
  DeclineOfferDoc,
  FIXED_OFFER,
  freelancer,
  postJob,
  sendOffer,
  SendOfferDoc,
  submitProposal,
  WithdrawOfferDoc,
  WithdrawProposalDoc,
  type HiringWorld,
} from './support/hiring';
import { addPaypal, expectLedgerSound, key, RequestPayoutDoc, seedAvailable, ViewerAccountDoc } from './support/money';
import type { TestServer } from './support/server';
import { ApproveMilestoneDoc, EndForMoneyDoc, FundMilestoneDoc, ResolveDisputeDoc, submit } from './support/work-money';
import type { Result } from './support/api';

/**
 * Every state machine with concurrent actors, raced with real concurrent HTTP requests: exactly
 * one actor wins, each of the others is told why with the service's own code, and the database
 * holds exactly what the winner was told. Each race runs a few rounds so that both orders occur.
 */

const RevokeInvitationDoc = graphql(`
  mutation RaceRevokeInvitation($input: RevokeTeamInvitationInput!) {
    revokeTeamInvitation(input: $input) { invitation { id status } userErrors { code } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const api = () => server.api;
const ROUNDS = 4;

/** What a call was told: DONE, or its userError's code. A top-level error fails the test. */
function told<R extends Record<string, unknown>>(result: Result<R>, field: keyof R): string {
  expect(result.errors ?? []).toEqual([]);
  const payload = result.data![field] as { userErrors: { code: string }[] };
  return payload.userErrors[0]?.code ?? 'DONE';
}

/** The OFFER events of one offer, oldest first. */
async function offerEvents(offerId: string): Promise<string[]> {
  const rows = await server.sql<{ type: string }>(`select type from event_log where stream = 'OFFER' and subject_id = $1 order by id`, [offerId]);
  return rows.map((row) => row.type);
}

describe('offers', () => {
  it('OF-4: ten concurrent accepts of a direct agency offer (no job) by the owner and a business manager: one wins, nine are told OFFER_NOT_PENDING, one contract, one ACCEPTED event', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: world.member.id, agencyId: world.agency.id });
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => api().run(AcceptOfferDoc, { input: { offerId: offer.id } }, (i % 2 ? world.manager : world.agencyOwner).token)),
      );
      const codes = results.map((r) => told(r, 'acceptOffer'));
      expect(codes.sort()).toEqual(['DONE', ...Array(9).fill('OFFER_NOT_PENDING')]);
      const winner = results.find((r) => !r.data!.acceptOffer.userErrors.length)!.data!.acceptOffer;
      expect(winner.offer!.status).toBe('ACCEPTED');
      const contracts = await server.sql<{ id: string }>('select id from contract where offer_id = $1', [offer.id]);
      expect(contracts).toEqual([{ id: winner.contract!.id }]);
      const [stored] = await server.sql<{ status: string }>('select status from offer where id = $1', [offer.id]);
      expect(stored.status).toBe('ACCEPTED');
      expect(await offerEvents(offer.id)).toEqual(['SENT', 'ACCEPTED']);
    }
  });

  it('OF-2, OF-3, OF-4: accept, decline and the client withdrawing race on one pending offer: one wins, the others are told OFFER_NOT_PENDING; ACCEPTED exactly when a contract exists', async () => {
    for (let round = 0; round < ROUNDS + 2; round++) {
      const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: world.member.id, agencyId: world.agency.id });
      const input = { input: { offerId: offer.id } };
      // Started in a different order each round.
      const calls = [
        () => api().run(AcceptOfferDoc, input, world.agencyOwner.token).then((r) => ['ACCEPTED', told(r, 'acceptOffer')]),
        () => api().run(DeclineOfferDoc, input, world.manager.token).then((r) => ['DECLINED', told(r, 'declineOffer')]),
        () => api().run(WithdrawOfferDoc, input, world.hiringManager.token).then((r) => ['WITHDRAWN', told(r, 'withdrawOffer')]),
      ];
      const ordered = [...calls.slice(round % 3), ...calls.slice(0, round % 3)];
      const outcomes = await Promise.all(ordered.map((call) => call()));
      const winners = outcomes.filter(([, code]) => code === 'DONE').map(([status]) => status);
      expect(winners).toHaveLength(1);
      expect(outcomes.filter(([, code]) => code !== 'DONE').map(([, code]) => code)).toEqual(['OFFER_NOT_PENDING', 'OFFER_NOT_PENDING']);
      const [stored] = await server.sql<{ status: string }>('select status from offer where id = $1', [offer.id]);
      expect(stored.status).toBe(winners[0]);
      const contracts = await server.sql('select id from contract where offer_id = $1', [offer.id]);
      expect(contracts).toHaveLength(winners[0] === 'ACCEPTED' ? 1 : 0);
      expect(await offerEvents(offer.id)).toEqual(['SENT', winners[0]]);
    }
  });
});

describe('proposals', () => {
  it('PR-3, OF-1: withdrawing a proposal races an offer made from it: one wins; the proposal is WITHDRAWN with no offer, or keeps its offer (PROPOSAL_HAS_OFFER / PROPOSAL_NOT_LIVE)', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const job = await postJob(api(), world.hiringManager, world.client.id);
      const proposal = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
      const [withdraw, offer] = await Promise.all([
        api().run(WithdrawProposalDoc, { input: { proposalId: proposal.id } }, world.member.token),
        api().run(SendOfferDoc, { input: { clientTeamId: world.client.id, proposalId: proposal.id, title: 'Race', kind: 'HOURLY', hourlyRate: '60.00', weeklyLimitHours: 10 } }, world.hiringManager.token),
      ]);
      const outcome = [told(withdraw, 'withdrawProposal'), told(offer, 'sendOffer')];
      const [stored] = await server.sql<{ status: string }>('select status from proposal where id = $1', [proposal.id]);
      const offers = await server.sql('select id from offer where proposal_id = $1', [proposal.id]);
      if (outcome[0] === 'DONE') {
        expect(outcome).toEqual(['DONE', 'PROPOSAL_NOT_LIVE']);
        expect(stored.status).toBe('WITHDRAWN');
        expect(offers).toHaveLength(0);
      } else {
        expect(outcome).toEqual(['PROPOSAL_HAS_OFFER', 'DONE']);
        expect(stored.status).toBe('SUBMITTED');
        expect(offers).toHaveLength(1);
      }
    }
  });
});

describe('invitations', () => {
  it('team invitations: accepting one races its revocation: one wins, the other is told INVITATION_NOT_PENDING; a member exists exactly when it was accepted', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const invitee = await signUp(api(), `Invitee ${round}`);
      const { inviteTeamMember } = await api().ok(InviteDoc, { input: { teamId: world.agency.id, email: invitee.email, roles: ['MEMBER'], relationship: 'NON_EXCLUSIVE' } }, world.agencyOwner.token);
      const invitationId = inviteTeamMember.invitation!.id;
      const [accept, revoke] = await Promise.all([
        api().run(AcceptInvitationDoc, { input: { invitationId } }, invitee.token),
        api().run(RevokeInvitationDoc, { input: { invitationId } }, world.agencyOwner.token),
      ]);
      const outcome = [told(accept, 'acceptTeamInvitation'), told(revoke, 'revokeTeamInvitation')];
      const [stored] = await server.sql<{ status: string }>('select status from team_invitation where id = $1', [invitationId]);
      const members = await server.sql(`select id from member where team_id = $1 and user_id = $2 and status = 'ACTIVE'`, [world.agency.id, invitee.id]);
      if (outcome[0] === 'DONE') {
        expect(outcome).toEqual(['DONE', 'INVITATION_NOT_PENDING']);
        expect(stored.status).toBe('ACCEPTED');
        expect(members).toHaveLength(1);
      } else {
        expect(outcome).toEqual(['INVITATION_NOT_PENDING', 'DONE']);
        expect(stored.status).toBe('REVOKED');
        expect(members).toHaveLength(0);
      }
    }
  });
});

describe('milestones and disputes', () => {
  async function fixedContract() {
    const indie = await freelancer(api(), 0);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id, ...FIXED_OFFER });
    const { contract } = await acceptOffer(api(), indie, offer.id);
    const [design, build] = contract!.milestones.nodes;
    return { indie, contractId: contract!.id, design, build };
  }

  it('MS-1, MN-2: funding one milestone twice at once with different keys: one funds, the other is told MILESTONE_NOT_PENDING_FUNDING; charged once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { build } = await fixedContract();
      const results = await Promise.all(
        [world.hiringManager, world.clientOwner].map((user) => api().run(FundMilestoneDoc, { input: { milestoneId: build.id, idempotencyKey: key() } }, user.token)),
      );
      expect(results.map((r) => told(r, 'fundMilestone')).sort()).toEqual(['DONE', 'MILESTONE_NOT_PENDING_FUNDING']);
      const charges = await server.sql(`select id from ledger_transaction where milestone_id = $1 and kind = 'CLIENT_CHARGE'`, [build.id]);
      expect(charges).toHaveLength(1);
    }
    await expectLedgerSound(api(), staff.token);
  });

  it('MS-2, CT-4: approving a submitted milestone races ending the contract: approved and released, or disputed with the approval told MILESTONE_NOT_SUBMITTED', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { indie, contractId, design } = await fixedContract();
      await submit(api(), indie, design.id);
      const [approve, end] = await Promise.all([
        api().run(ApproveMilestoneDoc, { input: { milestoneId: design.id, idempotencyKey: key() } }, world.hiringManager.token),
        api().run(EndForMoneyDoc, { input: { contractId } }, world.clientOwner.token),
      ]);
      expect(told(end, 'endContract')).toBe('DONE');
      const approved = told(approve, 'approveMilestone');
      const [stored] = await server.sql<{ status: string }>('select status from milestone where id = $1', [design.id]);
      const releases = await server.sql(`select id from ledger_transaction where milestone_id = $1 and kind = 'ESCROW_RELEASE'`, [design.id]);
      if (approved === 'DONE') {
        expect(stored.status).toBe('APPROVED');
        expect(releases).toHaveLength(1);
      } else {
        expect(approved).toBe('MILESTONE_NOT_SUBMITTED');
        expect(stored.status).toBe('DISPUTED');
        expect(releases).toHaveLength(0);
      }
    }
    await expectLedgerSound(api(), staff.token);
  });

  it('CT-4, MN-2: two resolutions of one dispute at once (different keys): one moves the money, the other is told MILESTONE_NOT_DISPUTED', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { indie, contractId, design } = await fixedContract();
      await submit(api(), indie, design.id);
      await api().ok(EndForMoneyDoc, { input: { contractId } }, world.clientOwner.token);
      const results = await Promise.all(
        ['100.00', '250.00'].map((payeeAmount) =>
          api().run(ResolveDisputeDoc, { input: { milestoneId: design.id, payeeAmount, note: 'Split', idempotencyKey: key() } }, staff.token),
        ),
      );
      expect(results.map((r) => told(r, 'resolveDispute')).sort()).toEqual(['DONE', 'MILESTONE_NOT_DISPUTED']);
      const winner = results.find((r) => !r.data!.resolveDispute.userErrors.length)!.data!.resolveDispute.milestone!;
      expect(winner.status).toBe('RESOLVED');
      const [stored] = await server.sql<{ resolved_payee_cents: string }>('select resolved_payee_cents from milestone where id = $1', [design.id]);
      expect(stored.resolved_payee_cents).toBe(String(Math.round(Number(winner.resolvedPayeeAmount!.amount) * 100)));
      const moves = await server.sql(`select id from ledger_transaction where milestone_id = $1 and kind in ('ESCROW_RELEASE', 'ESCROW_REFUND')`, [design.id]);
      expect(moves).toHaveLength(2);
    }
    await expectLedgerSound(api(), staff.token);
  });
});

describe('payouts', () => {
  it('PO-1: two payout requests that together exceed the balance: one is paid out, the other is told INSUFFICIENT_FUNDS; the balance never goes negative', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const payee = await freelancer(api(), 0, `Payee ${round}`);
      const { net } = await seedAvailable(server, { payee: { userId: payee.id }, clientTeamId: world.client.id, gross: '1000.00' });
      const methodId = await addPaypal(api(), payee.token);
      const amount = (Number(net.amount) * 0.6).toFixed(2);
      const results = await Promise.all(
        [0, 1].map(() => api().run(RequestPayoutDoc, { input: { payoutMethodId: methodId, amount, idempotencyKey: key() } }, payee.token)),
      );
      expect(results.map((r) => told(r, 'requestPayout')).sort()).toEqual(['DONE', 'INSUFFICIENT_FUNDS']);
      const { viewer } = await api().ok(ViewerAccountDoc, {}, payee.token);
      expect(viewer!.account!.available.amount).toBe((Number(net.amount) - Number(amount)).toFixed(2));
      expect(await server.sql('select id from payout where user_id = $1', [payee.id])).toHaveLength(1);
    }
    await expectLedgerSound(api(), staff.token);
  });
});
