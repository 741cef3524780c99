import { Args, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Money } from '../../shared/money';
import { figureOf } from '../contracts/contract.figures';
import { contractById } from '../contracts/contract.loaders';
import { Contract } from '../contracts/contract.types';
import { invoicesOfContract } from './invoice.loaders';
import './invoice.service';
import { hoursOf, Invoice, InvoiceConnection, InvoicesArgs } from './invoice.types';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @FieldResolver(() => Float, { description: 'Hours billed: the week\'s time up to the weekly limit (TM-2).' })
  hours(@Root() invoice: Invoice) {
    return hoursOf(invoice.minutes);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'What the client was charged: each billed hour at the rate in force when it was worked. Null to agency members without a financial role on contracts they do not work on (AC-1).' })
  amount(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return figureOf(ctx, invoice.contractId, () => Money.ofCents(invoice.amountCents));
  }

  @FieldResolver(() => Money, { nullable: true, description: "The service fee kept from the payee's share (MN-3). Null to agency members without a financial role on contracts they do not work on (AC-1)." })
  fee(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return figureOf(ctx, invoice.contractId, () => Money.ofCents(invoice.feeCents));
  }

  @FieldResolver(() => Contract, { description: 'Its contract.' })
  contract(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return contractById(ctx).load(invoice.contractId);
  }
}

@Resolver(() => Contract)
export class ContractInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, { description: 'Hourly contracts: the billed weeks, latest first unless `orderBy` says otherwise (TM-2); empty for fixed price.' })
  invoices(@Root() contract: Contract, @Ctx() ctx: Context, @Args() args: InvoicesArgs) {
    return invoicesOfContract(ctx, contract.id, args);
  }
}

export const INVOICE_RESOLVERS = [InvoiceResolver, ContractInvoicesResolver] as const;
