import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { TeamPayload } from './team.errors';
import { TeamKind, TeamRole } from '../../auth/permissions';
import { ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { User } from '../users/user.types';
import { InvitationStatus, MemberRelationship, MemberStatus } from './team.entity';

export { MemberRelationship, MemberStatus, InvitationStatus };

registerEnumType(MemberRelationship, {
  name: 'MemberRelationship',
  description: "How an agency member works with the agency (AG-1).",
  valuesConfig: {
    EXCLUSIVE: { description: 'Works only through the agency; everything of theirs is the agency\'s (AG-2). The default.' },
    NON_EXCLUSIVE: { description: 'Works both independently and for the agency, choosing on every proposal (AG-3, AG-4).' },
  },
});
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'Whether a membership is current.',
  valuesConfig: {
    ACTIVE: { description: 'A current member.' },
    LEFT: { description: 'Left the team; kept in its history (AG-5).' },
    REMOVED: { description: 'Removed by an owner or admin; kept in the history.' },
  },
});
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the invited person.' },
    ACCEPTED: { description: 'Accepted: the person is a member.' },
    DECLINED: { description: 'Declined by the invited person.' },
    REVOKED: { description: 'Taken back by the team.' },
  },
});

@ObjectType({ implements: Node, description: 'An agency or a client company. Anyone signed in sees its public profile; the rest is for its members.' })
export class Team extends Node {
  @Field({ description: 'The team\'s name.' })
  name: string;

  @Field(() => TeamKind, { description: 'Agency or client.' })
  kind: TeamKind;

