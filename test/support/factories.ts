import { randomBytes } from 'node:crypto';
import { graphql } from '../gql';
import type { MemberRelationship, TeamKind, TeamRole } from '../gql/graphql';
import type { Api } from './api';
import { linkIn, waitForMail } from './mail';
import { STAFF_EMAIL, startTestServer, type TestServer } from './server';

export const SignUpDoc = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user { id name email isStaff }
      userErrors { code message field }
    }
  }
`);

export const VerifyEmailDoc = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      user { id email emailVerified isStaff pendingEmail }
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

export const TEST_PASSWORD = 'correct horse battery';

/** The token of the newest verification link mailed to `email`. */
export async function verificationToken(api: Api, email: string, count = 1): Promise<string> {
  return linkIn(await waitForMail(api.mailDir, email, /Confirm your/, count), '/verify-email').token!;
}

/** Opens the newest verification link mailed to the user, as they would (through `verifyEmail`). */
export async function verifyEmail(api: Api, email: string): Promise<void> {
  const { verifyEmail: payload } = await api.ok(VerifyEmailDoc, { input: { token: await verificationToken(api, email) } });
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
}

/**
 * A new user who has also verified their address from the message the server mailed, as most
 * tests need (staff rights, invitations and payouts need a verified address); `verify: false`
 * leaves it unverified.
 */
export async function signUp(
  api: Api,
  name = 'Test User',
  email = uniqueEmail(name.split(' ')[0].toLowerCase()),
  options: { verify?: boolean } = {},
): Promise<TestUser> {
  const { signUp: payload } = await api.ok(SignUpDoc, { input: { email, password: TEST_PASSWORD, name } });
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  if (options.verify !== false) await verifyEmail(api, email);
  return { id: payload.user!.id, email: email.trim().toLowerCase(), name, token: payload.token! };
}

/** The staff account of this test file's database (STAFF_EMAILS lists it). */
export async function signUpStaff(api: Api): Promise<TestUser> {
  return signUp(api, 'Staff Person', STAFF_EMAIL);
}

/** A test file's (or describe block's) own server, with its staff user signed up. */
export async function startStaffSuite(
  env: NodeJS.ProcessEnv = {},
  options: Parameters<typeof startTestServer>[1] = {},
): Promise<{ server: TestServer; staff: TestUser }> {
  const server = await startTestServer(env, options);
  return { server, staff: await signUpStaff(server.api) };
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
