import { hasTeamPermission, requireStaff, requireViewer } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import { loadPage, SortDirection, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { isIdOf } from '../../shared/ids';
import { invitationById, memberById, teamById } from './team.loaders';
import { containsPattern } from '../../db/sql';
import { TEAM_COLUMNS, TeamOrderField, type Member, type Team, type TeamFilter, type TeamInvitation, type TeamOrder } from './team.types';

/** Any signed-in user sees a team's public profile (AC-1). */
export async function findTeam(ctx: Context, id: string): Promise<Team | undefined> {
  requireViewer(ctx);
  return isIdOf('Team', id) ? teamById(ctx).load(id) : undefined;
}

export async function getTeam(ctx: Context, id: string): Promise<Team> {
  const team = await findTeam(ctx, id);
  if (!team) throw notFound('Team');
  return team;
}

/** A membership is visible to its own user, to members who may view the team, and to staff. */
export async function findMember(ctx: Context, id: string): Promise<Member | undefined> {
  const viewer = requireViewer(ctx);
  const member = isIdOf('Member', id) ? await memberById(ctx).load(id) : undefined;
  if (!member) return undefined;
  if (member.userId === viewer.id || (await hasTeamPermission(ctx, member.teamId, Permission.ViewTeam))) return member;
  return undefined;
}

/** An invitation is visible to the invited address, the team's member managers and staff. */
export async function findInvitation(ctx: Context, id: string): Promise<TeamInvitation | undefined> {
  const viewer = requireViewer(ctx);
  const invitation = isIdOf('TeamInvitation', id) ? await invitationById(ctx).load(id) : undefined;
  if (!invitation) return undefined;
  if ((invitation.email === viewer.email && viewer.emailVerified) || viewer.isStaff) return invitation;
  return (await hasTeamPermission(ctx, invitation.teamId, Permission.ManageMembers)) ? invitation : undefined;
}

registerNodeType('Team', findTeam);
registerNodeType('Member', findMember);
registerNodeType('TeamInvitation', findInvitation);

/** Staff's list of all teams, for internal tools. */
export async function listTeams(ctx: Context, args: ConnectionArgs, filter?: TeamFilter, order?: TeamOrder): Promise<Page<Team>> {
  requireStaff(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter?.kind) (where.push('kind = ?'), params.push(filter.kind));
  if (filter?.search) (where.push('name ilike ?'), params.push(containsPattern(filter.search)));
  if (filter?.memberUserId) {
    where.push(`id in (select team_id from member where user_id = ? and status = 'ACTIVE')`);
    params.push(filter.memberUserId);
  }
  const byName = order?.field === TeamOrderField.NAME;
  return loadPage<Team>(
    ctx.em,
    {
      sql: `select ${TEAM_COLUMNS} from team ${where.length ? 'where ' + where.join(' and ') : ''}`,
      params,
      sort: { column: byName ? 'name' : 'createdAt', type: byName ? 'text' : 'timestamptz', direction: order?.direction ?? SortDirection.ASC },
    },
    args,
  );
}

