import { defineNestedList, SortDirection, type ConnectionArgs } from '../../graphql/connection';
import { selectRows } from '../../db/sql';
import { defineLoader, groupByKey, rowsById } from '../../graphql/loaders';
import { MILESTONE_CHANGE_COLUMNS, type MilestoneChange } from './milestone-actions.types';
import { MILESTONE_COLUMNS, type Milestone } from './milestone.types';

export const milestoneById = rowsById<Milestone>(`select ${MILESTONE_COLUMNS} from milestone`);

/** `Contract.milestones` for every contract of a request in one statement, in contract order. */
export const milestonesOfContract = defineNestedList<Milestone, ConnectionArgs>((contractIds) => ({
  sql: `select ${MILESTONE_COLUMNS} from milestone where contract_id in (?)`,
  params: [contractIds],
  partitionBy: 'contractId',
  sort: { column: 'position', type: 'int', direction: SortDirection.ASC },
}));

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
