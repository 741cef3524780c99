import { requireStaff } from '../../auth/authorize';
import { loadPage, SortDirection, type ConnectionArgs, type Page, type SortSpec } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { registerNodeType } from '../../graphql/node';
import { userById } from './user.loaders';
import { containsPattern, whereRange } from '../../db/sql';
import { USER_COLUMNS, UserOrderField, type User, type UserFilter, type UserOrder } from './user.types';

export async function viewerUser(ctx: Context): Promise<User | null> {
  return ctx.viewer ? ((await userById(ctx).load(ctx.viewer.id)) ?? null) : null;
}

/** A user's public profile is visible to anyone signed in. */
export async function findUser(ctx: Context, id: string): Promise<User | undefined> {
  return ctx.viewer ? userById(ctx).load(id) : undefined;
}

registerNodeType('User', findUser);

/** Private fields of a user are shown to the user themself and to staff. */
export function canSeePrivate(ctx: Context, user: { id: string }): boolean {
  return Boolean(ctx.viewer && (ctx.viewer.id === user.id || ctx.viewer.isStaff));
}

const ORDER_COLUMNS: Record<UserOrderField, SortSpec['column']> = {
  [UserOrderField.CREATED_AT]: 'createdAt',
  [UserOrderField.NAME]: 'name',
  [UserOrderField.EMAIL]: 'email',
};

/** Staff's list of all users, for internal tools. */
export async function listUsers(ctx: Context, args: ConnectionArgs, filter?: UserFilter, order?: UserOrder): Promise<Page<User>> {
  requireStaff(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter?.search) {
    where.push(`(name ilike ? or email ilike ?)`);
    const pattern = containsPattern(filter.search);
    params.push(pattern, pattern);
  }
  whereRange('created_at', filter?.createdAfter, filter?.createdBefore, where, params);
  const field = order?.field ?? UserOrderField.CREATED_AT;
  return loadPage<User>(
    ctx.em,
    {
      sql: `select ${USER_COLUMNS} from app_user ${where.length ? 'where ' + where.join(' and ') : ''}`,
      params,
      sort: {
        column: ORDER_COLUMNS[field],
        type: field === UserOrderField.CREATED_AT ? 'timestamptz' : 'text',
        direction: order?.direction ?? SortDirection.ASC,
      },
    },
    args,
  );
}
