import { selectRows, whereIn, whereRange } from '../../db/sql';
import { defineNestedList, SortDirection, type ConnectionArgs } from '../../graphql/connection';
import { byKey, defineLoader, groupByKey, rowsById } from '../../graphql/loaders';
import { INVITATION_COLUMNS, MEMBER_COLUMNS, TEAM_COLUMNS, type Member, type MemberFilter, type MemberOrder, type MemberStatus, type Team, type TeamInvitation } from './team.types';

export const teamById = rowsById<Team>(`select ${TEAM_COLUMNS} from team`);
export const memberById = rowsById<Member>(`select ${MEMBER_COLUMNS} from member`);
export const invitationById = rowsById<TeamInvitation>(`select ${INVITATION_COLUMNS} from team_invitation`);

export interface MemberListArgs extends ConnectionArgs {
  /** Deprecated single status; `filter.status` wins when both are given. */
  status?: MemberStatus | null;
  filter?: MemberFilter | null;
  orderBy?: MemberOrder | null;
}

function memberConditions(args: MemberListArgs): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  whereIn('m.status', args.filter?.status ?? (args.status ? [args.status] : null), where, params);
  whereRange('m.joined_at', args.filter?.joinedAfter, args.filter?.joinedBefore, where, params);
  return { sql: where.map((condition) => ` and ${condition}`).join(''), params };
}

/**
 * `Team.members` for every team of a request in one statement, oldest member first. Each row
 * brings its user along (`Member.user` is almost always asked for with a member list), so the
 * members of a hundred teams resolve without a second round trip or a promise per member.
 */
export const membersOfTeam = defineNestedList<Member, MemberListArgs>((teamIds, args) => {
  const conditions = memberConditions(args);
  return {
  sql: `select m.id, m.team_id as "teamId", m.user_id as "userId", m.roles, m.relationship, m.status, m.joined_at as "joinedAt", m.left_at as "leftAt",
           json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'defaultTeamId', u.default_team_id,
                             'connectsBalance', u.connects_balance, 'createdAt', u.created_at,
                             'emailVerified', u.email_verified_at is not null, 'pendingEmail', u.pending_email) as "prefetchedUser"
      from member m join app_user u on u.id = m.user_id
     where m.team_id in (?)${conditions.sql}`,
    params: [teamIds, ...conditions.params],
    partitionBy: 'teamId',
    // Member ids grow with time, so id order is join order; `orderBy` sorts by joined_at itself.
    sort: args.orderBy
      ? { column: 'joinedAt', type: 'timestamptz', direction: args.orderBy.direction ?? SortDirection.ASC }
      : { column: 'id', type: 'text', direction: SortDirection.ASC },
  };
});

/** A user's memberships (any status), grouped per user. */
export const membershipsOfUser = defineLoader<string, Member[]>(async (em, userIds) => {
  const rows = await selectRows<Member>(em, `select ${MEMBER_COLUMNS} from member where user_id in (?) order by id`, [userIds as string[]]);
  return groupByKey(userIds, rows, (row) => row.userId);
});

/** Pending invitations per email address. */
export const pendingInvitationsByEmail = defineLoader<string, TeamInvitation[]>(async (em, emails) => {
  const rows = await selectRows<TeamInvitation>(
    em,
    `select ${INVITATION_COLUMNS} from team_invitation where email in (?) and status = 'PENDING' order by id`,
    [emails as string[]],
  );
  return groupByKey(emails, rows, (row) => row.email);
});

/** Pending invitations per team. */
export const pendingInvitationsOfTeam = defineLoader<string, TeamInvitation[]>(async (em, teamIds) => {
  const rows = await selectRows<TeamInvitation>(
    em,
    `select ${INVITATION_COLUMNS} from team_invitation where team_id in (?) and status = 'PENDING' order by id`,
    [teamIds as string[]],
  );
  return groupByKey(teamIds, rows, (row) => row.teamId);
});

/**
 * AG-2, AG-3: the agency a user represents, per user: the agency they are an exclusive member
 * of, else the default team they chose while a non-exclusive member of it, if that is an agency
 * they still belong to. Undefined for an independent freelancer.
 */
export const representedAgencyOfUser = defineLoader<string, string | undefined>(async (em, userIds) => {
  const rows = await selectRows<{ userId: string; teamId: string | null }>(
    em,
    `select u.id as "userId",
            coalesce(
              (select m.team_id from member m join team t on t.id = m.team_id
                where m.user_id = u.id and m.status = 'ACTIVE' and m.relationship = 'EXCLUSIVE' and t.kind = 'AGENCY' order by m.joined_at limit 1),
              (select m.team_id from member m join team t on t.id = m.team_id
                where m.user_id = u.id and m.team_id = u.default_team_id and m.status = 'ACTIVE' and t.kind = 'AGENCY' limit 1)
            ) as "teamId"
       from app_user u where u.id in (?)`,
    [userIds as string[]],
  );
  return byKey(userIds, rows, (row) => row.userId).map((row) => row?.teamId ?? undefined);
});
