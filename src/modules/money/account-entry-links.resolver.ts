import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { findInvoice } from '../billing/invoice.service';
import { Invoice } from '../billing/invoice.types';
import { findContract } from '../contracts/contract.service';
import { Contract } from '../contracts/contract.types';
import { findMilestone } from '../milestones/milestone.service';
import { Milestone } from '../milestones/milestone.types';
import { findPayout } from '../payouts/payout.service';
import { Payout } from '../payouts/payout.types';
import { AccountEntry } from './money.types';

/**
 * What each movement of an account was for, as objects. Every link goes through its type's
 * batched, visibility-checking lookup: a page of entries costs the same statements as one,
 * and a link the viewer may not see is null.
 */
@Resolver(() => AccountEntry)
export class AccountEntryLinksResolver {
  @FieldResolver(() => Contract, { nullable: true, description: 'The contract the movement is for, if any (and visible).' })
  contract(@Root() entry: AccountEntry, @Ctx() ctx: Context) {
    return entry.contractId ? findContract(ctx, entry.contractId) : null;
  }

  @FieldResolver(() => Milestone, { nullable: true, description: 'The milestone the movement is for, if any (MS-1, MS-2).' })
  milestone(@Root() entry: AccountEntry, @Ctx() ctx: Context) {
    return entry.milestoneId ? findMilestone(ctx, entry.milestoneId) : null;
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice (a billed hourly week) the movement is for, if any (TM-2).' })
  invoice(@Root() entry: AccountEntry, @Ctx() ctx: Context) {
    return entry.invoiceId ? findInvoice(ctx, entry.invoiceId) : null;
  }

  @FieldResolver(() => Payout, { nullable: true, description: 'The payout the movement is for, if any (PO-1, PO-2).' })
  payout(@Root() entry: AccountEntry, @Ctx() ctx: Context) {
    return entry.payoutId ? findPayout(ctx, entry.payoutId) : null;
  }
}
