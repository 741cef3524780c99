import { ArgsType, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';

@ObjectType({ implements: Node, description: "One billed week of an hourly contract (TM-2): the week's time up to the weekly limit, charged to the client. Seen with its contract." })
export class Invoice extends Node {
  @Field({ description: 'Monday 00:00 UTC: the start of the week billed.' })
  weekStart: Date;

  @Field({ description: 'The next Monday 00:00 UTC: the end of the week billed (exclusive).' })
  weekEnd: Date;

  @Field({ description: "When the invoice was made; the payee's share becomes available 10 days after the week ends (TM-2)." })
  createdAt: Date;

  contractId: string;
  minutes: number;
  amountCents: string;
  feeCents: string;
}

export const INVOICE_COLUMNS = `id, contract_id as "contractId", week_start as "weekStart", week_end as "weekEnd", minutes,
  amount_cents as "amountCents", fee_cents as "feeCents", created_at as "createdAt"`;

export const InvoiceConnection = ConnectionType(Invoice);

/** Hours as a number with two decimals at most (minutes are whole). */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;


export enum InvoiceOrderField {
  WEEK_START = 'WEEK_START',
}
registerEnumType(InvoiceOrderField, {
  name: 'InvoiceOrderField',
  description: 'What to order invoices by.',
  valuesConfig: { WEEK_START: { description: 'The week billed.' } },
});

@InputType({ description: 'An ordering of invoices.' })
export class InvoiceOrder {
  @Field(() => InvoiceOrderField, { defaultValue: InvoiceOrderField.WEEK_START, description: 'The field to order by; WEEK_START when omitted.' })
  field: InvoiceOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'DESC (latest week first) when omitted.' })
  direction: SortDirection;
}

@InputType({ description: 'Which invoices to list (a statement); all of them when omitted.' })
export class InvoiceFilter {
  @Field(() => Date, { nullable: true, description: 'Only weeks starting at or after this instant.' })
  weekStartAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only weeks starting before this instant.' })
  weekStartBefore?: Date | null;
}

@ArgsType()
export class InvoicesArgs extends ConnectionArgs {
  @Field(() => InvoiceFilter, { nullable: true, description: 'Which invoices; all when omitted.' })
  filter?: InvoiceFilter | null;

  @Field(() => InvoiceOrder, { nullable: true, description: 'The order; latest week first (WEEK_START DESC) when omitted.' })
  orderBy?: InvoiceOrder | null;
}
