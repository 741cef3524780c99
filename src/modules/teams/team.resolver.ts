import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireTeamPermission } from '../../auth/authorize';
import { viewerMembership } from '../../auth/membership.loader';
import { Permission } from '../../auth/permissions';
import { ConnectionArgs, pageOfList } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { User } from '../users/user.types';
import { userById } from '../users/user.loaders';
import { canSeePrivate } from '../users/user.service';
import { memberById, membersOfTeam, membershipsOfUser, pendingInvitationsByEmail, pendingInvitationsOfTeam, representedAgencyOfUser, teamById } from './team.loaders';
import * as teamQueries from './team.queries';
import * as teams from './team.service';
import {
  AcceptTeamInvitationInput,
  AcceptTeamInvitationPayload,
  CreateTeamInput,
  CreateTeamPayload,
  DeclineTeamInvitationInput,
  DeclineTeamInvitationPayload,
  InviteTeamMemberInput,
  InviteTeamMemberPayload,
  UpdateTeamInput,
  UpdateTeamPayload,
  LeaveTeamInput,
  LeaveTeamPayload,
  Member,
  MemberConnection,
  MemberFilter,
  MemberOrder,
  MemberStatus,
  RemoveTeamMemberInput,
  RemoveTeamMemberPayload,
  RevokeTeamInvitationInput,
  RevokeTeamInvitationPayload,
  SetDefaultTeamInput,
  SetDefaultTeamPayload,
  Team,
  TeamConnection,
  TeamFilter,
  TeamInvitation,
  TeamInvitationConnection,
  TeamOrder,
  TransferTeamOwnershipInput,
  TransferTeamOwnershipPayload,
  UpdateTeamMemberInput,
  UpdateTeamMemberPayload,
} from './team.types';

@ArgsType()
class MembersArgs extends ConnectionArgs {
  @Field(() => MemberStatus, {
    nullable: true,
    deprecationReason: 'Use `filter: { status: [...] }`, a list like every status filter.',
    description: 'Only members with this status; all (the history too) when omitted.',
  })
  status?: MemberStatus | null;

  @Field(() => MemberFilter, { nullable: true, description: 'Which members; all of them, former ones included, when omitted.' })
  filter?: MemberFilter | null;

  @Field(() => MemberOrder, { nullable: true, description: 'The order; join order (earliest first) when omitted.' })
  orderBy?: MemberOrder | null;
}

