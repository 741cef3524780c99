import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { Money } from '../../shared/money';
import { teamById } from '../teams/team.loaders';
import { Team } from '../teams/team.types';
import { userById } from '../users/user.loaders';
import { User } from '../users/user.types';
import * as jobs from './job.service';
import {
  CancelJobInput,
  CancelJobPayload,
  CloseJobInput,
  CloseJobPayload,
  Job,
  JobConnection,
  JobFilter,
  JobOrder,
  PostJobInput,
  PostJobPayload,
  UpdateJobInput,
  UpdateJobPayload,
} from './job.types';

const money = (cents: string | null) => (cents == null ? null : Money.ofCents(cents));

@Resolver(() => Job)
export class JobResolver {
  @Query(() => Job, { description: 'A job by id: open jobs for anyone signed in; closed ones for the client team and those involved. NOT_FOUND otherwise.' })
  job(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The job\'s id.' }) id: string) {
    return jobs.getJob(ctx, id);
  }

  @Query(() => JobConnection, { description: 'Open jobs, newest first unless ordered otherwise. Anyone signed in.' })
  jobs(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => JobFilter, { nullable: true, description: 'Which open jobs.' }) filter?: JobFilter,
    @Arg('orderBy', () => JobOrder, { nullable: true, description: 'The order.' }) orderBy?: JobOrder,
  ) {
    return jobs.listOpenJobs(ctx, args, filter, orderBy);
  }

  @FieldResolver(() => Team, { description: 'The client team that posted the job (public profile).' })
  clientTeam(@Root() job: Job, @Ctx() ctx: Context) {
    return teamById(ctx).load(job.clientTeamId);
  }

  @FieldResolver(() => User, { description: 'Who posted it (public profile).' })
  postedBy(@Root() job: Job, @Ctx() ctx: Context) {
    return userById(ctx).load(job.postedById);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Fixed-price jobs: the budget, if given.' })
  budget(@Root() job: Job) {
    return money(job.budgetCents);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hourly jobs: the lowest rate in mind, if given.' })
  hourlyRateMin(@Root() job: Job) {
    return money(job.hourlyRateMinCents);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hourly jobs: the highest rate in mind, if given.' })
  hourlyRateMax(@Root() job: Job) {
    return money(job.hourlyRateMaxCents);
  }

  @Mutation(() => PostJobPayload, { description: "OWNER, ADMIN or HIRING_MANAGER of a client team (PostJobs): posts a job (JB-1)." })
  postJob(@Ctx() ctx: Context, @Arg('input', () => PostJobInput, { description: 'What to do; see the input type.' }) input: PostJobInput) {
    return runMutation(() => jobs.postJob(ctx, input));
  }

  @Mutation(() => UpdateJobPayload, {
    description: "OWNER, ADMIN or HIRING_MANAGER of the job's team (PostJobs): changes an open job's title, description, budget or rates (JB-1); a closed or cancelled job is JOB_NOT_OPEN.",
  })
  updateJob(@Ctx() ctx: Context, @Arg('input', () => UpdateJobInput, { description: 'What to do; see the input type.' }) input: UpdateJobInput) {
    return runMutation(() => jobs.updateJob(ctx, input));
  }

  @Mutation(() => CloseJobPayload, { description: "OWNER, ADMIN or HIRING_MANAGER of the job's team (PostJobs): stops taking proposals; no Connects are returned." })
  closeJob(@Ctx() ctx: Context, @Arg('input', () => CloseJobInput, { description: 'What to do; see the input type.' }) input: CloseJobInput) {
    return runMutation(() => jobs.closeJob(ctx, input));
  }

  @Mutation(() => CancelJobPayload, { description: "OWNER, ADMIN or HIRING_MANAGER of the job's team (PostJobs): cancels the job; before anyone is hired, every live proposal gets its Connects back (CN-3)." })
  cancelJob(@Ctx() ctx: Context, @Arg('input', () => CancelJobInput, { description: 'What to do; see the input type.' }) input: CancelJobInput) {
    return runMutation(() => jobs.cancelJob(ctx, input));
  }
}

@Resolver(() => Team)
export class TeamJobsResolver {
  @FieldResolver(() => JobConnection, { description: "A client team's jobs: all of them for its members and staff, the open ones for anyone else." })
  jobs(
    @Root() team: Team,
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => JobFilter, { nullable: true, description: 'Which jobs.' }) filter?: JobFilter,
    @Arg('orderBy', () => JobOrder, { nullable: true, description: 'The order.' }) orderBy?: JobOrder,
  ) {
    return jobs.listTeamJobs(ctx, team.id, args, filter, orderBy);
  }
}

export const JOB_RESOLVERS = [JobResolver, TeamJobsResolver] as const;
