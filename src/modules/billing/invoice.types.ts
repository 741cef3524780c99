import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
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

