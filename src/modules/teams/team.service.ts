import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireTeamPermission, requireVerifiedEmail, requireViewer } from '../../auth/authorize';
import { Permission, ROLES_BY_KIND, TeamKind, TeamRole } from '../../auth/permissions';
import { executeSql, selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import type { Context } from '../../graphql/context';
import { forbidden, notFound, userError } from '../../graphql/errors';
import { isIdOf } from '../../shared/ids';
import { checkedHeadline, checkedSkills, skillsLiteral } from '../../shared/profile';
import { normalizeEmail } from '../users/auth.service';
import { userById } from '../users/user.loaders';
import { sendInvitationMail } from './invitation.mail';
import { MemberEntity, TeamEntity, TeamInvitationEntity } from './team.entity';
import { TeamErrorCode } from './team.errors';
import { invitationById, memberById, teamById } from './team.loaders';
import { exclusiveAgencyOf, isActiveMember } from './membership';
import {
  InvitationStatus,
  MemberRelationship,
  MemberStatus,
  type AcceptTeamInvitationInput,
  type CreateTeamInput,
  type InviteTeamMemberInput,
  type Member,
  type Team,
  type TeamInvitation,
  type TransferTeamOwnershipInput,
  type UpdateTeamInput,
  type UpdateTeamMemberInput,
} from './team.types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks other features add before a member may be removed (AG-7: no active contracts). */
export type MemberRemovalGuard = (em: EntityManager, member: { teamId: string; userId: string }) => Promise<string | undefined>;
const removalGuards: MemberRemovalGuard[] = [];
export function addMemberRemovalGuard(guard: MemberRemovalGuard): void {
  removalGuards.push(guard);
}

// ---- changing -----------------------------------------------------------------------------

interface LockedTeam {
  id: string;
  kind: TeamKind;
  ownerId: string;
}

/** Locks the team row: every change of a team's membership runs one at a time. */
async function lockTeam(em: EntityManager, teamId: string): Promise<LockedTeam> {
  const team = await selectOne<LockedTeam>(em, 'select id, kind, owner_id as "ownerId" from team where id = ? for update', [teamId]);
  if (!team) throw notFound('Team');
  return team;
}

/** Locks the user row: one membership change per user at a time keeps AG-6 true under races. */
async function lockUser(em: EntityManager, userId: string): Promise<void> {
  await selectOne(em, 'select id from app_user where id = ? for update', [userId]);
}

/** AG-6: whether the user is an exclusive, active member of an agency other than `exceptTeamId`. */
async function isExclusiveElsewhere(em: EntityManager, userId: string, exceptTeamId: string | null): Promise<boolean> {
  const agencyId = await exclusiveAgencyOf(em, userId);
  return agencyId !== undefined && agencyId !== exceptTeamId;
}

function checkRoles(kind: TeamKind, roles: readonly TeamRole[], field: string[]): TeamRole[] {
  const unique = [...new Set(roles)];
  if (!unique.length) throw userError(TeamErrorCode.INVALID_ROLES, 'Give at least one role.', field);
  if (unique.includes(TeamRole.OWNER)) {
    throw userError(TeamErrorCode.INVALID_ROLES, 'Ownership passes only with transferTeamOwnership.', field);
  }
  const invalid = unique.filter((role) => !ROLES_BY_KIND[kind].includes(role));
  if (invalid.length) {
    throw userError(TeamErrorCode.INVALID_ROLES, `${invalid.join(', ')} is not a role of ${kind === TeamKind.AGENCY ? 'an agency' : 'a client team'}.`, field);
  }
  return unique;
}

function checkRelationship(kind: TeamKind, relationship: MemberRelationship | null | undefined): MemberRelationship | null {
  if (kind === TeamKind.CLIENT) {
    if (relationship) throw userError(TeamErrorCode.INVALID_RELATIONSHIP, 'Client teams have no member relationships.', ['input', 'relationship']);
    return null;
  }
  return relationship ?? MemberRelationship.EXCLUSIVE;
}

/**
 * The member as it is now, under the team's lock (call it after lockTeam). Read afresh: callers
 * loaded the row before the lock to find its team, and that copy (which a plain findOne would
 * hand back) may predate a change that committed meanwhile: ownership passed to this member, or
 * their leaving. Deciding on it would let an admin strip the new owner's OWNER role or remove
 * them, and the flush would write the old roles back over the new.
 */
async function activeMember(em: EntityManager, memberId: string, teamId?: string): Promise<MemberEntity> {
  const member = isIdOf('Member', memberId) ? await em.findOne(MemberEntity, memberId, { refresh: true }) : null;
  if (!member || (teamId && member.team.id !== teamId)) throw notFound('Member');
  if (member.status !== MemberStatus.ACTIVE) throw userError(TeamErrorCode.MEMBER_NOT_ACTIVE, 'That person is no longer a member.', ['input', 'memberId']);
  return member;
}

export async function createTeam(ctx: Context, input: CreateTeamInput): Promise<{ team: Team }> {
  const viewer = requireViewer(ctx);
  const name = input.name.trim();
  if (!name || name.length > 200) throw userError(TeamErrorCode.INVALID_NAME, 'The name must be 1 to 200 characters long.', ['input', 'name']);
  const teamId = await inTransaction(ctx, async (em, now) => {
    await lockUser(em, viewer.id);
    const team = em.create(TeamEntity, { name, kind: input.kind, owner: viewer.id, createdAt: now });
    // The founder of an agency works in it exclusively unless already exclusive elsewhere (AG-6).
    const relationship =
      input.kind === TeamKind.CLIENT
        ? null
        : (await isExclusiveElsewhere(em, viewer.id, null))
          ? MemberRelationship.NON_EXCLUSIVE
          : MemberRelationship.EXCLUSIVE;
    em.create(MemberEntity, { team, user: viewer.id, roles: [TeamRole.OWNER], relationship, status: MemberStatus.ACTIVE, joinedAt: now });
    await em.flush();
    return team.id;
  });
  return { team: (await teamById(ctx).load(teamId))! };
}

/** OWNER and ADMIN (ManageTeamProfile): the name and the public profile; what is left out stays. */
export async function updateTeam(ctx: Context, input: UpdateTeamInput): Promise<{ team: Team }> {
  requireViewer(ctx);
  const sets: string[] = [];
  const params: unknown[] = [];
  if (input.name != null) {
    const name = input.name.trim();
    if (!name || name.length > 200) throw userError(TeamErrorCode.INVALID_NAME, 'The name must be 1 to 200 characters long.', ['input', 'name']);
    sets.push('name = ?');
    params.push(name);
  }
  if (input.headline != null) {
    sets.push('headline = ?');
    params.push(checkedHeadline(input.headline, ['input', 'headline']));
  }
  if (input.skills != null) {
    sets.push('skills = ?::text[]');
    params.push(skillsLiteral(checkedSkills(TeamErrorCode.INVALID_SKILLS, input.skills, ['input', 'skills'])));
  }
  await inTransaction(ctx, async (em) => {
    const team = isIdOf('Team', input.teamId) ? await selectOne<{ id: string }>(em, 'select id from team where id = ? for update', [input.teamId]) : undefined;
    if (!team) throw notFound('Team');
    await requireTeamPermission(ctx, team.id, Permission.ManageTeamProfile, em);
    if (sets.length) await executeSql(em, `update team set ${sets.join(', ')} where id = ?`, [...params, team.id]);
  });
  return { team: (await teamById(ctx).load(input.teamId))! };
}

/** AG-7: owners and admins invite. */
export async function inviteMember(ctx: Context, input: InviteTeamMemberInput): Promise<{ invitation: TeamInvitation }> {
  const viewer = requireViewer(ctx);
  const email = normalizeEmail(input.email);
  const invitationId = await inTransaction(ctx, async (em, now) => {
    const team = await lockTeam(em, input.teamId);
    await requireTeamPermission(ctx, team.id, Permission.ManageMembers, em);
    if (!EMAIL.test(email)) throw userError(TeamErrorCode.INVALID_EMAIL, 'That is not a valid email address.', ['input', 'email']);
    const roles = checkRoles(team.kind, input.roles, ['input', 'roles']);
    const relationship = checkRelationship(team.kind, input.relationship);
    const member = await selectOne(
      em,
      `select 1 from member m join app_user u on u.id = m.user_id where m.team_id = ? and u.email = ? and m.status = 'ACTIVE'`,
      [team.id, email],
    );
    if (member) throw userError(TeamErrorCode.ALREADY_MEMBER, 'That person is already a member of the team.', ['input', 'email']);
    const pending = await selectOne(em, `select 1 from team_invitation where team_id = ? and email = ? and status = 'PENDING'`, [team.id, email]);
    if (pending) throw userError(TeamErrorCode.ALREADY_INVITED, 'That person already has a pending invitation.', ['input', 'email']);
    const invitation = em.create(TeamInvitationEntity, {
      team: team.id,
      email,
      roles,
      relationship,
      status: InvitationStatus.PENDING,
      invitedBy: viewer.id,
      createdAt: now,
    });
    await em.flush();
    return invitation.id;
  });
  const invitation = (await invitationById(ctx).load(invitationId))!;
  await sendInvitationMail(ctx, invitation);
  return { invitation };
}

/** Only a verified user with the invited address answers an invitation. */
async function pendingInvitationFor(ctx: Context, em: EntityManager, invitationId: string): Promise<TeamInvitationEntity> {
  const viewer = requireVerifiedEmail(ctx, 'answer an invitation');
  const invitation = isIdOf('TeamInvitation', invitationId)
    ? await em.findOne(TeamInvitationEntity, invitationId, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!invitation || invitation.email !== viewer.email) throw notFound('Invitation');
  if (invitation.status !== InvitationStatus.PENDING) {
    throw userError(TeamErrorCode.INVITATION_NOT_PENDING, `The invitation is already ${invitation.status.toLowerCase()}.`, ['input', 'invitationId']);
  }
  return invitation;
}

export async function acceptInvitation(ctx: Context, input: AcceptTeamInvitationInput): Promise<{ member: Member }> {
  const viewer = requireViewer(ctx);
  const memberId = await inTransaction(ctx, async (em, now) => {
    await lockUser(em, viewer.id);
    const invitation = await pendingInvitationFor(ctx, em, input.invitationId);
    const teamId = invitation.team.id;
    if (await isActiveMember(em, teamId, viewer.id)) throw userError(TeamErrorCode.ALREADY_MEMBER, 'You are already a member of this team.');
    if (invitation.relationship === MemberRelationship.EXCLUSIVE && (await isExclusiveElsewhere(em, viewer.id, teamId))) {
      throw userError(
        TeamErrorCode.EXCLUSIVE_ELSEWHERE,
        'You are an exclusive member of another agency; leave it, or ask for a non-exclusive invitation (AG-6).',
      );
    }
    const member = em.create(MemberEntity, {
      team: teamId,
      user: viewer.id,
      roles: invitation.roles,
      relationship: invitation.relationship,
      status: MemberStatus.ACTIVE,
      joinedAt: now,
    });
    invitation.status = InvitationStatus.ACCEPTED;
    invitation.respondedAt = now;
    invitation.member = ref(member);
    await em.flush();
    return member.id;
  });
  return { member: (await memberById(ctx).load(memberId))! };
}

export async function declineInvitation(ctx: Context, invitationId: string): Promise<{ invitation: TeamInvitation }> {
  await inTransaction(ctx, async (em, now) => {
    const invitation = await pendingInvitationFor(ctx, em, invitationId);
    invitation.status = InvitationStatus.DECLINED;
    invitation.respondedAt = now;
    await em.flush();
  });
  return { invitation: (await invitationById(ctx).load(invitationId))! };
}

export async function revokeInvitation(ctx: Context, invitationId: string): Promise<{ invitation: TeamInvitation }> {
  await inTransaction(ctx, async (em, now) => {
    // The invitation row first, as acceptInvitation locks it (then inserts the member, which
    // takes a key-share lock on the team): the team first here would deadlock with it, and an
    // unlocked read would revoke an invitation accepted meanwhile.
    const invitation = isIdOf('TeamInvitation', invitationId)
      ? await em.findOne(TeamInvitationEntity, invitationId, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!invitation) throw notFound('Invitation');
    await lockTeam(em, invitation.team.id);
    await requireTeamPermission(ctx, invitation.team.id, Permission.ManageMembers, em, 'Invitation');
    if (invitation.status !== InvitationStatus.PENDING) {
      throw userError(TeamErrorCode.INVITATION_NOT_PENDING, `The invitation is already ${invitation.status.toLowerCase()}.`, ['input', 'invitationId']);
    }
    invitation.status = InvitationStatus.REVOKED;
    invitation.respondedAt = now;
    await em.flush();
  });
  return { invitation: (await invitationById(ctx).load(invitationId))! };
}

/** AG-7: owners and admins change roles; nobody but the owner touches the owner's membership. */
export async function updateMember(ctx: Context, input: UpdateTeamMemberInput): Promise<{ member: Member }> {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em) => {
    const found = isIdOf('Member', input.memberId) ? await em.findOne(MemberEntity, input.memberId) : null;
    if (!found) throw notFound('Member');
    const team = await lockTeam(em, found.team.id);
    await requireTeamPermission(ctx, team.id, Permission.ManageMembers, em, 'Member');
    const target = await activeMember(em, input.memberId, team.id);
    const targetIsOwner = target.roles.includes(TeamRole.OWNER);
    if (targetIsOwner && viewer.id !== team.ownerId) throw forbidden("Only the owner changes the owner's membership.");
    if (input.roles) {
      const roles = checkRoles(
        team.kind,
        input.roles.filter((role) => !(targetIsOwner && role === TeamRole.OWNER)),
        ['input', 'roles'],
      );
      target.roles = targetIsOwner ? [TeamRole.OWNER, ...roles] : roles;
    }
    if (input.relationship) {
      const relationship = checkRelationship(team.kind, input.relationship);
      if (relationship === MemberRelationship.EXCLUSIVE && target.relationship !== MemberRelationship.EXCLUSIVE) {
        await lockUser(em, target.user.id);
        if (await isExclusiveElsewhere(em, target.user.id, team.id)) {
          throw userError(TeamErrorCode.EXCLUSIVE_ELSEWHERE, 'That person is an exclusive member of another agency (AG-6).', ['input', 'relationship']);
        }
      }
      target.relationship = relationship;
    }
    await em.flush();
  });
  return { member: (await memberById(ctx).load(input.memberId))! };
}

