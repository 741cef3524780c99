import type { EntityManager } from '@mikro-orm/postgresql';
import { selectOne } from '../db/sql';
import type { Context, Viewer } from '../graphql/context';
import { forbidden, notFound, unauthenticated, userError } from '../graphql/errors';
import { AuthErrorCode } from '../modules/users/user.errors';
import { READ_PERMISSIONS, rolesAllow, type Permission, type TeamKind, type TeamRole } from './permissions';
import { viewerMembership } from './membership.loader';

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export function requireStaff(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (!viewer.isStaff) throw forbidden('Only platform staff may do this.');
  return viewer;
}

/**
 * Some acts need a proven address: accepting or declining an invitation, requesting a payout.
 * An unverified caller gets a userError saying so (before anything about the object is told).
 */
export function requireVerifiedEmail(ctx: Context, what: string): Viewer {
  const viewer = requireViewer(ctx);
  if (!viewer.emailVerified) {
    throw userError(AuthErrorCode.EMAIL_NOT_VERIFIED, `Verify your email address first (open the link we mailed you) to ${what}.`);
  }
  return viewer;
}

export interface ActiveMembership {
  memberId: string;
  teamId: string;
  kind: TeamKind;
  roles: TeamRole[];
}

/**
 * The caller's active membership in a team, read inside `em`'s transaction and locked
 * against concurrent role changes until it commits.
 */
export async function lockMembership(em: EntityManager, userId: string, teamId: string): Promise<ActiveMembership | undefined> {
  return selectOne<ActiveMembership>(
    em,
    `select m.id as "memberId", m.team_id as "teamId", t.kind, m.roles
       from member m join team t on t.id = m.team_id
      where m.user_id = ? and m.team_id = ? and m.status = 'ACTIVE'
      for share of m`,
    [userId, teamId],
  );
}

function decide(viewer: Viewer, membership: ActiveMembership | undefined, permission: Permission, what: string): void {
  // Staff read everything, also of teams they belong to, but never act as a member (AC-2).
  if (viewer.isStaff && READ_PERMISSIONS.has(permission)) return;
  // Staff see the team, so hiding it behind NOT_FOUND would be untrue: they are told they may not act.
  if (!membership && viewer.isStaff) throw forbidden('Platform staff read every team but never act for one (AC-2).');
  if (!membership) throw notFound(what);
  if (!rolesAllow(membership.kind, membership.roles, permission)) {
    throw forbidden(`Your role in this team does not allow this (${permission}).`);
  }
}

/**
 * The one gate for team-scoped actions: outsiders get NOT_FOUND (they may not know what is
 * inside), members without the permission and staff (who read every team) get FORBIDDEN. Pass the transaction's `em` in
 * mutations so the check and the change see the same membership.
 */
export async function requireTeamPermission(
  ctx: Context,
  teamId: string,
  permission: Permission,
  em?: EntityManager,
  what = 'Team',
): Promise<ActiveMembership | undefined> {
  const viewer = requireViewer(ctx);
  const membership = em ? await lockMembership(em, viewer.id, teamId) : await viewerMembership(ctx).load(teamId);
  decide(viewer, membership, permission, what);
  return membership;
}

/** The same decision as `requireTeamPermission`, as a yes/no for fields that hide rather than fail. */
export async function hasTeamPermission(ctx: Context, teamId: string, permission: Permission): Promise<boolean> {
  if (!ctx.viewer) return false;
  if (ctx.viewer.isStaff && READ_PERMISSIONS.has(permission)) return true;
  const membership = await viewerMembership(ctx).load(teamId);
  return membership ? rolesAllow(membership.kind, membership.roles, permission) : false;
}
