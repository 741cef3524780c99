import { selectRows, whereIn, whereRange } from '../../db/sql';
import { defineNestedList, SortDirection, type ConnectionArgs } from '../../graphql/connection';
import { byKey, defineLoader, groupByKey, rowsById } from '../../graphql/loaders';
import { CONTRACT_CHANGE_COLUMNS, CONTRACT_COLUMNS, type Contract, type ContractChange, type ContractFilter, type ContractOrder } from './contract.types';

export const contractById = rowsById<Contract>(`select ${CONTRACT_COLUMNS} from contract c`, 'c.id');
export const contractChangeById = rowsById<ContractChange>(`select ${CONTRACT_CHANGE_COLUMNS} from contract_change`);

/** The contract made from each offer, if any (OF-4). */
export const contractByOfferId = defineLoader<string, Contract | undefined>(async (em, offerIds) => {
  const rows = await selectRows<Contract>(em, `select ${CONTRACT_COLUMNS} from contract c where c.offer_id in (?)`, [offerIds as string[]]);
  return byKey(offerIds, rows, (row) => row.offerId);
});

/** Every change of each contract, oldest first (CT-2). */
export const changesOfContract = defineLoader<string, ContractChange[]>(async (em, contractIds) => {
  const rows = await selectRows<ContractChange>(
    em,
    `select ${CONTRACT_CHANGE_COLUMNS} from contract_change where contract_id in (?) order by changed_at, id`,
    [contractIds as string[]],
  );
  return groupByKey(contractIds, rows, (row) => row.contractId);
});

export interface ContractListArgs extends ConnectionArgs {
  filter?: ContractFilter | null;
  orderBy?: ContractOrder | null;
}

export function contractFilterSql(filter: ContractFilter | null | undefined, where: string[], params: unknown[]): void {
  whereIn('c.status', filter?.status, where, params);
  if (filter?.teamId) (where.push('(c.client_team_id = ? or c.agency_id = ?)'), params.push(filter.teamId, filter.teamId));
  if (filter?.freelancerId) (where.push('c.freelancer_id = ?'), params.push(filter.freelancerId));
  whereRange('c.created_at', filter?.createdAfter, filter?.createdBefore, where, params);
}

function contractList(keyColumn: string) {
  return defineNestedList<Contract, ContractListArgs>((keys, args) => {
    const where = [`${keyColumn} in (?)`];
    const params: unknown[] = [keys];
    contractFilterSql(args.filter, where, params);
    return {
      sql: `select ${CONTRACT_COLUMNS}, ${keyColumn} as "__parent" from contract c where ${where.join(' and ')}`,
      params,
      partitionBy: '__parent',
      sort: { column: 'createdAt', type: 'timestamptz', direction: args.orderBy?.direction ?? SortDirection.DESC },
    };
  });
}

export const contractsOfFreelancer = contractList('c.freelancer_id');
export const contractsOfAgency = contractList('c.agency_id');
export const contractsOfClientTeam = contractList('c.client_team_id');
