import { graphql } from './gql';
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import { startHiringWorld, postJob, sendOffer, submitProposal, freelancer, type HiringWorld } from './support/hiring';
import type { TestServer } from './support/server';

const ProfileDoc = graphql(`
  query BrandingProfile($id: ID!) {
    node(id: $id) { id ... on User { name representedAgency { id name } } }
  }
`);

const BrandedWorkDoc = graphql(`
  query BrandingWork($id: ID!) {
    node(id: $id) {
      id
      ... on Proposal { agency { id } freelancer { id representedAgency { id } } }
      ... on Offer { agency { id } freelancer { id representedAgency { id } } }
    }
  }
`);

const BrandingSetDefaultDoc = graphql(`
  mutation BrandingSetDefault($input: SetDefaultTeamInput!) {
    setDefaultTeam(input: $input) { user { id defaultTeam { id } representedAgency { id } } userErrors { code message field } }
  }
`);

const BrandingLeaveDoc = graphql(`
  mutation BrandingLeave($input: LeaveTeamInput!) {
    leaveTeam(input: $input) { userErrors { code } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let outsider: TestUser;
beforeAll(async () => {
  ({ server, world } = await startHiringWorld());
  outsider = await signUp(server.api, 'Outsider');
});
afterAll(() => server.close());
const api = () => server.api;

const represented = async (userId: string, reader: TestUser) => {
  const { node } = await api().ok(ProfileDoc, { id: userId }, reader.token);
  return (node as { representedAgency: { id: string } | null }).representedAgency?.id ?? null;
};

describe('agency branding (AG-2, AG-3, AC-1)', () => {
  it("AG-2, AC-1: an exclusive member's public profile names their agency to any signed-in user, and their proposals and offers carry it", async () => {
    for (const reader of [world.member, world.hiringManager, outsider]) expect(await represented(world.member.id, reader)).toBe(world.agency.id);
    const job = await postJob(api(), world.hiringManager, world.client.id);
    const proposal = await submitProposal(api(), world.member, job.id, { agencyId: world.agency.id });
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: world.member.id });
    for (const id of [proposal.id, offer.id]) {
      const { node } = await api().ok(BrandedWorkDoc, { id }, world.hiringManager.token);
      expect(node).toEqual({ id, agency: { id: world.agency.id }, freelancer: { id: world.member.id, representedAgency: { id: world.agency.id } } });
    }
    // Not signed in: no profile at all.
    expect(await api().errorCode(ProfileDoc, { id: world.member.id })).toBe('UNAUTHENTICATED');
  });

  it('AG-3, AC-1: a non-exclusive member looks independent to clients until they set the agency as default team, and again once they clear it or leave', async () => {
    const member = await addMember(api(), world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
    expect(await represented(member.id, world.hiringManager)).toBeNull();
    const { setDefaultTeam } = await api().ok(BrandingSetDefaultDoc, { input: { teamId: world.agency.id } }, member.token);
    expect(setDefaultTeam.user).toMatchObject({ defaultTeam: { id: world.agency.id }, representedAgency: { id: world.agency.id } });
    expect(await represented(member.id, world.hiringManager)).toBe(world.agency.id);
    expect(await represented(member.id, outsider)).toBe(world.agency.id);

    // AG-4: an independent proposal stays independent; the profile still names the agency.
    const job = await postJob(api(), world.hiringManager, world.client.id, { connectsRequired: 0 });
    const proposal = await submitProposal(api(), member, job.id);
    const { node } = await api().ok(BrandedWorkDoc, { id: proposal.id }, world.hiringManager.token);
    expect(node).toEqual({ id: proposal.id, agency: null, freelancer: { id: member.id, representedAgency: { id: world.agency.id } } });

    await api().ok(BrandingSetDefaultDoc, { input: { teamId: null } }, member.token);
    expect(await represented(member.id, world.hiringManager)).toBeNull();
    await api().ok(BrandingSetDefaultDoc, { input: { teamId: world.agency.id } }, member.token);
    await api().ok(BrandingLeaveDoc, { input: { teamId: world.agency.id } }, member.token);
    expect(await represented(member.id, world.hiringManager)).toBeNull();
  });

  it('AG-3: an independent freelancer represents no agency; a client team is never one', async () => {
    const indie = await freelancer(api(), 0);
    await createTeam(api(), indie, 'CLIENT');
    expect(await represented(indie.id, world.hiringManager)).toBeNull();
    expect(await represented(world.hiringManager.id, outsider)).toBeNull();
  });

  it('AG-2: an exclusive member cannot set another agency (where they are non-exclusive) as default team; their own agency stays what they represent', async () => {
    const otherOwner = await signUp(api(), 'Other Owner');
    const other = await createTeam(api(), otherOwner, 'AGENCY');
    await addMember(api(), otherOwner, other.id, ['MEMBER'], 'NON_EXCLUSIVE', world.member);
    const { setDefaultTeam } = await api().ok(BrandingSetDefaultDoc, { input: { teamId: other.id } }, world.member.token);
    expect(setDefaultTeam.userErrors).toEqual([expect.objectContaining({ code: 'EXCLUSIVE_ELSEWHERE', field: ['input', 'teamId'] })]);
    expect(setDefaultTeam.user).toBeNull();
    const [row] = await server.sql<{ default_team_id: string | null }>('select default_team_id from app_user where id = $1', [world.member.id]);
    expect(row.default_team_id).toBeNull();
    expect(await represented(world.member.id, world.hiringManager)).toBe(world.agency.id);

    const own = await api().ok(BrandingSetDefaultDoc, { input: { teamId: world.agency.id } }, world.member.token);
    expect(own.setDefaultTeam).toMatchObject({ userErrors: [], user: { defaultTeam: { id: world.agency.id }, representedAgency: { id: world.agency.id } } });
  });

  it('AG-2, AG-3: a page of users with the agencies they represent costs as many statements for many users as for few', async () => {
    const PageDoc = graphql(`
      query BrandingMembers($id: ID!) {
        team(id: $id) { members(first: 100) { nodes { user { id representedAgency { id name } } } } }
      }
    `);
    const measure = async () => {
      server.statements.reset();
      const { team } = await api().ok(PageDoc, { id: world.agency.id }, world.agencyOwner.token);
      return { count: server.statements.count, users: team!.members.nodes.length };
    };
    const few = await measure();
    for (let i = 0; i < 4; i++) await addMember(api(), world.agencyOwner, world.agency.id, ['MEMBER'], i % 2 ? 'EXCLUSIVE' : 'NON_EXCLUSIVE');
    const many = await measure();
    expect(many.users).toBe(few.users + 4);
    expect(many.count).toBe(few.count);
  });
});
