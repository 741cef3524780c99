import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ClockResolver } from '../modules/clock/clock.resolver';
import { CONNECTS_RESOLVERS } from '../modules/connects/connects.resolver';
import { CONTRACT_RESOLVERS } from '../modules/contracts/contract.resolver';
import { JOB_RESOLVERS } from '../modules/jobs/job.resolver';
import { MILESTONE_RESOLVERS } from '../modules/milestones/milestone.resolver';
import { OFFER_RESOLVERS } from '../modules/offers/offer.resolver';
import { PROPOSAL_RESOLVERS } from '../modules/proposals/proposal.resolver';
import { TEAM_RESOLVERS } from '../modules/teams/team.resolver';
import { TIME_RESOLVERS } from '../modules/time/time.resolver';
import { SchedulerResolver } from '../modules/scheduler/scheduler.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { NodeResolver } from './node.resolver';
import { DateTimeScalar } from './scalars';

let schema: GraphQLSchema | undefined;

/** The schema, built once from the resolvers of every feature. */
export function buildAppSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      NodeResolver,
      UserResolver,
      ...TEAM_RESOLVERS,
      ...CONNECTS_RESOLVERS,
      ...JOB_RESOLVERS,
      ...PROPOSAL_RESOLVERS,
      ...OFFER_RESOLVERS,
      ...CONTRACT_RESOLVERS,
      ...MILESTONE_RESOLVERS,
      ...TIME_RESOLVERS,
      ClockResolver,
      SchedulerResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
  return schema;
}

/** The SDL committed as schema.graphql: sorted, so it changes only when the API does. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
