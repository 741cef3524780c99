import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { Money } from '../../shared/money';
import { contractById } from '../contracts/contract.loaders';
import { Contract } from '../contracts/contract.types';
import { milestonesOfContract } from './milestone.loaders';
import * as milestones from './milestone.service';
import { AddMilestoneInput, AddMilestonePayload, Milestone, MilestoneConnection } from './milestone.types';

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => Money, { description: 'What it pays.' })
  amount(@Root() milestone: Milestone) {
    return Money.ofCents(milestone.amountCents);
  }

  @FieldResolver(() => Contract, { description: 'Its contract.' })
  contract(@Root() milestone: Milestone, @Ctx() ctx: Context) {
    return contractById(ctx).load(milestone.contractId);
  }

  @Mutation(() => AddMilestonePayload, { description: 'The client team\'s OWNER, ADMIN or HIRING_MANAGER (PayForWork): adds a milestone to a live fixed-price contract.' })
  addMilestone(@Ctx() ctx: Context, @Arg('input', () => AddMilestoneInput, { description: 'What to do; see the input type.' }) input: AddMilestoneInput) {
    return runMutation(() => milestones.addMilestone(ctx, input));
  }
}

@Resolver(() => Contract)
export class ContractMilestonesResolver {
  @FieldResolver(() => MilestoneConnection, { description: 'Fixed-price contracts: the milestones, in order; empty for hourly contracts.' })
  milestones(@Root() contract: Contract, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return milestonesOfContract(ctx, contract.id, args);
  }
}

export const MILESTONE_RESOLVERS = [MilestoneResolver, ContractMilestonesResolver] as const;
