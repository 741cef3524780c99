import { randomBytes } from 'node:crypto';
import { graphql } from '../gql';
import type { MemberRelationship, TeamKind, TeamRole } from '../gql/graphql';
import type { Api } from './api';
import { STAFF_EMAIL } from './server';

export const SignUpDoc = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user { id name email isStaff }
      userErrors { code message field }
    }
  }
`);

export const CreateTeamDoc = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      team { id name kind }
      userErrors { code message field }
    }
  }
`);

export const InviteDoc = graphql(`
  mutation InviteTeamMember($input: InviteTeamMemberInput!) {
    inviteTeamMember(input: $input) {
      invitation { id email roles relationship status }
      userErrors { code message field }
    }
  }
`);

export const AcceptInvitationDoc = graphql(`
  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {
    acceptTeamInvitation(input: $input) {
      member { id roles relationship status joinedAt user { id } team { id } }
      userErrors { code message field }
    }
  }
`);

export interface TestUser {
  id: string;
  email: string;
  name: string;
  token: string;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.test`;
}

export async function signUp(api: Api, name = 'Test User', email = uniqueEmail(name.split(' ')[0].toLowerCase())): Promise<TestUser> {
  const { signUp: payload } = await api.ok(SignUpDoc, { input: { email, password: 'correct horse battery', name } });
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  return { id: payload.user!.id, email, name, token: payload.token! };
}

/** The staff account of this test file's database (STAFF_EMAILS lists it). */
export async function signUpStaff(api: Api): Promise<TestUser> {
  return signUp(api, 'Staff Person', STAFF_EMAIL);
}

export async function createTeam(api: Api, owner: TestUser, kind: TeamKind, name = `${kind.toLowerCase()} ${randomBytes(3).toString('hex')}`) {
  const { createTeam: payload } = await api.ok(CreateTeamDoc, { input: { name, kind } }, owner.token);
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  return payload.team!;
}

/** Signs up a new user and brings them into the team with the given roles. */
export async function addMember(
  api: Api,
  inviter: TestUser,
  teamId: string,
  roles: TeamRole[],
  relationship?: MemberRelationship,
  user?: TestUser,
): Promise<TestUser & { memberId: string }> {
  const member = user ?? (await signUp(api, `${roles[0].toLowerCase()} person`));
  const invited = await api.ok(InviteDoc, { input: { teamId, email: member.email, roles, relationship } }, inviter.token);
  if (invited.inviteTeamMember.userErrors.length) throw new Error(JSON.stringify(invited.inviteTeamMember.userErrors));
  const accepted = await api.ok(AcceptInvitationDoc, { input: { invitationId: invited.inviteTeamMember.invitation!.id } }, member.token);
  if (accepted.acceptTeamInvitation.userErrors.length) throw new Error(JSON.stringify(accepted.acceptTeamInvitation.userErrors));
  return { ...member, memberId: accepted.acceptTeamInvitation.member!.id };
}
