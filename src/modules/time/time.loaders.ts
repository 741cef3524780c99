import { selectRows } from '../../db/sql';
import { whereRange } from '../../db/sql';
import { defineNestedList, SortDirection } from '../../graphql/connection';
import { byKey, defineLoader, rowsById } from '../../graphql/loaders';
import { TIME_ENTRY_COLUMNS, TimeEntryOrderField, type TimeEntriesArgs, type TimeEntry } from './time.types';

export const timeEntryById = rowsById<TimeEntry>(`select ${TIME_ENTRY_COLUMNS} from time_entry`);

/** `Contract.timeEntries`, newest work first. */
export const timeEntriesOfContract = defineNestedList<TimeEntry, TimeEntriesArgs>((contractIds, args) => {
  const where: string[] = [];
  const params: unknown[] = [contractIds];
  whereRange('started_at', args.filter?.startedAfter, args.filter?.startedBefore, where, params);
  if (args.filter?.freelancerId) (where.push('freelancer_id = ?'), params.push(args.filter.freelancerId));
  return {
    sql: `select ${TIME_ENTRY_COLUMNS} from time_entry where contract_id in (?)${where.map((condition) => ` and ${condition}`).join('')}`,
    params,
    partitionBy: 'contractId',
    sort: {
      column: args.orderBy?.field === TimeEntryOrderField.LOGGED_AT ? 'createdAt' : 'startedAt',
      type: 'timestamptz',
      direction: args.orderBy?.direction ?? SortDirection.DESC,
    },
  };
});

/** Minutes logged per contract in a week; keys are `contractId@weekStartIso` (one week per request). */
export const minutesInWeek = defineLoader<string, number>(async (em, keys) => {
  const weekStart = keys[0].split('@')[1];
  const ids = keys.map((key) => key.split('@')[0]);
  const rows = await selectRows<{ contractId: string; minutes: string }>(
    em,
    `select contract_id as "contractId", sum(minutes) as minutes from time_entry
      where contract_id in (?) and started_at >= ?::timestamptz and started_at < ?::timestamptz + interval '7 days'
      group by contract_id`,
    [ids, weekStart, weekStart],
  );
  return byKey(ids, rows, (row) => row.contractId).map((row) => Number(row?.minutes ?? 0));
});
