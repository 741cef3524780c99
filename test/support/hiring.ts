import { randomBytes } from 'node:crypto';
import { graphql } from '../gql';
import type { SendOfferInput, SubmitProposalInput, PostJobInput } from '../gql/graphql';
import type { Api } from './api';
import { addMember, createTeam, signUp, signUpStaff, type TestUser } from './factories';
import { startTestServer, type TestServer } from './server';

export const HiringPurchaseConnectsDoc = graphql(`
  mutation HiringPurchaseConnects($input: PurchaseConnectsInput!) {
    purchaseConnects(input: $input) {
      entry { id balanceAfter }
      userErrors { code message field }
    }
  }
`);

export const PostJobDoc = graphql(`
  mutation PostJob($input: PostJobInput!) {
    postJob(input: $input) {
      job { id title kind status connectsRequired budget { amount } hourlyRateMin { amount } clientTeam { id } }
      userErrors { code message field }
    }
  }
`);

export const CloseJobDoc = graphql(`
  mutation CloseJob($input: CloseJobInput!) {
    closeJob(input: $input) {
      job { id status closedAt }
      userErrors { code message field }
    }
  }
`);

export const CancelJobDoc = graphql(`
  mutation CancelJob($input: CancelJobInput!) {
    cancelJob(input: $input) {
      job { id status }
      refundedProposals
      userErrors { code message field }
    }
  }
`);

export const SubmitProposalDoc = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      proposal {
        id status connectsSpent coverLetter
        hourlyRate { amount currency } fixedPrice { amount }
        job { id } freelancer { id } agency { id } submittedBy { id }
      }
      userErrors { code message field }
    }
  }
`);

export const WithdrawProposalDoc = graphql(`
  mutation WithdrawProposal($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      proposal { id status withdrawnAt }
      userErrors { code message field }
    }
  }
`);

export const SendOfferDoc = graphql(`
  mutation SendOffer($input: SendOfferInput!) {
    sendOffer(input: $input) {
      offer {
        id status kind title weeklyLimitHours expiresAt
        hourlyRate { amount } milestones { description amount { amount } dueAt }
        freelancer { id } agency { id } job { id } proposal { id } clientTeam { id }
      }
      userErrors { code message field }
    }
  }
`);

export const AcceptOfferDoc = graphql(`
  mutation AcceptOffer($input: AcceptOfferInput!) {
    acceptOffer(input: $input) {
      offer { id status respondedAt }
      contract {
        id status kind title weeklyLimitHours hourlyRate { amount }
        freelancer { id } agency { id } clientTeam { id } payeeTeam { id } payeeUser { id } offer { id }
        milestones { totalCount nodes { id position description status amount { amount } } }
      }
      userErrors { code message field }
    }
  }
`);

export const DeclineOfferDoc = graphql(`
  mutation DeclineOffer($input: DeclineOfferInput!) {
    declineOffer(input: $input) {
      offer { id status }
      userErrors { code message field }
    }
  }
`);

export const WithdrawOfferDoc = graphql(`
  mutation WithdrawOffer($input: WithdrawOfferInput!) {
    withdrawOffer(input: $input) {
      offer { id status }
      userErrors { code message field }
    }
  }
`);

export const HiringSetClockDoc = graphql(`
  mutation HiringSetClock($input: SetClockInput!) {
    setClock(input: $input) { now userErrors { code message } }
  }
`);

export const HiringRunDueWorkDoc = graphql(`
  mutation HiringRunDueWork {
    runDueWork { reports { name changed } userErrors { code message } }
  }
`);

export const HiringNodeDoc = graphql(`
  query HiringNode($id: ID!) {
    node(id: $id) { id }
  }
`);

export const HiringNowDoc = graphql(`
  query HiringNow { now }
