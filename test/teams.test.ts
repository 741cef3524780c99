import { graphql } from './gql';
import { AcceptInvitationDoc, InviteDoc, addMember, createTeam, signUp, type TestUser } from './support/factories';
import { startTestServer, type TestServer } from './support/server';

const TeamMembersDoc = graphql(`
  query TeamMembers($id: ID!, $status: MemberStatus) {
    team(id: $id) {
      id name kind
      owner { id }
      members(first: 100, status: $status) {
        totalCount
        edges { node { id roles relationship status joinedAt leftAt user { id name } } }
      }
    }
  }
`);

const TeamProfileDoc = graphql(`
  query TeamProfile($id: ID!) {
    team(id: $id) { id name kind viewerMembership { id roles } }
  }
`);

const UpdateMemberDoc = graphql(`
  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      member { id roles relationship }
      userErrors { code message field }
    }
  }
`);

const RemoveMemberDoc = graphql(`
  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {
    removeTeamMember(input: $input) {
      member { id status leftAt }
      userErrors { code message }
    }
  }
`);

const LeaveTeamDoc = graphql(`
  mutation LeaveTeam($input: LeaveTeamInput!) {
    leaveTeam(input: $input) {
      member { id status leftAt }
      userErrors { code message }
    }
  }
`);

const TransferDoc = graphql(`
  mutation TransferTeamOwnership($input: TransferTeamOwnershipInput!) {
    transferTeamOwnership(input: $input) {
      team { id owner { id } }
      newOwner { id roles }
      previousOwner { id roles }
      userErrors { code message }
    }
  }
`);

const SetDefaultTeamDoc = graphql(`
  mutation SetDefaultTeam($input: SetDefaultTeamInput!) {
    setDefaultTeam(input: $input) {
      user { id defaultTeam { id } }
      userErrors { code message }
    }
  }
`);

const MyWorldDoc = graphql(`
  query MyWorld {
    viewer {
      id
      defaultTeam { id }
      memberships { id roles relationship team { id name } }
      invitations { id email roles team { id name } invitedBy { id } }
    }
  }
`);

