import { defineNestedList, SortDirection } from '../../graphql/connection';
import { selectRows, whereIn, whereRange } from '../../db/sql';
import { defineLoader, groupByKey, rowsById } from '../../graphql/loaders';
import { MILESTONE_CHANGE_COLUMNS, type MilestoneChange } from './milestone-actions.types';
import { MILESTONE_COLUMNS, MilestoneOrderField, type Milestone, type MilestonesArgs } from './milestone.types';

export const milestoneById = rowsById<Milestone>(`select ${MILESTONE_COLUMNS} from milestone`);

/** `Contract.milestones` for every contract of a request in one statement, in contract order. */
export const milestonesOfContract = defineNestedList<Milestone, MilestonesArgs>((contractIds, args) => {
  const where: string[] = [];
  const params: unknown[] = [contractIds];
  whereIn('status', args.filter?.status, where, params);
  whereRange('due_at', args.filter?.dueAfter, args.filter?.dueBefore, where, params);
  const byDue = args.orderBy?.field === MilestoneOrderField.DUE_AT;
  return {
    // A due date sorts with a far-future stand-in when there is none, so cursors stay comparable.
    sql: `select ${MILESTONE_COLUMNS}, coalesce(due_at, 'infinity'::timestamptz) as "dueSort" from milestone
           where contract_id in (?)${where.map((condition) => ` and ${condition}`).join('')}`,
    params,
    partitionBy: 'contractId',
    sort: byDue
      ? { column: 'dueSort', type: 'timestamptz', direction: args.orderBy?.direction ?? SortDirection.ASC }
      : { column: 'position', type: 'int', direction: args.orderBy?.direction ?? SortDirection.ASC },
  };
});

export const milestoneChangeById = rowsById<MilestoneChange>(`select ${MILESTONE_CHANGE_COLUMNS} from milestone_change`);

/** `Milestone.history` of every milestone of a request in one statement, oldest first. */
export const changesOfMilestone = defineLoader<string, MilestoneChange[]>(async (em, milestoneIds) => {
  const rows = await selectRows<MilestoneChange>(
    em,
    `select ${MILESTONE_CHANGE_COLUMNS} from milestone_change where milestone_id in (?) order by changed_at, id`,
    [milestoneIds as string[]],
  );
  return groupByKey(milestoneIds, rows, (row) => row.milestoneId);
});
