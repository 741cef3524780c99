import { Arg, Args, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { Money } from '../../shared/money';
import { ContractKind } from '../jobs/job.entity';
import { figureOf } from '../contracts/contract.figures';
import { contractById } from '../contracts/contract.loaders';
import { Contract } from '../contracts/contract.types';
import { userById } from '../users/user.loaders';
import { User } from '../users/user.types';
import { timeEntriesOfContract } from './time.loaders';
import * as time from './time.service';
import { LogTimeInput, LogTimePayload, TimeEntriesArgs, TimeEntry, TimeEntryConnection } from './time.types';

@Resolver(() => TimeEntry)
export class TimeEntryResolver {
  @FieldResolver(() => Money, { nullable: true, description: 'The hourly rate in force when the time was worked; billing uses it. Null to agency members without a financial role on contracts they do not work on (AC-1).' })
  hourlyRate(@Root() entry: TimeEntry, @Ctx() ctx: Context) {
    return figureOf(ctx, entry.contractId, () => Money.ofCents(entry.hourlyRateCents));
  }

  @FieldResolver(() => Contract, { description: 'Its contract.' })
  contract(@Root() entry: TimeEntry, @Ctx() ctx: Context) {
    return contractById(ctx).load(entry.contractId);
  }

  @FieldResolver(() => User, { description: 'The freelancer who logged it.' })
  freelancer(@Root() entry: TimeEntry, @Ctx() ctx: Context) {
    return userById(ctx).load(entry.freelancerId);
  }

  @Mutation(() => LogTimePayload, { description: 'The freelancer hired on the contract only (TM-1): not a business manager, the owner or the client. Active hourly contracts.' })
  logTime(@Ctx() ctx: Context, @Arg('input', () => LogTimeInput, { description: 'What to do; see the input type.' }) input: LogTimeInput) {
    return runMutation(() => time.logTime(ctx, input));
  }
}

@Resolver(() => Contract)
export class ContractTimeResolver {
  @FieldResolver(() => TimeEntryConnection, { description: 'Hourly contracts: the time logged, latest work first unless `orderBy` says otherwise; `filter` gives a timesheet for a date range.' })
  timeEntries(@Root() contract: Contract, @Ctx() ctx: Context, @Args() args: TimeEntriesArgs) {
    return timeEntriesOfContract(ctx, contract.id, args);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Hourly contracts: hours logged in the current week (Monday 00:00 UTC on, TM-2), limit or not; null for fixed price." })
  hoursThisWeek(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.kind === ContractKind.HOURLY ? time.hoursThisWeek(ctx, contract.id) : null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Hourly contracts: the hours of the current week that will be billed: at most the weekly limit (TM-2).' })
  async billableHoursThisWeek(@Root() contract: Contract, @Ctx() ctx: Context) {
    if (contract.kind !== ContractKind.HOURLY) return null;
    const hours = await time.hoursThisWeek(ctx, contract.id);
    return contract.weeklyLimitHours == null ? hours : Math.min(hours, contract.weeklyLimitHours);
  }
}

export const TIME_RESOLVERS = [TimeEntryResolver, ContractTimeResolver] as const;