const DeclineDoc = graphql(`
  mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {
    declineTeamInvitation(input: $input) {
      invitation { id status }
      userErrors { code }
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function agencyWithOwner(): Promise<{ owner: TestUser; teamId: string }> {
  const owner = await signUp(server.api, 'Olivia Owner');
  const team = await createTeam(server.api, owner, 'AGENCY');
  return { owner, teamId: team.id };
}

describe('teams and members', () => {
  it('createTeam makes the caller the OWNER of an agency or a client team', async () => {
    const owner = await signUp(server.api, 'Founder');
    for (const kind of ['AGENCY', 'CLIENT'] as const) {
      const team = await createTeam(server.api, owner, kind, `My ${kind}`);
      const { team: read } = await server.api.ok(TeamMembersDoc, { id: team.id }, owner.token);
      expect(read).toMatchObject({ name: `My ${kind}`, kind, owner: { id: owner.id } });
      expect(read!.members.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({ roles: ['OWNER'], status: 'ACTIVE', user: { id: owner.id, name: 'Founder' }, relationship: kind === 'AGENCY' ? 'EXCLUSIVE' : null }),
      ]);
    }
  });

  it('refuses a blank team name and changes nothing', async () => {
    const owner = await signUp(server.api, 'Blank');
    const result = await server.api.ok(graphql(`mutation CreateBlankTeam { createTeam(input: { name: "  ", kind: AGENCY }) { team { id } userErrors { code field } } }`), {}, owner.token);
    expect(result.createTeam).toEqual({ team: null, userErrors: [{ code: 'INVALID_NAME', field: ['input', 'name'] }] });
    expect(await server.sql('select 1 from team where owner_id = $1', [owner.id])).toHaveLength(0);
  });

  it('AG-1: an invitation makes an EXCLUSIVE member by default, or NON_EXCLUSIVE when asked', async () => {
    const { owner, teamId } = await agencyWithOwner();
    const exclusive = await addMember(server.api, owner, teamId, ['MEMBER']);
    const nonExclusive = await addMember(server.api, owner, teamId, ['MEMBER'], 'NON_EXCLUSIVE');
    const { team } = await server.api.ok(TeamMembersDoc, { id: teamId }, owner.token);
    const byUser = new Map(team!.members.edges.map((e) => [e.node.user.id, e.node]));
    expect(byUser.get(exclusive.id)!.relationship).toBe('EXCLUSIVE');
    expect(byUser.get(nonExclusive.id)!.relationship).toBe('NON_EXCLUSIVE');
  });

  it('AG-1: client teams have no relationship, and refuse agency roles', async () => {
    const owner = await signUp(server.api, 'Client Owner');
    const client = await createTeam(server.api, owner, 'CLIENT');
    const someone = await signUp(server.api, 'Hire');
    const withRelationship = await server.api.ok(InviteDoc, { input: { teamId: client.id, email: someone.email, roles: ['HIRING_MANAGER'], relationship: 'EXCLUSIVE' } }, owner.token);
    expect(withRelationship.inviteTeamMember.userErrors[0].code).toBe('INVALID_RELATIONSHIP');
    const agencyRole = await server.api.ok(InviteDoc, { input: { teamId: client.id, email: someone.email, roles: ['BUSINESS_MANAGER'] } }, owner.token);
    expect(agencyRole.inviteTeamMember.userErrors[0].code).toBe('INVALID_ROLES');
    const hiring = await addMember(server.api, owner, client.id, ['HIRING_MANAGER'], undefined, someone);
    const { updateTeamMember } = await server.api.ok(UpdateMemberDoc, { input: { memberId: hiring.memberId, roles: ['FINANCIAL'] } }, owner.token);
    expect(updateTeamMember.member).toMatchObject({ roles: ['FINANCIAL'], relationship: null });
  });

  it('AG-3: a non-exclusive member appears independent until they set the agency as their default team', async () => {
    const { owner, teamId } = await agencyWithOwner();
    const member = await addMember(server.api, owner, teamId, ['MEMBER'], 'NON_EXCLUSIVE');
    let world = await server.api.ok(MyWorldDoc, {}, member.token);
    expect(world.viewer!.defaultTeam).toBeNull();
    const set = await server.api.ok(SetDefaultTeamDoc, { input: { teamId } }, member.token);
    expect(set.setDefaultTeam.user!.defaultTeam).toEqual({ id: teamId });
    world = await server.api.ok(MyWorldDoc, {}, member.token);
    expect(world.viewer!.defaultTeam).toEqual({ id: teamId });
    const cleared = await server.api.ok(SetDefaultTeamDoc, { input: { teamId: null } }, member.token);
    expect(cleared.setDefaultTeam.user!.defaultTeam).toBeNull();
  });

  it('AG-3: only an agency one belongs to can be the default team', async () => {
    const { teamId } = await agencyWithOwner();
    const outsider = await signUp(server.api, 'Outsider');
    expect(await server.api.errorCode(SetDefaultTeamDoc, { input: { teamId } }, outsider.token)).toBe('NOT_FOUND');
    const client = await createTeam(server.api, outsider, 'CLIENT');
    const result = await server.api.ok(SetDefaultTeamDoc, { input: { teamId: client.id } }, outsider.token);
    expect(result.setDefaultTeam.userErrors[0].code).toBe('NOT_AN_AGENCY');
  });

  it('AG-5: a member leaves at any time and stays in the history with status LEFT; their default team is cleared', async () => {
    const { owner, teamId } = await agencyWithOwner();
    const member = await addMember(server.api, owner, teamId, ['MEMBER'], 'NON_EXCLUSIVE');
    await server.api.ok(SetDefaultTeamDoc, { input: { teamId } }, member.token);
    const { leaveTeam } = await server.api.ok(LeaveTeamDoc, { input: { teamId } }, member.token);
    expect(leaveTeam.member).toMatchObject({ id: member.memberId, status: 'LEFT', leftAt: expect.any(String) });
    const { team } = await server.api.ok(TeamMembersDoc, { id: teamId }, owner.token);
    expect(team!.members.edges.find((e) => e.node.id === member.memberId)!.node.status).toBe('LEFT');
    const active = await server.api.ok(TeamMembersDoc, { id: teamId, status: 'ACTIVE' }, owner.token);
    expect(active.team!.members.totalCount).toBe(1);
    const world = await server.api.ok(MyWorldDoc, {}, member.token);
    expect(world.viewer!.defaultTeam).toBeNull();
    expect(world.viewer!.memberships).toEqual([]);
    // Having left, they no longer see inside the team.
    expect(await server.api.errorCode(TeamMembersDoc, { id: teamId }, member.token)).toBe('NOT_FOUND');
  });

  it('AG-5: an owner cannot leave without first passing ownership on', async () => {
    const { owner, teamId } = await agencyWithOwner();
    const { leaveTeam } = await server.api.ok(LeaveTeamDoc, { input: { teamId } }, owner.token);
    expect(leaveTeam).toMatchObject({ member: null, userErrors: [{ code: 'OWNER_CANNOT_LEAVE' }] });
    const admin = await addMember(server.api, owner, teamId, ['ADMIN']);
    const transfer = await server.api.ok(TransferDoc, { input: { teamId, memberId: admin.memberId } }, owner.token);
    expect(transfer.transferTeamOwnership).toMatchObject({
      team: { owner: { id: admin.id } },
      newOwner: { roles: expect.arrayContaining(['OWNER']) },
      previousOwner: { roles: ['ADMIN'] },
      userErrors: [],
    });
    const left = await server.api.ok(LeaveTeamDoc, { input: { teamId } }, owner.token);
    expect(left.leaveTeam.member!.status).toBe('LEFT');
  });

  it('only the owner transfers ownership', async () => {
    const { owner, teamId } = await agencyWithOwner();
    const admin = await addMember(server.api, owner, teamId, ['ADMIN']);
    const other = await addMember(server.api, owner, teamId, ['MEMBER']);
    expect(await server.api.errorCode(TransferDoc, { input: { teamId, memberId: other.memberId } }, admin.token)).toBe('FORBIDDEN');
  });

  it('AG-6: a user is an exclusive member of at most one agency', async () => {
    const first = await agencyWithOwner();
    const second = await agencyWithOwner();
    const freelancer = await addMember(server.api, first.owner, first.teamId, ['MEMBER']);
    const invited = await server.api.ok(InviteDoc, { input: { teamId: second.teamId, email: freelancer.email, roles: ['MEMBER'] } }, second.owner.token);
    const refused = await server.api.ok(AcceptInvitationDoc, { input: { invitationId: invited.inviteTeamMember.invitation!.id } }, freelancer.token);
    expect(refused.acceptTeamInvitation).toMatchObject({ member: null, userErrors: [{ code: 'EXCLUSIVE_ELSEWHERE' }] });
    // A non-exclusive place in the second agency is fine.
    const third = await agencyWithOwner();
    await addMember(server.api, third.owner, third.teamId, ['MEMBER'], 'NON_EXCLUSIVE', freelancer);
    // Making that membership exclusive is refused too.
    const { team } = await server.api.ok(TeamMembersDoc, { id: third.teamId }, third.owner.token);
    const memberId = team!.members.edges.find((e) => e.node.user.id === freelancer.id)!.node.id;
    const update = await server.api.ok(UpdateMemberDoc, { input: { memberId, relationship: 'EXCLUSIVE' } }, third.owner.token);
    expect(update.updateTeamMember.userErrors[0].code).toBe('EXCLUSIVE_ELSEWHERE');
  });

  it('AG-6: two exclusive invitations accepted at the same moment leave one exclusive membership', async () => {
    const agencies = await Promise.all([agencyWithOwner(), agencyWithOwner(), agencyWithOwner()]);
    const freelancer = await signUp(server.api, 'Sought After');
    const invitations = await Promise.all(
      agencies.map((a) => server.api.ok(InviteDoc, { input: { teamId: a.teamId, email: freelancer.email, roles: ['MEMBER'] } }, a.owner.token)),
    );
    const results = await Promise.all(
      invitations.map((i) => server.api.ok(AcceptInvitationDoc, { input: { invitationId: i.inviteTeamMember.invitation!.id } }, freelancer.token)),
    );
    expect(results.filter((r) => r.acceptTeamInvitation.member)).toHaveLength(1);
    const rows = await server.sql(`select 1 from member where user_id = $1 and relationship = 'EXCLUSIVE' and status = 'ACTIVE'`, [freelancer.id]);
    expect(rows).toHaveLength(1);
  });

  it('AG-7: a MEMBER cannot invite, change roles or remove members', async () => {
    const { owner, teamId } = await agencyWithOwner();
    const member = await addMember(server.api, owner, teamId, ['MEMBER']);
    const other = await addMember(server.api, owner, teamId, ['MEMBER']);
    expect(await server.api.errorCode(InviteDoc, { input: { teamId, email: 'x@example.test', roles: ['MEMBER'] } }, member.token)).toBe('FORBIDDEN');
    expect(await server.api.errorCode(UpdateMemberDoc, { input: { memberId: other.memberId, roles: ['ADMIN'] } }, member.token)).toBe('FORBIDDEN');
    expect(await server.api.errorCode(RemoveMemberDoc, { input: { memberId: other.memberId } }, member.token)).toBe('FORBIDDEN');
    const { team } = await server.api.ok(TeamMembersDoc, { id: teamId, status: 'ACTIVE' }, owner.token);
    expect(team!.members.totalCount).toBe(3);
  });

  it('AG-7: FINANCIAL and BUSINESS_MANAGER members do not manage members either', async () => {
    const { owner, teamId } = await agencyWithOwner();
    for (const role of ['FINANCIAL', 'BUSINESS_MANAGER'] as const) {
      const member = await addMember(server.api, owner, teamId, [role]);
      expect(await server.api.errorCode(InviteDoc, { input: { teamId, email: 'y@example.test', roles: ['MEMBER'] } }, member.token)).toBe('FORBIDDEN');
    }
  });

  it("AG-7: an ADMIN invites, changes roles and removes members, but never touches the owner's membership", async () => {
    const { owner, teamId } = await agencyWithOwner();
    const admin = await addMember(server.api, owner, teamId, ['ADMIN']);
    const member = await addMember(server.api, admin, teamId, ['MEMBER']);
    const promoted = await server.api.ok(UpdateMemberDoc, { input: { memberId: member.memberId, roles: ['MEMBER', 'BUSINESS_MANAGER'] } }, admin.token);
    expect(promoted.updateTeamMember.member!.roles).toEqual(['MEMBER', 'BUSINESS_MANAGER']);
    const { team } = await server.api.ok(TeamMembersDoc, { id: teamId }, owner.token);
    const ownerMemberId = team!.members.edges.find((e) => e.node.user.id === owner.id)!.node.id;
    expect(await server.api.errorCode(RemoveMemberDoc, { input: { memberId: ownerMemberId } }, admin.token)).toBe('FORBIDDEN');
    expect(await server.api.errorCode(UpdateMemberDoc, { input: { memberId: ownerMemberId, roles: ['MEMBER'] } }, admin.token)).toBe('FORBIDDEN');
    const removed = await server.api.ok(RemoveMemberDoc, { input: { memberId: member.memberId } }, admin.token);
    expect(removed.removeTeamMember.member).toMatchObject({ status: 'REMOVED', leftAt: expect.any(String) });
  });

  it('AG-7: nobody grants OWNER through roles, and the owner keeps OWNER when changing their own roles', async () => {
    const { owner, teamId } = await agencyWithOwner();
    const member = await addMember(server.api, owner, teamId, ['MEMBER']);
    const grant = await server.api.ok(UpdateMemberDoc, { input: { memberId: member.memberId, roles: ['OWNER'] } }, owner.token);
    expect(grant.updateTeamMember.userErrors[0].code).toBe('INVALID_ROLES');
    const invite = await server.api.ok(InviteDoc, { input: { teamId, email: 'z@example.test', roles: ['OWNER'] } }, owner.token);
    expect(invite.inviteTeamMember.userErrors[0].code).toBe('INVALID_ROLES');
    const { team } = await server.api.ok(TeamMembersDoc, { id: teamId }, owner.token);
    const ownerMemberId = team!.members.edges.find((e) => e.node.user.id === owner.id)!.node.id;
    const own = await server.api.ok(UpdateMemberDoc, { input: { memberId: ownerMemberId, roles: ['BUSINESS_MANAGER'] } }, owner.token);
    expect(own.updateTeamMember.member!.roles).toEqual(['OWNER', 'BUSINESS_MANAGER']);
    const removeSelf = await server.api.ok(RemoveMemberDoc, { input: { memberId: ownerMemberId } }, owner.token);
    expect(removeSelf.removeTeamMember.userErrors[0].code).toBe('OWNER_CANNOT_BE_REMOVED');
  });

  it('invitations: the invited user sees them, may decline, and cannot be invited twice or when already a member', async () => {
    const { owner, teamId } = await agencyWithOwner();
    const invitee = await signUp(server.api, 'Invitee');
    const first = await server.api.ok(InviteDoc, { input: { teamId, email: invitee.email.toUpperCase(), roles: ['MEMBER'] } }, owner.token);
    expect(first.inviteTeamMember.invitation).toMatchObject({ email: invitee.email, status: 'PENDING', relationship: 'EXCLUSIVE' });
    const again = await server.api.ok(InviteDoc, { input: { teamId, email: invitee.email, roles: ['MEMBER'] } }, owner.token);
    expect(again.inviteTeamMember.userErrors[0].code).toBe('ALREADY_INVITED');
    const world = await server.api.ok(MyWorldDoc, {}, invitee.token);
    expect(world.viewer!.invitations).toEqual([expect.objectContaining({ id: first.inviteTeamMember.invitation!.id, team: expect.objectContaining({ id: teamId }), invitedBy: { id: owner.id } })]);
    // Nobody else can accept it.
    const stranger = await signUp(server.api, 'Stranger');
    expect(await server.api.errorCode(AcceptInvitationDoc, { input: { invitationId: first.inviteTeamMember.invitation!.id } }, stranger.token)).toBe('NOT_FOUND');
    const declined = await server.api.ok(DeclineDoc, { input: { invitationId: first.inviteTeamMember.invitation!.id } }, invitee.token);
    expect(declined.declineTeamInvitation.invitation!.status).toBe('DECLINED');
    const late = await server.api.ok(AcceptInvitationDoc, { input: { invitationId: first.inviteTeamMember.invitation!.id } }, invitee.token);
    expect(late.acceptTeamInvitation.userErrors[0].code).toBe('INVITATION_NOT_PENDING');
    const member = await addMember(server.api, owner, teamId, ['MEMBER']);
    const dup = await server.api.ok(InviteDoc, { input: { teamId, email: member.email, roles: ['MEMBER'] } }, owner.token);
    expect(dup.inviteTeamMember.userErrors[0].code).toBe('ALREADY_MEMBER');
  });

  it("AC-1: an outsider sees a team's public profile but gets NOT_FOUND for its members", async () => {
    const { teamId } = await agencyWithOwner();
    const outsider = await signUp(server.api, 'Nosy');
    const { team } = await server.api.ok(TeamProfileDoc, { id: teamId }, outsider.token);
    expect(team).toMatchObject({ id: teamId, viewerMembership: null });
    const result = await server.api.run(TeamMembersDoc, { id: teamId }, outsider.token);
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(result.errors![0].path).toEqual(['team', 'members']);
    expect(await server.api.errorCode(TeamMembersDoc, { id: 'team_01ZZZZZZZZZZZZZZZZZZZZZZZZ' }, outsider.token)).toBe('NOT_FOUND');
  });

  it('requires sign-in to look at teams', async () => {
    const { teamId } = await agencyWithOwner();
    expect(await server.api.errorCode(TeamProfileDoc, { id: teamId })).toBe('UNAUTHENTICATED');
  });
});