async function endMembership(em: EntityManager, member: MemberEntity, status: MemberStatus, now: Date): Promise<void> {
  member.status = status;
  member.leftAt = now;
  await em.flush();
  // A team one no longer belongs to cannot stay one's default (AG-3).
  await executeSql(em, 'update app_user set default_team_id = null where id = ? and default_team_id = ?', [member.user.id, member.team.id]);
}

/** AG-7: owners and admins remove members, never the owner, and never one with active contracts. */
export async function removeMember(ctx: Context, memberId: string): Promise<{ member: Member }> {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em, now) => {
    const found = isIdOf('Member', memberId) ? await em.findOne(MemberEntity, memberId) : null;
    if (!found) throw notFound('Member');
    const team = await lockTeam(em, found.team.id);
    await requireTeamPermission(ctx, team.id, Permission.ManageMembers, em, 'Member');
    const target = await activeMember(em, memberId, team.id);
    if (target.roles.includes(TeamRole.OWNER)) {
      if (viewer.id !== team.ownerId) throw forbidden('Nobody removes the owner of a team.');
      throw userError(TeamErrorCode.OWNER_CANNOT_BE_REMOVED, 'The owner cannot be removed; transfer ownership first.', ['input', 'memberId']);
    }
    for (const guard of removalGuards) {
      const reason = await guard(em, { teamId: team.id, userId: target.user.id });
      if (reason) throw userError(TeamErrorCode.MEMBER_HAS_ACTIVE_CONTRACTS, reason, ['input', 'memberId']);
    }
    await endMembership(em, target, MemberStatus.REMOVED, now);
  });
  return { member: (await memberById(ctx).load(memberId))! };
}

