/**
 * Membership changes racing each other, as real concurrent requests: passing ownership on while
 * an admin changes or removes the member who receives it. Each round starts both at once; the
 * team must come out with its owner an active member holding OWNER, whichever commits first.
 */
import { graphql } from './gql';
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import { startTestServer, type TestServer } from './support/server';

const RacesTransferOwnershipDoc = graphql(`
  mutation RacesTransferOwnership($input: TransferTeamOwnershipInput!) {
    transferTeamOwnership(input: $input) { newOwner { id roles } userErrors { code } }
  }
`);

const RacesUpdateMemberDoc = graphql(`
  mutation RacesUpdateMember($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) { member { id roles } userErrors { code } }
  }
`);

const RacesRemoveMemberDoc = graphql(`
  mutation RacesRemoveMember($id: ID!) {
    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }
  }
`);

const RacesTeamDoc = graphql(`
  query RacesTeam($id: ID!) {
    team(id: $id) {
      owner { id }
      members(first: 20, status: null) { nodes { status roles user { id } } }
    }
  }
`);

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.close());

const api = () => server.api;
const ROUNDS = 12;

/** An agency with its owner, an admin and a plain member (who is about to be made owner). */
async function agency(): Promise<{ teamId: string; owner: TestUser; admin: TestUser; heir: TestUser & { memberId: string } }> {
  const owner = await signUp(api(), 'Passing Owner');
  const team = await createTeam(api(), owner, 'AGENCY');
  const admin = await addMember(api(), owner, team.id, ['ADMIN']);
  const heir = await addMember(api(), owner, team.id, ['MEMBER']);
  return { teamId: team.id, owner, admin, heir };
}

/**
 * The team's owner and the active members holding OWNER, read by the owner before the transfer:
 * they stay a member whatever happened (as the owner, or as an admin after passing it on).
 */
async function ownership(teamId: string, reader: TestUser) {
  const { team } = await api().ok(RacesTeamDoc, { id: teamId }, reader.token);
  const owners = team!.members.nodes.filter((m) => m.status === 'ACTIVE' && m.roles.includes('OWNER')).map((m) => m.user.id);
  return { ownerId: team!.owner.id, activeOwnerRoleHolders: owners };
}

describe('ownership passing on while an admin acts on the heir', () => {
  it("AG-7: an admin changing a member's roles while the owner passes ownership to them never leaves the owner without the OWNER role", async () => {
    const broken: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { teamId, owner, admin, heir } = await agency();
      const [transferred, updated] = await Promise.all([
        api().run(RacesTransferOwnershipDoc, { input: { teamId, memberId: heir.memberId } }, owner.token),
        api().run(RacesUpdateMemberDoc, { input: { memberId: heir.memberId, roles: ['BUSINESS_MANAGER'] } }, admin.token),
      ]);
      // Whichever goes first, the other may be refused (the admin may not touch the owner's
      // membership); never an internal error.
      expect(transferred.errors ?? []).toEqual([]);
      expect((updated.errors ?? []).map((e) => e.extensions?.code).filter((code) => code !== 'FORBIDDEN')).toEqual([]);
      const state = await ownership(teamId, owner);
      if (state.ownerId !== heir.id || state.activeOwnerRoleHolders.join() !== heir.id) broken.push(JSON.stringify(state));
    }
    expect(broken).toEqual([]);
  });

  it('AG-7: an admin removing a member while the owner passes ownership to them never removes the new owner', async () => {
    const broken: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { teamId, owner, admin, heir } = await agency();
      const [transferred, removed] = await Promise.all([
        api().run(RacesTransferOwnershipDoc, { input: { teamId, memberId: heir.memberId } }, owner.token),
        api().run(RacesRemoveMemberDoc, { id: heir.memberId }, admin.token),
      ]);
      expect(transferred.errors ?? []).toEqual([]);
      expect((removed.errors ?? []).map((e) => e.extensions?.code).filter((code) => code !== 'FORBIDDEN')).toEqual([]);
      const state = await ownership(teamId, owner);
      const ownerIsActive = state.activeOwnerRoleHolders.includes(state.ownerId) && state.activeOwnerRoleHolders.length === 1;
      if (!ownerIsActive) broken.push(JSON.stringify(state));
    }
    expect(broken).toEqual([]);
  });
});
