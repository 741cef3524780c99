import { defineNestedList, SortDirection, type ConnectionArgs } from '../../graphql/connection';
import { rowsById } from '../../graphql/loaders';
import { INVOICE_COLUMNS, type Invoice } from './invoice.types';

export const invoiceById = rowsById<Invoice>(`select ${INVOICE_COLUMNS} from invoice`);

/** `Contract.invoices` for every contract of a request in one statement, latest week first. */
export const invoicesOfContract = defineNestedList<Invoice, ConnectionArgs>((contractIds) => ({
  sql: `select ${INVOICE_COLUMNS} from invoice where contract_id in (?)`,
  params: [contractIds],
  partitionBy: 'contractId',
  sort: { column: 'weekStart', type: 'timestamptz', direction: SortDirection.DESC },
}));
