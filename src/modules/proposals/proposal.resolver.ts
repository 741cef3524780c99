import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { Money } from '../../shared/money';
import { jobById } from '../jobs/job.loaders';
import { Job } from '../jobs/job.types';
import { teamById } from '../teams/team.loaders';
import { Team } from '../teams/team.types';
import { userById } from '../users/user.loaders';
import { User } from '../users/user.types';
import { ConnectsEntryWorkResolver } from './proposal.connects.resolver';
import * as proposals from './proposal.service';
import {
  Proposal,
  ProposalConnection,
  ProposalFilter,
  ProposalOrder,
  SubmitProposalInput,
  SubmitProposalPayload,
  WithdrawProposalInput,
  WithdrawProposalPayload,
} from './proposal.types';

@ArgsType()
export class ProposalListArgsType extends ConnectionArgs {
  @Field(() => ProposalFilter, { nullable: true, description: 'Which proposals.' })
  filter?: ProposalFilter | null;

  @Field(() => ProposalOrder, { nullable: true, description: 'The order; newest first by default.' })
  orderBy?: ProposalOrder | null;
}

@Resolver(() => Proposal)
export class ProposalResolver {
  @FieldResolver(() => Job, { description: 'The job proposed on.' })
  job(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return jobById(ctx).load(proposal.jobId);
  }

  @FieldResolver(() => User, { description: 'The freelancer who would do the work.' })
  freelancer(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return userById(ctx).load(proposal.freelancerId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The agency the proposal is for; null when independent.' })
  agency(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return proposal.agencyId ? teamById(ctx).load(proposal.agencyId) : null;
  }

  @FieldResolver(() => User, { description: 'Who submitted it: the freelancer, or a business manager for them (PR-2).' })
  submittedBy(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return userById(ctx).load(proposal.submittedById);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hourly jobs: the rate asked.' })
  hourlyRate(@Root() proposal: Proposal) {
    return proposal.hourlyRateCents == null ? null : Money.ofCents(proposal.hourlyRateCents);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Fixed-price jobs: the price asked.' })
  fixedPrice(@Root() proposal: Proposal) {
    return proposal.fixedPriceCents == null ? null : Money.ofCents(proposal.fixedPriceCents);
  }

  @Mutation(() => SubmitProposalPayload, {
    description:
      "Any freelancer for themself; with agencyId, any member of the agency (SubmitProposals) for themself, or a BUSINESS_MANAGER or the OWNER (ManageProposals) for any member with freelancerId (PR-2). Spends the job's Connects from the agency or the freelancer (CN-1).",
  })
  submitProposal(@Ctx() ctx: Context, @Arg('input', () => SubmitProposalInput, { description: 'What to do; see the input type.' }) input: SubmitProposalInput) {
    return runMutation(() => proposals.submitProposal(ctx, input));
  }

  @Mutation(() => WithdrawProposalPayload, { description: 'The freelancer, or for an agency proposal a BUSINESS_MANAGER or the OWNER: withdraws a proposal without an offer (PR-3).' })
  withdrawProposal(@Ctx() ctx: Context, @Arg('input', () => WithdrawProposalInput, { description: 'What to do; see the input type.' }) input: WithdrawProposalInput) {
    return runMutation(() => proposals.withdrawProposal(ctx, input));
  }
}

@Resolver(() => User)
export class UserProposalsResolver {
  @FieldResolver(() => ProposalConnection, { nullable: true, description: "The user's own proposals as the freelancer, independent and agency ones. Self and staff only." })
  proposals(@Root() user: User, @Ctx() ctx: Context, @Args() args: ProposalListArgsType) {
    return proposals.userProposals(ctx, user.id, args);
  }
}

@Resolver(() => Team)
export class TeamProposalsResolver {
  @FieldResolver(() => ProposalConnection, {
    description: "An agency's proposals (its managers see all, a member their own) or those on a client team's jobs. Members and staff; NOT_FOUND for others.",
  })
  proposals(@Root() team: Team, @Ctx() ctx: Context, @Args() args: ProposalListArgsType) {
    return proposals.teamProposals(ctx, team, args);
  }
}

@Resolver(() => Job)
export class JobProposalsResolver {
  @FieldResolver(() => ProposalConnection, { nullable: true, description: "The job's proposals: for its client team and staff; null for anyone else." })
  proposals(@Root() job: Job, @Ctx() ctx: Context, @Args() args: ProposalListArgsType) {
    return proposals.jobProposals(ctx, job, args);
  }
}

export const PROPOSAL_RESOLVERS = [ProposalResolver, UserProposalsResolver, TeamProposalsResolver, JobProposalsResolver, ConnectsEntryWorkResolver] as const;