/** AG-5: anyone but the owner may leave at any time; their work history stays. */
export async function leaveTeam(ctx: Context, teamId: string): Promise<{ member: Member }> {
  const viewer = requireViewer(ctx);
  const memberId = await inTransaction(ctx, async (em, now) => {
    const team = await lockTeam(em, teamId);
    const member = await em.findOne(MemberEntity, { team: team.id, user: viewer.id, status: MemberStatus.ACTIVE });
    if (!member) throw notFound('Team');
    if (member.roles.includes(TeamRole.OWNER)) {
      throw userError(TeamErrorCode.OWNER_CANNOT_LEAVE, 'The owner cannot leave; transfer ownership to another member first (AG-5).', ['input', 'teamId']);
    }
    await endMembership(em, member, MemberStatus.LEFT, now);
    return member.id;
  });
  return { member: (await memberById(ctx).load(memberId))! };
}

/** Only the owner passes ownership on; the previous owner stays as an admin. */
export async function transferOwnership(
  ctx: Context,
  input: TransferTeamOwnershipInput,
): Promise<{ team: Team; newOwner: Member; previousOwner: Member }> {
  const viewer = requireViewer(ctx);
  const previousId = await inTransaction(ctx, async (em) => {
    const team = await lockTeam(em, input.teamId);
    const mine = await requireTeamPermission(ctx, team.id, Permission.TransferOwnership, em);
    const target = await activeMember(em, input.memberId, team.id);
    if (target.user.id === viewer.id) throw userError(TeamErrorCode.ALREADY_OWNER, 'You already own this team.', ['input', 'memberId']);
    const previous = await em.findOneOrFail(MemberEntity, mine!.memberId);
    previous.roles = [TeamRole.ADMIN, ...previous.roles.filter((role) => role !== TeamRole.OWNER && role !== TeamRole.ADMIN)];
    target.roles = [TeamRole.OWNER, ...target.roles.filter((role) => role !== TeamRole.OWNER)];
    await em.flush();
    await executeSql(em, 'update team set owner_id = ? where id = ?', [target.user.id, team.id]);
    return previous.id;
  });
  const [team, newOwner, previousOwner] = await Promise.all([
    teamById(ctx).load(input.teamId),
    memberById(ctx).load(input.memberId),
    memberById(ctx).load(previousId),
  ]);
  return { team: team!, newOwner: newOwner!, previousOwner: previousOwner! };
}