  @Field({ description: 'When the team was created.' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Public profile: one line about the team; null when not given.' })
  headline: string | null;

  @Field(() => [String], { description: 'Public profile: the skills the team offers or hires for, lower-cased; empty when none are given.' })
  skills: string[];

  ownerId: string;
  connectsBalance: number;
}

export const TEAM_COLUMNS = `id, name, kind, owner_id as "ownerId", connects_balance as "connectsBalance", created_at as "createdAt", headline, skills`;

export enum MemberOrderField {
  JOINED_AT = 'JOINED_AT',
}
registerEnumType(MemberOrderField, {
  name: 'MemberOrderField',
  description: 'What to order members by.',
  valuesConfig: { JOINED_AT: { description: 'When the user joined the team.' } },
});

@InputType({ description: 'An ordering of members.' })
export class MemberOrder {
  @Field(() => MemberOrderField, { defaultValue: MemberOrderField.JOINED_AT, description: 'The field to order by; JOINED_AT when omitted.' })
  field: MemberOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (earliest first) when omitted.' })
  direction: SortDirection;
}

@InputType({ description: 'Which members to list; all of them, former ones included, when omitted.' })
export class MemberFilter {
  @Field(() => [MemberStatus], { nullable: true, description: 'Only members with one of these statuses; every status (the history too) when omitted.' })
  status?: MemberStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Only members who joined at or after this instant.' })
  joinedAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only members who joined before this instant.' })
  joinedBefore?: Date | null;
}

@ObjectType({ implements: Node, description: "A user's place in a team: their roles and, in an agency, their relationship." })
export class Member extends Node {
  @Field(() => [TeamRole], { description: 'The roles held; several are allowed.' })
  roles: TeamRole[];

  @Field(() => MemberRelationship, { nullable: true, description: 'Agencies only (AG-1); null in client teams.' })
  relationship: MemberRelationship | null;

  @Field(() => MemberStatus, { description: 'Whether the membership is current.' })
  status: MemberStatus;

  @Field({ description: 'When the user joined the team.' })
  joinedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the user left or was removed; null while active.' })
  leftAt: Date | null;

  teamId: string;
  userId: string;
  /** The member's user, when the list that read the member brought it along. */
  prefetchedUser?: User;
}

export const MEMBER_COLUMNS = `id, team_id as "teamId", user_id as "userId", roles, relationship, status, joined_at as "joinedAt", left_at as "leftAt"`;

@ObjectType({ implements: Node, description: 'An invitation to join a team, addressed to an email.' })
export class TeamInvitation extends Node {
  @Field({ description: 'Who is invited.' })
  email: string;

  @Field(() => [TeamRole], { description: 'The roles the member will hold.' })
  roles: TeamRole[];

  @Field(() => MemberRelationship, { nullable: true, description: 'The relationship offered (agencies only).' })
  relationship: MemberRelationship | null;

  @Field(() => InvitationStatus, { description: 'Where the invitation stands.' })
  status: InvitationStatus;

  @Field({ description: 'When it was sent.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or revoked.' })
  respondedAt: Date | null;

  teamId: string;
  invitedById: string;
  memberId: string | null;
}

export const INVITATION_COLUMNS = `id, team_id as "teamId", email, roles, relationship, status, invited_by_id as "invitedById", created_at as "createdAt", responded_at as "respondedAt", member_id as "memberId"`;

export const TeamConnection = ConnectionType(Team);
export const MemberConnection = ConnectionType(Member);
export const TeamInvitationConnection = ConnectionType(TeamInvitation);

export enum TeamOrderField {
  CREATED_AT = 'CREATED_AT',
  NAME = 'NAME',
}
registerEnumType(TeamOrderField, { name: 'TeamOrderField', description: 'What to order teams by.' });

@InputType({ description: 'An ordering of teams.' })
export class TeamOrder {
  @Field(() => TeamOrderField)
  field: TeamOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType({ description: 'Which teams to list.' })
export class TeamFilter {
  @Field(() => TeamKind, { nullable: true, description: 'Only agencies or only clients.' })
  kind?: TeamKind;

  @Field({ nullable: true, description: 'Teams whose name contains this text (case-insensitive).' })
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Teams this user is an active member of.' })
  memberUserId?: string;
}

@InputType({ description: 'A new team.' })
export class CreateTeamInput {
  @Field({ description: '1 to 200 characters.' })
  name: string;

  @Field(() => TeamKind, { description: 'AGENCY or CLIENT; it cannot change later.' })
  kind: TeamKind;
}

@InputType({ description: "Changes to a team's name and public profile; fields left out stay as they are." })
export class UpdateTeamInput {
  @Field(() => ID, { description: 'The team to change.' })
  teamId: string;

  @Field(() => String, { nullable: true, description: '1 to 200 characters; unchanged when omitted.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 200 characters; an empty string clears it; unchanged when omitted.' })
  headline?: string | null;

  @Field(() => [String], { nullable: true, description: 'At most 20 skills of 1 to 50 characters (letters, digits, spaces, + # . / & -), stored lower-cased; replaces the list; unchanged when omitted.' })
  skills?: string[] | null;
}

@InputType({ description: 'Who to invite, and as what.' })
export class InviteTeamMemberInput {
  @Field(() => ID, { description: 'The team to invite into.' })
  teamId: string;

  @Field({ description: 'The invited person\'s email; they see the invitation once signed in with it.' })
  email: string;

  @Field(() => [TeamRole], { description: 'One or more roles valid for the team\'s kind; never OWNER.' })
  roles: TeamRole[];

  @Field(() => MemberRelationship, { nullable: true, description: 'Agencies only; EXCLUSIVE when omitted (AG-1).' })
  relationship?: MemberRelationship | null;
}

@InputType()
export class AcceptTeamInvitationInput {
  @Field(() => ID, { description: 'The invitation to accept.' })
  invitationId: string;
}

@InputType()
export class DeclineTeamInvitationInput {
  @Field(() => ID, { description: 'The invitation to decline.' })
  invitationId: string;
}

@InputType()
export class RevokeTeamInvitationInput {
  @Field(() => ID, { description: 'The pending invitation to take back.' })
  invitationId: string;
}

@InputType({ description: 'New roles and/or relationship; omitted fields stay as they are.' })
export class UpdateTeamMemberInput {
  @Field(() => ID, { description: 'The membership to change.' })
  memberId: string;

  @Field(() => [TeamRole], { nullable: true, description: 'The complete new set of roles; never adds OWNER.' })
  roles?: TeamRole[] | null;

  @Field(() => MemberRelationship, { nullable: true, description: 'Agencies only.' })
  relationship?: MemberRelationship | null;
}

@InputType()
export class RemoveTeamMemberInput {
  @Field(() => ID, { description: 'The membership to end.' })
  memberId: string;
}

@InputType()
export class LeaveTeamInput {
  @Field(() => ID, { description: 'The team to leave.' })
  teamId: string;
}

@InputType()
export class TransferTeamOwnershipInput {
  @Field(() => ID, { description: 'The team whose ownership passes on.' })
  teamId: string;

  @Field(() => ID, { description: 'The active member who becomes the owner.' })
  memberId: string;
}

@InputType()
export class SetDefaultTeamInput {
  @Field(() => ID, { nullable: true, description: 'An agency the caller is an active member of; null clears the choice (AG-3).' })
  teamId?: string | null;
}

@ObjectType()
export class CreateTeamPayload extends TeamPayload {
  @Field(() => Team, { nullable: true, description: 'The new team.' })
  team?: Team;
}

@ObjectType()
export class UpdateTeamPayload extends TeamPayload {
  @Field(() => Team, { nullable: true, description: 'The team as changed.' })
  team?: Team;
}

@ObjectType()
export class InviteTeamMemberPayload extends TeamPayload {
  @Field(() => TeamInvitation, { nullable: true, description: 'The pending invitation.' })
  invitation?: TeamInvitation;
}

@ObjectType()
export class AcceptTeamInvitationPayload extends TeamPayload {
  @Field(() => Member, { nullable: true, description: 'The new membership.' })
  member?: Member;
}

@ObjectType()
export class DeclineTeamInvitationPayload extends TeamPayload {
  @Field(() => TeamInvitation, { nullable: true, description: 'The invitation, no longer pending.' })
  invitation?: TeamInvitation;
}

@ObjectType()
export class RevokeTeamInvitationPayload extends TeamPayload {
  @Field(() => TeamInvitation, { nullable: true, description: 'The invitation, no longer pending.' })
  invitation?: TeamInvitation;
}

@ObjectType()
export class UpdateTeamMemberPayload extends TeamPayload {
  @Field(() => Member, { nullable: true, description: 'The membership as it is now.' })
  member?: Member;
}

@ObjectType()
export class RemoveTeamMemberPayload extends TeamPayload {
  @Field(() => Member, { nullable: true, description: 'The membership, now REMOVED.' })
  member?: Member;
}

@ObjectType()
export class LeaveTeamPayload extends TeamPayload {
  @Field(() => Member, { nullable: true, description: 'The caller\'s membership, now LEFT.' })
  member?: Member;
}

@ObjectType()
export class TransferTeamOwnershipPayload extends TeamPayload {
  @Field(() => Team, { nullable: true, description: 'The team, with its new owner.' })
  team?: Team;

  @Field(() => Member, { nullable: true, description: 'The new owner.' })
  newOwner?: Member;

  @Field(() => Member, { nullable: true, description: 'The previous owner, who stays as an admin.' })
  previousOwner?: Member;
}

@ObjectType()
export class SetDefaultTeamPayload extends TeamPayload {
  @Field(() => User, { nullable: true, description: 'The caller, with the new default team.' })
  user?: User;
}