@ArgsType()
class UserMembershipsArgs extends ConnectionArgs {
  @Field(() => MemberFilter, { nullable: true, description: 'Which memberships; every status when omitted.' })
  filter?: MemberFilter | null;
}

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => Team, { description: 'A team by id: its public profile for anyone signed in, more for its members.' })
  team(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The team id.' }) id: string) {
    return teamQueries.getTeam(ctx, id);
  }

  @Query(() => TeamConnection, { description: 'Staff only: every team, for internal tools.' })
  teams(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => TeamFilter, { nullable: true, description: 'Which teams; all when omitted.' }) filter?: TeamFilter,
    @Arg('orderBy', () => TeamOrder, { nullable: true, description: 'Oldest first when omitted.' }) orderBy?: TeamOrder,
  ) {
    return teamQueries.listTeams(ctx, args, filter, orderBy);
  }

  @FieldResolver(() => User, { description: 'The owner (public profile).' })
  owner(@Root() team: Team, @Ctx() ctx: Context) {
    return userById(ctx).load(team.ownerId);
  }

  @FieldResolver(() => MemberConnection, { description: 'Members, former ones included with their status. Members and staff only.' })
  async members(@Root() team: Team, @Ctx() ctx: Context, @Args() args: MembersArgs) {
    await requireTeamPermission(ctx, team.id, Permission.ViewTeam);
    return membersOfTeam(ctx, team.id, args);
  }

  @FieldResolver(() => Member, { nullable: true, description: "The caller's own active membership in this team, if any." })
  async viewerMembership(@Root() team: Team, @Ctx() ctx: Context) {
    const membership = ctx.viewer ? await viewerMembership(ctx).load(team.id) : undefined;
    return membership ? memberById(ctx).load(membership.memberId) : null;
  }

  @FieldResolver(() => [TeamInvitation], { description: 'Pending invitations. Owners and admins only.', deprecationReason: 'Use `pendingInvitationsConnection` (paginated).' })
  async pendingInvitations(@Root() team: Team, @Ctx() ctx: Context) {
    await requireTeamPermission(ctx, team.id, Permission.ManageMembers);
    return pendingInvitationsOfTeam(ctx).load(team.id);
  }

  @FieldResolver(() => TeamInvitationConnection, { description: 'Pending invitations, oldest first. Owners and admins only.' })
  async pendingInvitationsConnection(@Root() team: Team, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    await requireTeamPermission(ctx, team.id, Permission.ManageMembers);
    return pageOfList(await pendingInvitationsOfTeam(ctx).load(team.id), args);
  }

  @Mutation(() => CreateTeamPayload, { description: 'Anyone signed in: creates an agency or a client team; the caller becomes its OWNER.' })
  createTeam(@Ctx() ctx: Context, @Arg('input', () => CreateTeamInput) input: CreateTeamInput) {
    return runMutation(() => teams.createTeam(ctx, input));
  }

  @Mutation(() => UpdateTeamPayload, { description: "OWNER or ADMIN of the team (ManageTeamProfile): changes its name and public profile (headline, skills)." })
  updateTeam(@Ctx() ctx: Context, @Arg('input', () => UpdateTeamInput) input: UpdateTeamInput) {
    return runMutation(() => teams.updateTeam(ctx, input));
  }

  @Mutation(() => InviteTeamMemberPayload, { description: 'OWNER or ADMIN of the team: invites a person by email (AG-7).' })
  inviteTeamMember(@Ctx() ctx: Context, @Arg('input', () => InviteTeamMemberInput) input: InviteTeamMemberInput) {
    return runMutation(() => teams.inviteMember(ctx, input));
  }

  @Mutation(() => AcceptTeamInvitationPayload, { description: 'The invited person, signed in with the invited address verified: joins the team (AG-6 applies).' })
  acceptTeamInvitation(@Ctx() ctx: Context, @Arg('input', () => AcceptTeamInvitationInput) input: AcceptTeamInvitationInput) {
    return runMutation(() => teams.acceptInvitation(ctx, input));
  }

  @Mutation(() => DeclineTeamInvitationPayload, { description: 'The invited person, signed in with the invited address verified: turns an invitation down.' })
  declineTeamInvitation(@Ctx() ctx: Context, @Arg('input', () => DeclineTeamInvitationInput) input: DeclineTeamInvitationInput) {
    return runMutation(() => teams.declineInvitation(ctx, input.invitationId));
  }

  @Mutation(() => RevokeTeamInvitationPayload, { description: 'OWNER or ADMIN of the team: takes a pending invitation back.' })
  revokeTeamInvitation(@Ctx() ctx: Context, @Arg('input', () => RevokeTeamInvitationInput) input: RevokeTeamInvitationInput) {
    return runMutation(() => teams.revokeInvitation(ctx, input.invitationId));
  }

  @Mutation(() => UpdateTeamMemberPayload, { description: "OWNER or ADMIN of the team: changes a member's roles or relationship; never the owner's, unless the owner (AG-7)." })
  updateTeamMember(@Ctx() ctx: Context, @Arg('input', () => UpdateTeamMemberInput) input: UpdateTeamMemberInput) {
    return runMutation(() => teams.updateMember(ctx, input));
  }

  @Mutation(() => RemoveTeamMemberPayload, { description: 'OWNER or ADMIN of the team: removes a member other than the owner, once they have no active contracts (AG-7).' })
  removeTeamMember(@Ctx() ctx: Context, @Arg('input', () => RemoveTeamMemberInput) input: RemoveTeamMemberInput) {
    return runMutation(() => teams.removeMember(ctx, input.memberId));
  }

  @Mutation(() => LeaveTeamPayload, { description: 'Any member but the owner: leaves the team; work history stays (AG-5).' })
  leaveTeam(@Ctx() ctx: Context, @Arg('input', () => LeaveTeamInput) input: LeaveTeamInput) {
    return runMutation(() => teams.leaveTeam(ctx, input.teamId));
  }

  @Mutation(() => TransferTeamOwnershipPayload, { description: 'The OWNER only: passes ownership to another active member, staying on as ADMIN.' })
  transferTeamOwnership(@Ctx() ctx: Context, @Arg('input', () => TransferTeamOwnershipInput) input: TransferTeamOwnershipInput) {
    return runMutation(() => teams.transferOwnership(ctx, input));
  }

  @Mutation(() => SetDefaultTeamPayload, { description: 'Anyone signed in: picks the agency they appear as (AG-3), or clears it with null.' })
  setDefaultTeam(@Ctx() ctx: Context, @Arg('input', () => SetDefaultTeamInput) input: SetDefaultTeamInput) {
    return runMutation(() => teams.setDefaultTeam(ctx, input.teamId));
  }
}