/**
 * AG-3: a member chooses the agency they appear as; null clears it. AG-2: an exclusive member
 * represents their own agency only, so no other agency can be their default team. The user's
 * row is locked, as every membership change locks it, so this never races one.
 */
export async function setDefaultTeam(ctx: Context, teamId: string | null | undefined) {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em) => {
    await lockUser(em, viewer.id);
    if (teamId) {
      const membership = await selectOne<{ kind: TeamKind }>(
        em,
        `select t.kind from member m join team t on t.id = m.team_id where m.team_id = ? and m.user_id = ? and m.status = 'ACTIVE'`,
        [teamId, viewer.id],
      );
      if (!membership) throw notFound('Team');
      if (membership.kind !== TeamKind.AGENCY) throw userError(TeamErrorCode.NOT_AN_AGENCY, 'Only an agency can be a default team.', ['input', 'teamId']);
      if (await isExclusiveElsewhere(em, viewer.id, teamId)) {
        throw userError(TeamErrorCode.EXCLUSIVE_ELSEWHERE, 'You work exclusively through another agency, which is the only one you represent (AG-2).', ['input', 'teamId']);
      }
    }
    await executeSql(em, 'update app_user set default_team_id = ? where id = ?', [teamId ?? null, viewer.id]);
  });
  return { user: (await userById(ctx).load(viewer.id))! };
}
