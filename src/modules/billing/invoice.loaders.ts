import { whereRange } from '../../db/sql';
import { defineNestedList, SortDirection } from '../../graphql/connection';
import { rowsById } from '../../graphql/loaders';
import { INVOICE_COLUMNS, type Invoice, type InvoicesArgs } from './invoice.types';

export const invoiceById = rowsById<Invoice>(`select ${INVOICE_COLUMNS} from invoice`);

/** `Contract.invoices` for every contract of a request in one statement, latest week first. */
export const invoicesOfContract = defineNestedList<Invoice, InvoicesArgs>((contractIds, args) => {
  const where: string[] = [];
  const params: unknown[] = [contractIds];
  whereRange('week_start', args.filter?.weekStartAfter, args.filter?.weekStartBefore, where, params);
  return {
    sql: `select ${INVOICE_COLUMNS} from invoice where contract_id in (?)${where.map((condition) => ` and ${condition}`).join('')}`,
    params,
    partitionBy: 'contractId',
    sort: { column: 'weekStart', type: 'timestamptz', direction: args.orderBy?.direction ?? SortDirection.DESC },
  };
});