`);

/** The payload, or a thrown error when it carries userErrors. */
export function check<T extends { userErrors: { code: string; message: string }[] }>(payload: T): T {
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  return payload;
}

export async function buyConnects(api: Api, buyer: TestUser, quantity: number, teamId?: string) {
  const { purchaseConnects } = await api.ok(
    HiringPurchaseConnectsDoc,
    { input: { teamId, quantity, idempotencyKey: randomBytes(8).toString('hex') } },
    buyer.token,
  );
  return check(purchaseConnects).entry!;
}

export async function postJob(api: Api, poster: TestUser, clientTeamId: string, overrides: Partial<PostJobInput> = {}) {
  const { postJob: payload } = await api.ok(
    PostJobDoc,
    { input: { clientTeamId, title: 'Build a website', description: 'A nice one', kind: 'HOURLY', connectsRequired: 2, ...overrides } },
    poster.token,
  );
  return check(payload).job!;
}

export async function submitProposal(api: Api, user: TestUser, jobId: string, overrides: Partial<SubmitProposalInput> = {}) {
  const { submitProposal: payload } = await api.ok(
    SubmitProposalDoc,
    { input: { jobId, coverLetter: 'I can do this', hourlyRate: '50.00', ...overrides } },
    user.token,
  );
  return check(payload).proposal!;
}

export async function sendOffer(api: Api, client: TestUser, clientTeamId: string, overrides: Partial<SendOfferInput> = {}) {
  const { sendOffer: payload } = await api.ok(
    SendOfferDoc,
    { input: { clientTeamId, title: 'The work', kind: 'HOURLY', hourlyRate: '60.00', weeklyLimitHours: 10, ...overrides } },
    client.token,
  );
  return check(payload).offer!;
}

export async function acceptOffer(api: Api, user: TestUser, offerId: string) {
  const { acceptOffer: payload } = await api.ok(AcceptOfferDoc, { input: { offerId } }, user.token);
  return check(payload);
}

/**
 * A client team (owner, hiring manager, financial) and an agency (owner, business manager,
 * an exclusive member, a non-exclusive member) with Connects to spend.
 */
export async function hiringWorld(api: Api, agencyConnects = 100) {
  const clientOwner = await signUp(api, 'Client Owner');
  const client = await createTeam(api, clientOwner, 'CLIENT');
  const hiringManager = await addMember(api, clientOwner, client.id, ['HIRING_MANAGER']);
  const clientFinancial = await addMember(api, clientOwner, client.id, ['FINANCIAL']);
  const agencyOwner = await signUp(api, 'Agency Owner');
  const agency = await createTeam(api, agencyOwner, 'AGENCY');
  const manager = await addMember(api, agencyOwner, agency.id, ['BUSINESS_MANAGER'], 'NON_EXCLUSIVE');
  const member = await addMember(api, agencyOwner, agency.id, ['MEMBER'], 'EXCLUSIVE');
  const freeMember = await addMember(api, agencyOwner, agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
  if (agencyConnects) await buyConnects(api, agencyOwner, agencyConnects, agency.id);
  return { clientOwner, client, hiringManager, clientFinancial, agencyOwner, agency, manager, member, freeMember };
}

export type HiringWorld = Awaited<ReturnType<typeof hiringWorld>>;

/** An independent freelancer with Connects of their own. */
export async function freelancer(api: Api, connects = 20, name = 'Indie Freelancer') {
  const user = await signUp(api, name);
  if (connects) await buyConnects(api, user, connects);
  return user;
}

/** An agency contract (hourly unless told) for `world.member`, from a job and proposal. */
export async function agencyContract(api: Api, world: HiringWorld, offer: Partial<SendOfferInput> = {}) {
  const job = await postJob(api, world.hiringManager, world.client.id);
  const proposal = await submitProposal(api, world.member, job.id, { agencyId: world.agency.id });
  const sent = await sendOffer(api, world.hiringManager, world.client.id, { proposalId: proposal.id, ...offer });
  const accepted = await acceptOffer(api, world.manager, sent.id);
  return { job, proposal, offer: sent, contract: accepted.contract! };
}

/** A direct offer (no job; hourly unless told) from the client's hiring manager to `world.member`, through the agency. */
export async function directAgencyOffer(api: Api, world: HiringWorld, offer: Partial<SendOfferInput> = {}) {
  return sendOffer(api, world.hiringManager, world.client.id, { freelancerId: world.member.id, agencyId: world.agency.id, ...offer });
}

export const FIXED_OFFER: Partial<SendOfferInput> = {
  kind: 'FIXED_PRICE',
  hourlyRate: null,
  weeklyLimitHours: null,
  milestones: [
    { description: 'Design', amount: '500.00', dueAt: '2030-01-01T00:00:00Z' },
    { description: 'Build', amount: '1500.50' },
  ],
};

/** A test file's own server, with a hiring world on it (`agencyConnects` as in hiringWorld). */
export async function startHiringWorld(env: NodeJS.ProcessEnv = {}, agencyConnects?: number): Promise<{ server: TestServer; world: HiringWorld }> {
  const server = await startTestServer(env);
  return { server, world: await hiringWorld(server.api, agencyConnects) };
}

/** A test file's own server, with a hiring world (`agencyConnects` as in hiringWorld) and a staff user on it. */
export async function startHiringSuite(
  env: NodeJS.ProcessEnv = {},
  agencyConnects?: number,
): Promise<{ server: TestServer; world: HiringWorld; staff: TestUser }> {
  const { server, world } = await startHiringWorld(env, agencyConnects);
  return { server, world, staff: await signUpStaff(server.api) };
}
