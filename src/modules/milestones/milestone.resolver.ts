import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, pageOfList } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { Money } from '../../shared/money';
import { figureOf } from '../contracts/contract.figures';
import { contractById } from '../contracts/contract.loaders';
import { Contract } from '../contracts/contract.types';
import { userById } from '../users/user.loaders';
import { User } from '../users/user.types';
import {
  ApproveMilestoneInput,
  ApproveMilestonePayload,
  FundMilestoneInput,
  FundMilestonePayload,
  MilestoneChange,
  MilestoneChangeConnection,
  RequestMilestoneChangesInput,
  RequestMilestoneChangesPayload,
  ResolveDisputeInput,
  ResolveDisputePayload,
  SubmitMilestoneInput,
  SubmitMilestonePayload,
} from './milestone-actions.types';
import { changesOfMilestone, milestonesOfContract } from './milestone.loaders';
import * as milestones from './milestone.service';
import * as disputes from './milestone.disputes';
import * as workflow from './milestone.workflow';
import { AddMilestoneInput, AddMilestonePayload, Milestone, MilestoneConnection, MilestonesArgs } from './milestone.types';

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => Money, { nullable: true, description: 'What it pays. Null to agency members without a financial role on contracts they do not work on (AC-1).' })
  amount(@Root() milestone: Milestone, @Ctx() ctx: Context) {
    return figureOf(ctx, milestone.contractId, () => Money.ofCents(milestone.amountCents));
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: "CT-4: what staff released to the payee when resolving its dispute (before the service fee); the rest was refunded. Null until resolved, and to those who do not see the contract's figures (AC-1).",
  })
  resolvedPayeeAmount(@Root() milestone: Milestone, @Ctx() ctx: Context) {
    const cents = milestone.resolvedPayeeCents;
    return cents == null ? null : figureOf(ctx, milestone.contractId, () => Money.ofCents(cents));
  }

  @FieldResolver(() => Contract, { description: 'Its contract.' })
  contract(@Root() milestone: Milestone, @Ctx() ctx: Context) {
    return contractById(ctx).load(milestone.contractId);
  }

  @Mutation(() => AddMilestonePayload, { description: 'The client team\'s OWNER, ADMIN or HIRING_MANAGER (PayForWork): adds a milestone to a live fixed-price contract.' })
  addMilestone(@Ctx() ctx: Context, @Arg('input', () => AddMilestoneInput, { description: 'What to do; see the input type.' }) input: AddMilestoneInput) {
    return runMutation(() => milestones.addMilestone(ctx, input));
  }

  @FieldResolver(() => [MilestoneChange], {
    description: 'Every change of its status, oldest first: who, when, from what to what, with the message.',
    deprecationReason: 'Use `historyConnection` (paginated).',
  })
  history(@Root() milestone: Milestone, @Ctx() ctx: Context) {
    return changesOfMilestone(ctx).load(milestone.id);
  }

  @FieldResolver(() => MilestoneChangeConnection, { description: 'Every change of its status, oldest first: who, when, from what to what, with the message.' })
  async historyConnection(@Root() milestone: Milestone, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return pageOfList(await changesOfMilestone(ctx).load(milestone.id), args);
  }

  @Mutation(() => FundMilestonePayload, {
    description: "The client team's OWNER, ADMIN or HIRING_MANAGER (PayForWork): charges the milestone's amount into the contract's escrow (MS-1). Active contracts only; idempotent per key (MN-2).",
  })
  fundMilestone(@Ctx() ctx: Context, @Arg('input', () => FundMilestoneInput, { description: 'What to do; see the input type.' }) input: FundMilestoneInput) {
    return runMutation(() => workflow.fundMilestone(ctx, input));
  }

  @Mutation(() => SubmitMilestonePayload, {
    description: "The freelancer hired, or the agency's business managers and owner (SubmitMilestones): submits a funded milestone for the client's review (MS-2). Not the client.",
  })
  submitMilestone(@Ctx() ctx: Context, @Arg('input', () => SubmitMilestoneInput, { description: 'What to do; see the input type.' }) input: SubmitMilestoneInput) {
    return runMutation(() => workflow.submitMilestone(ctx, input));
  }

  @Mutation(() => RequestMilestoneChangesPayload, { description: "The client team's OWNER, ADMIN or HIRING_MANAGER (PayForWork): sends a submitted milestone back with what to change (MS-2)." })
  requestMilestoneChanges(
    @Ctx() ctx: Context,
    @Arg('input', () => RequestMilestoneChangesInput, { description: 'What to do; see the input type.' }) input: RequestMilestoneChangesInput,
  ) {
    return runMutation(() => workflow.requestMilestoneChanges(ctx, input));
  }

  @Mutation(() => ApproveMilestonePayload, {
    description:
      "The client team's OWNER, ADMIN or HIRING_MANAGER (PayForWork): approves a submitted milestone, releasing its escrow to the payee less the service fee, pending 5 days (MS-2, MN-3, MS-4). Idempotent per key (MN-2).",
  })
  approveMilestone(@Ctx() ctx: Context, @Arg('input', () => ApproveMilestoneInput, { description: 'What to do; see the input type.' }) input: ApproveMilestoneInput) {
    return runMutation(() => workflow.approveMilestone(ctx, input));
  }

  @Mutation(() => ResolveDisputePayload, {
    description:
      "Staff only: resolves a DISPUTED milestone (CT-4): `payeeAmount` of its escrow is released to the payee less the service fee, pending for the security period (MN-3, MS-4), the rest refunded to the client; the milestone becomes RESOLVED. Idempotent per key (MN-2).",
  })
  resolveDispute(@Ctx() ctx: Context, @Arg('input', () => ResolveDisputeInput, { description: 'What to do; see the input type.' }) input: ResolveDisputeInput) {
    return runMutation(() => disputes.resolveDispute(ctx, input));
  }
}

@Resolver(() => MilestoneChange)
export class MilestoneChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who changed it; null when the platform approved it automatically (MS-3).' })
  changedBy(@Root() change: MilestoneChange, @Ctx() ctx: Context) {
    return change.changedById ? userById(ctx).load(change.changedById) : null;
  }
}

@Resolver(() => Contract)
export class ContractMilestonesResolver {
  @FieldResolver(() => MilestoneConnection, { description: 'Fixed-price contracts: the milestones, in contract order unless `orderBy` says otherwise; empty for hourly contracts.' })
  milestones(@Root() contract: Contract, @Ctx() ctx: Context, @Args() args: MilestonesArgs) {
    return milestonesOfContract(ctx, contract.id, args);
  }
}

export const MILESTONE_RESOLVERS = [MilestoneResolver, MilestoneChangeResolver, ContractMilestonesResolver] as const;
