import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, pageOfList } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { Money } from '../../shared/money';
import { jobById } from '../jobs/job.loaders';
import { Job } from '../jobs/job.types';
import { offerById } from '../offers/offer.loaders';
import { Offer } from '../offers/offer.types';
import { teamById } from '../teams/team.loaders';
import { Team } from '../teams/team.types';
import { userById } from '../users/user.loaders';
import { User } from '../users/user.types';
import { canSeeFigures } from '../../auth/work-access';
import { changesOfContract } from './contract.loaders';
import { figuresVisible } from './contract.figures';
import * as contracts from './contract.service';
import {
  Contract,
  ContractChange,
  ContractChangeConnection,
  ContractConnection,
  ContractFilter,
  ContractOrder,
  EndContractInput,
  EndContractPayload,
  PauseContractInput,
  PauseContractPayload,
  ResumeContractInput,
  ResumeContractPayload,
  UpdateContractTermsInput,
  UpdateContractTermsPayload,
} from './contract.types';

/** AC-1: a change of the rate is a figure; other changes are seen by everyone who sees the contract. */
async function changedValueVisible(ctx: Context, change: ContractChange): Promise<boolean> {
  return change.field !== 'HOURLY_RATE' || figuresVisible(ctx, change.contractId);
}

@ArgsType()
export class ContractListArgsType extends ConnectionArgs {
  @Field(() => ContractFilter, { nullable: true, description: 'Which contracts.' })
  filter?: ContractFilter | null;

  @Field(() => ContractOrder, { nullable: true, description: 'The order; newest first by default.' })
  orderBy?: ContractOrder | null;
}

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => ContractConnection, { description: 'Staff only: every contract, for internal tools.' })
  contracts(@Ctx() ctx: Context, @Args() args: ContractListArgsType) {
    return contracts.listContracts(ctx, args, args.filter, args.orderBy);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hourly contracts: the rate in force. Null to agency members without a financial role on contracts they do not work on (AC-1).' })
  async hourlyRate(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.hourlyRateCents == null || !(await canSeeFigures(ctx, contract)) ? null : Money.ofCents(contract.hourlyRateCents);
  }

  @FieldResolver(() => Offer, { description: 'The offer it was made from.' })
  offer(@Root() contract: Contract, @Ctx() ctx: Context) {
    return offerById(ctx).load(contract.offerId);
  }

  @FieldResolver(() => Job, { nullable: true, description: 'The job, when the offer came from a proposal.' })
  job(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.jobId ? jobById(ctx).load(contract.jobId) : null;
  }

  @FieldResolver(() => Team, { description: 'The client team.' })
  clientTeam(@Root() contract: Contract, @Ctx() ctx: Context) {
    return teamById(ctx).load(contract.clientTeamId);
  }

  @FieldResolver(() => User, { description: 'The freelancer doing the work.' })
  freelancer(@Root() contract: Contract, @Ctx() ctx: Context) {
    return userById(ctx).load(contract.freelancerId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The agency, for agency work (CT-1).' })
  agency(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.agencyId ? teamById(ctx).load(contract.agencyId) : null;
  }

  @FieldResolver(() => Team, { nullable: true, description: "Who is paid, for agency work: the agency's financial account (CT-1)." })
  payeeTeam(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.payeeTeamId ? teamById(ctx).load(contract.payeeTeamId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who is paid, for independent work: the freelancer's own account (CT-1)." })
  payeeUser(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.payeeUserId ? userById(ctx).load(contract.payeeUserId) : null;
  }

  @FieldResolver(() => [ContractChange], { description: 'Every edit of its terms and status, oldest first (CT-2).', deprecationReason: 'Use `historyConnection` (paginated).' })
  history(@Root() contract: Contract, @Ctx() ctx: Context) {
    return changesOfContract(ctx).load(contract.id);
  }

  @FieldResolver(() => ContractChangeConnection, { description: 'Every edit of its terms and status, oldest first (CT-2).' })
  async historyConnection(@Root() contract: Contract, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return pageOfList(await changesOfContract(ctx).load(contract.id), args);
  }

  @Mutation(() => UpdateContractTermsPayload, {
    description:
      "The client (OWNER, ADMIN, HIRING_MANAGER: ManageContracts) edits the title and weekly limit; the freelancer's side edits the rate: a BUSINESS_MANAGER or the OWNER of the agency for agency contracts (never the freelancer), the freelancer for independent ones (CT-2).",
  })
  updateContractTerms(@Ctx() ctx: Context, @Arg('input', () => UpdateContractTermsInput, { description: 'What to do; see the input type.' }) input: UpdateContractTermsInput) {
    return runMutation(() => contracts.updateContractTerms(ctx, input));
  }

  @Mutation(() => PauseContractPayload, { description: "Either side (the client's OWNER, ADMIN, HIRING_MANAGER; the agency's BUSINESS_MANAGER or OWNER; an independent freelancer): pauses an active contract." })
  pauseContract(@Ctx() ctx: Context, @Arg('input', () => PauseContractInput, { description: 'What to do; see the input type.' }) input: PauseContractInput) {
    return runMutation(() => contracts.pauseContract(ctx, input.contractId));
  }

  @Mutation(() => ResumeContractPayload, { description: 'Either side, as for pauseContract: resumes a paused contract.' })
  resumeContract(@Ctx() ctx: Context, @Arg('input', () => ResumeContractInput, { description: 'What to do; see the input type.' }) input: ResumeContractInput) {
    return runMutation(() => contracts.resumeContract(ctx, input.contractId));
  }

  @Mutation(() => EndContractPayload, { description: 'Either side, as for pauseContract: ends the contract (CT-3).' })
  endContract(@Ctx() ctx: Context, @Arg('input', () => EndContractInput, { description: 'What to do; see the input type.' }) input: EndContractInput) {
    return runMutation(() => contracts.endContract(ctx, input.contractId));
  }
}

@Resolver(() => ContractChange)
export class ContractChangeResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The value before (amounts as decimals). A rate is null to agency members without a financial role on contracts they do not work on (AC-1).' })
  async fromValue(@Root() change: ContractChange, @Ctx() ctx: Context) {
    return (await changedValueVisible(ctx, change)) ? change.fromValue : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The value after; hidden like `fromValue`.' })
  async toValue(@Root() change: ContractChange, @Ctx() ctx: Context) {
    return (await changedValueVisible(ctx, change)) ? change.toValue : null;
  }

  @FieldResolver(() => User, { description: 'Who made the change.' })
  changedBy(@Root() change: ContractChange, @Ctx() ctx: Context) {
    return userById(ctx).load(change.changedById);
  }
}

@Resolver(() => User)
export class UserContractsResolver {
  @FieldResolver(() => ContractConnection, { nullable: true, description: 'Contracts the user works on as the freelancer. Self and staff only.' })
  contracts(@Root() user: User, @Ctx() ctx: Context, @Args() args: ContractListArgsType) {
    return contracts.userContracts(ctx, user.id, args);
  }
}

@Resolver(() => Team)
export class TeamContractsResolver {
  @FieldResolver(() => ContractConnection, { description: "The team's contracts, as agency or client (AC-1). Members and staff; NOT_FOUND for others." })
  contracts(@Root() team: Team, @Ctx() ctx: Context, @Args() args: ContractListArgsType) {
    return contracts.teamContracts(ctx, team, args);
  }
}

export const CONTRACT_RESOLVERS = [ContractResolver, ContractChangeResolver, UserContractsResolver, TeamContractsResolver] as const;
