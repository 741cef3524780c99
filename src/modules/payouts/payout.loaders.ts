import { whereIn, whereRange } from '../../db/sql';
import { defineNestedList, SortDirection } from '../../graphql/connection';
import { rowsById } from '../../graphql/loaders';
import { PAYOUT_COLUMNS, PAYOUT_METHOD_COLUMNS, type Payout, type PayoutMethod, type PayoutMethodsArgs, type PayoutsArgs, PayoutOrderField } from './payout.types';

export const payoutMethodById = rowsById<PayoutMethod>(`select ${PAYOUT_METHOD_COLUMNS} from payout_method`);
export const payoutById = rowsById<Payout>(`select ${PAYOUT_COLUMNS} from payout`);

function methodsOf(column: 'team_id' | 'user_id', key: 'teamId' | 'userId') {
  return defineNestedList<PayoutMethod, PayoutMethodsArgs>((ownerIds, args) => ({
    sql: `select ${PAYOUT_METHOD_COLUMNS} from payout_method where ${column} in (?) ${args.includeRemoved ? '' : 'and removed_at is null'}`,
    params: [ownerIds],
    partitionBy: key,
    sort: { column: 'id', type: 'text', direction: SortDirection.ASC },
  }));
}

function payoutsOf(column: 'team_id' | 'user_id', key: 'teamId' | 'userId') {
  return defineNestedList<Payout, PayoutsArgs>((ownerIds, args) => {
    const where: string[] = [];
    const params: unknown[] = [ownerIds];
    whereIn('status', args.filter?.status ?? (args.status ? [args.status] : null), where, params);
    whereRange('requested_at', args.filter?.requestedAfter, args.filter?.requestedBefore, where, params);
    const amount = args.orderBy?.field === PayoutOrderField.AMOUNT;
    return {
      sql: `select ${PAYOUT_COLUMNS} from payout where ${column} in (?)${where.map((condition) => ` and ${condition}`).join('')}`,
      params,
      partitionBy: key,
      // Payout ids grow with time: id order is request order.
      sort: args.orderBy
        ? { column: amount ? 'amountCents' : 'requestedAt', type: amount ? 'bigint' : 'timestamptz', direction: args.orderBy.direction ?? SortDirection.DESC }
        : { column: 'id', type: 'text', direction: SortDirection.DESC },
    };
  });
}

/** `Team.payoutMethods` / `User.payoutMethods`, oldest first, batched across parents. */
export const payoutMethodsOfTeam = methodsOf('team_id', 'teamId');
export const payoutMethodsOfUser = methodsOf('user_id', 'userId');

/** `Team.payouts` / `User.payouts`, newest first, batched across parents. */
export const payoutsOfTeam = payoutsOf('team_id', 'teamId');
export const payoutsOfUser = payoutsOf('user_id', 'userId');
