import { requireViewer } from '../../auth/authorize';
import { TeamKind } from '../../auth/permissions';
import { containsPattern, executeSql, selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import { loadPage, SortDirection, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { checkedHeadline, checkedSkills, skillsLiteral } from '../../shared/profile';
import { AuthErrorCode } from '../users/user.errors';
import {
  ProfileOrderField,
  type AgencyDirectoryFilter,
  type AgencyProfile,
  type FreelancerDirectoryFilter,
  type FreelancerProfile,
  type ProfileOrder,
  type UpdatePublicProfileInput,
} from './directory.types';

/** Only public columns are ever selected here: the directory cannot leak what it never reads. */
const AGENCY_PROFILE_COLUMNS = `id, name, headline, skills, created_at as "createdAt"`;
const FREELANCER_PROFILE_COLUMNS = `id, name, headline, skills, availability, created_at as "createdAt"`;

/** Skills to filter on, as stored (lower-cased, single spaces); unusual ones simply match nothing. */
const wantedSkills = (skills: readonly string[]) => [...new Set(skills.map((skill) => skill.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];

function common(filter: { search?: string | null; skills?: string[] | null } | undefined, where: string[], params: unknown[]): void {
  if (filter?.search?.trim()) {
    const pattern = containsPattern(filter.search.trim());
    where.push('(name ilike ? or headline ilike ?)');
    params.push(pattern, pattern);
  }
  const skills = wantedSkills(filter?.skills ?? []);
  if (skills.length) {
    where.push('skills @> ?::text[]');
    params.push(`{${skills.map((skill) => `"${skill.replace(/["\\]/g, (c) => '\\' + c)}"`).join(',')}}`);
  }
}

function sortOf(order: ProfileOrder | undefined) {
  const byName = (order?.field ?? ProfileOrderField.NAME) === ProfileOrderField.NAME;
  return { column: byName ? 'name' : 'createdAt', type: byName ? ('text' as const) : ('timestamptz' as const), direction: order?.direction ?? SortDirection.ASC };
}

/** `agencies`: every agency's public profile, for anyone signed in. */
export async function listAgencies(ctx: Context, args: ConnectionArgs, filter?: AgencyDirectoryFilter, order?: ProfileOrder): Promise<Page<AgencyProfile>> {
  requireViewer(ctx);
  const where = ['kind = ?'];
  const params: unknown[] = [TeamKind.AGENCY];
  common(filter, where, params);
  return loadPage<AgencyProfile>(ctx.em, { sql: `select ${AGENCY_PROFILE_COLUMNS} from team where ${where.join(' and ')}`, params, sort: sortOf(order) }, args);
}

/** `freelancers`: the public profiles of users who published one (a headline), for anyone signed in. */
export async function listFreelancers(ctx: Context, args: ConnectionArgs, filter?: FreelancerDirectoryFilter, order?: ProfileOrder): Promise<Page<FreelancerProfile>> {
  requireViewer(ctx);
  const where = ['headline is not null'];
  const params: unknown[] = [];
  common(filter, where, params);
  if (filter?.availability) {
    where.push(filter.availability.length ? 'availability in (?)' : 'false');
    if (filter.availability.length) params.push(filter.availability);
  }
  return loadPage<FreelancerProfile>(ctx.em, { sql: `select ${FREELANCER_PROFILE_COLUMNS} from app_user where ${where.join(' and ')}`, params, sort: sortOf(order) }, args);
}

/** `updatePublicProfile`: the caller's own headline, skills and availability. */
export async function updatePublicProfile(ctx: Context, input: UpdatePublicProfileInput): Promise<{ profile: FreelancerProfile }> {
  const viewer = requireViewer(ctx);
  const sets: string[] = [];
  const params: unknown[] = [];
  if (input.headline != null) {
    sets.push('headline = ?');
    params.push(checkedHeadline(input.headline, ['input', 'headline']));
  }
  if (input.skills != null) {
    sets.push('skills = ?::text[]');
    params.push(skillsLiteral(checkedSkills(AuthErrorCode.INVALID_SKILLS, input.skills, ['input', 'skills'])));
  }
  if (input.availability != null) {
    sets.push('availability = ?');
    params.push(input.availability);
  }
  if (sets.length) await inTransaction(ctx, (em) => executeSql(em, `update app_user set ${sets.join(', ')} where id = ?`, [...params, viewer.id]));
  const profile = await selectOne<FreelancerProfile>(ctx.em, `select ${FREELANCER_PROFILE_COLUMNS} from app_user where id = ?`, [viewer.id]);
  return { profile: profile! };
}
