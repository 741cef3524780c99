import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import * as directory from './directory.service';
import {
  AgencyDirectoryFilter,
  AgencyProfileConnection,
  FreelancerDirectoryFilter,
  FreelancerProfileConnection,
  ProfileOrder,
  UpdatePublicProfileInput,
  UpdatePublicProfilePayload,
} from './directory.types';

@Resolver()
export class DirectoryResolver {
  @Query(() => AgencyProfileConnection, { description: "Anyone signed in: agencies' public profiles (name, headline, skills), by name A to Z unless `orderBy` says otherwise." })
  agencies(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AgencyDirectoryFilter, { nullable: true, description: 'Which agencies; all when omitted.' }) filter?: AgencyDirectoryFilter,
    @Arg('orderBy', () => ProfileOrder, { nullable: true, description: 'The order; NAME ASC when omitted.' }) orderBy?: ProfileOrder,
  ) {
    return directory.listAgencies(ctx, args, filter, orderBy);
  }

  @Query(() => FreelancerProfileConnection, {
    description: "Anyone signed in: freelancers' public profiles (those with a headline, see `updatePublicProfile`), by name A to Z unless `orderBy` says otherwise.",
  })
  freelancers(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => FreelancerDirectoryFilter, { nullable: true, description: 'Which freelancers; all listed ones when omitted.' }) filter?: FreelancerDirectoryFilter,
    @Arg('orderBy', () => ProfileOrder, { nullable: true, description: 'The order; NAME ASC when omitted.' }) orderBy?: ProfileOrder,
  ) {
    return directory.listFreelancers(ctx, args, filter, orderBy);
  }

  @Mutation(() => UpdatePublicProfilePayload, { description: "Anyone signed in, for themself: the public profile the `freelancers` directory shows (headline, skills, availability)." })
  updatePublicProfile(@Ctx() ctx: Context, @Arg('input', () => UpdatePublicProfileInput, { description: 'What to change.' }) input: UpdatePublicProfileInput) {
    return runMutation(() => directory.updatePublicProfile(ctx, input));
  }
}

export const DIRECTORY_RESOLVERS = [DirectoryResolver] as const;
