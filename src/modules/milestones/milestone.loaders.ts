import { defineNestedList, SortDirection, type ConnectionArgs } from '../../graphql/connection';
import { rowsById } from '../../graphql/loaders';
import { MILESTONE_COLUMNS, type Milestone } from './milestone.types';

export const milestoneById = rowsById<Milestone>(`select ${MILESTONE_COLUMNS} from milestone`);

/** `Contract.milestones` for every contract of a request in one statement, in contract order. */
export const milestonesOfContract = defineNestedList<Milestone, ConnectionArgs>((contractIds) => ({
  sql: `select ${MILESTONE_COLUMNS} from milestone where contract_id in (?)`,
  params: [contractIds],
  partitionBy: 'contractId',
  sort: { column: 'position', type: 'int', direction: SortDirection.ASC },
}));