@Resolver(() => Member)
export class MemberResolver {
  @FieldResolver(() => User, { description: 'The member.' })
  user(@Root() member: Member, @Ctx() ctx: Context) {
    return member.prefetchedUser ?? userById(ctx).load(member.userId);
  }

  @FieldResolver(() => Team, { description: 'The team.' })
  team(@Root() member: Member, @Ctx() ctx: Context) {
    return teamById(ctx).load(member.teamId);
  }
}

@Resolver(() => TeamInvitation)
export class TeamInvitationResolver {
  @FieldResolver(() => Team, { description: 'The team inviting (public profile).' })
  team(@Root() invitation: TeamInvitation, @Ctx() ctx: Context) {
    return teamById(ctx).load(invitation.teamId);
  }

  @FieldResolver(() => User, { description: 'Who sent the invitation.' })
  invitedBy(@Root() invitation: TeamInvitation, @Ctx() ctx: Context) {
    return userById(ctx).load(invitation.invitedById);
  }
}

/** The team-related part of a user: shown to the user themself and staff only. */
@Resolver(() => User)
export class UserTeamsResolver {
  @FieldResolver(() => MemberConnection, {
    nullable: true,
    description: "The user's memberships, every status (like `Team.members`) unless `filter` says otherwise, oldest first. Self and staff only.",
  })
  async membershipsConnection(@Root() user: User, @Ctx() ctx: Context, @Args() args: UserMembershipsArgs) {
    if (!canSeePrivate(ctx, user)) return null;
    const { status, joinedAfter, joinedBefore } = args.filter ?? {};
    const all = await membershipsOfUser(ctx).load(user.id);
    const joined = (member: Member) => new Date(member.joinedAt).getTime();
    return pageOfList(
      all.filter(
        (member) =>
          (!status || status.includes(member.status)) &&
          (!joinedAfter || joined(member) >= joinedAfter.getTime()) &&
          (!joinedBefore || joined(member) < joinedBefore.getTime()),
      ),
      args,
    );
  }

  @FieldResolver(() => TeamInvitationConnection, { nullable: true, description: "Pending invitations to the user's email, once it is verified (empty before), oldest first. Self and staff only." })
  async invitationsConnection(@Root() user: User, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    if (!canSeePrivate(ctx, user)) return null;
    return pageOfList(user.emailVerified ? await pendingInvitationsByEmail(ctx).load(user.email) : [], args);
  }

  @FieldResolver(() => [Member], {
    nullable: true,
    description: "The user's memberships, active ones unless `status` says otherwise. Self and staff only.",
    deprecationReason: 'Use `membershipsConnection` (paginated; every status unless `filter: { status: [ACTIVE] }`).',
  })
  async memberships(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Arg('status', () => MemberStatus, { nullable: true, defaultValue: MemberStatus.ACTIVE, description: 'Which memberships; null for all of them.' }) status: MemberStatus | null,
  ) {
    if (!canSeePrivate(ctx, user)) return null;
    const all = await membershipsOfUser(ctx).load(user.id);
    return status ? all.filter((member) => member.status === status) : all;
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The agency a non-exclusive member appears as (AG-3), if chosen. Self and staff only.' })
  defaultTeam(@Root() user: User, @Ctx() ctx: Context) {
    return user.defaultTeamId && canSeePrivate(ctx, user) ? teamById(ctx).load(user.defaultTeamId) : null;
  }

  @FieldResolver(() => Team, {
    nullable: true,
    description:
      "Public profile: the agency the freelancer represents (AG-2, AG-3): the agency they are an exclusive member of, or the agency a non-exclusive member chose as default team; null for an independent freelancer. Any signed-in user.",
  })
  async representedAgency(@Root() user: User, @Ctx() ctx: Context) {
    if (!ctx.viewer) return null;
    const teamId = await representedAgencyOfUser(ctx).load(user.id);
    return teamId ? teamById(ctx).load(teamId) : null;
  }

  @FieldResolver(() => [TeamInvitation], {
    nullable: true,
    description: "Pending invitations to the user's email, once it is verified (empty before). Self and staff only.",
    deprecationReason: 'Use `invitationsConnection` (paginated).',
  })
  invitations(@Root() user: User, @Ctx() ctx: Context) {
    if (!canSeePrivate(ctx, user)) return null;
    return user.emailVerified ? pendingInvitationsByEmail(ctx).load(user.email) : [];
  }
}

export const TEAM_RESOLVERS = [TeamResolver, MemberResolver, TeamInvitationResolver, UserTeamsResolver] as const;
