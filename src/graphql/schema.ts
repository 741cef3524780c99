import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { AFFILIATE_RESOLVERS } from '../modules/affiliates/affiliate.resolver';
import { ClockResolver } from '../modules/clock/clock.resolver';
import { CONNECTS_RESOLVERS } from '../modules/connects/connects.resolver';
import { MONEY_RESOLVERS } from '../modules/money/money.resolver';
import { AccountEntryLinksResolver } from '../modules/money/account-entry-links.resolver';
import { INVOICE_RESOLVERS } from '../modules/billing/invoice.resolver';
import { PAYOUT_RESOLVERS } from '../modules/payouts/payout.resolver';
import { CONTRACT_RESOLVERS } from '../modules/contracts/contract.resolver';
import { JOB_RESOLVERS } from '../modules/jobs/job.resolver';
import { MILESTONE_RESOLVERS } from '../modules/milestones/milestone.resolver';
import { OFFER_RESOLVERS } from '../modules/offers/offer.resolver';
import { PROPOSAL_RESOLVERS } from '../modules/proposals/proposal.resolver';
import { TEAM_RESOLVERS } from '../modules/teams/team.resolver';
import { TIME_RESOLVERS } from '../modules/time/time.resolver';
import { RateLimitResolver } from '../modules/ratelimit/rate-limit.resolver';
import { SchedulerResolver } from '../modules/scheduler/scheduler.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { AccountResolver } from '../modules/users/account.resolver';
import { SESSION_RESOLVERS } from '../modules/sessions/session.resolver';
import { applyConventionalDescriptions } from './descriptions';
import { EVENT_RESOLVERS } from '../modules/events/events.resolver';
import { DIRECTORY_RESOLVERS } from '../modules/directory/directory.resolver';
import { NodeResolver } from './node.resolver';
import { DateTimeScalar } from './scalars';

let schema: GraphQLSchema | undefined;

/**
 * Plain fields read their property straight off the row (graphql-js's default resolver) instead
 * of through type-graphql's middleware wrapper: there are no global middlewares, and a list of a
 * thousand rows has thousands of such fields. Field resolvers are untouched.
 */
function useDefaultResolversForPlainFields(): void {
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
}

/** The schema, built once from the resolvers of every feature. */
export function buildAppSchema(): GraphQLSchema {
  if (!schema) useDefaultResolversForPlainFields();
  schema ??= applyConventionalDescriptions(buildSchemaSync({
    resolvers: [
      NodeResolver,
      UserResolver,
      AccountResolver,
      ...SESSION_RESOLVERS,
      ...TEAM_RESOLVERS,
      ...CONNECTS_RESOLVERS,
      ...JOB_RESOLVERS,
      ...PROPOSAL_RESOLVERS,
      ...OFFER_RESOLVERS,
      ...CONTRACT_RESOLVERS,
      ...MILESTONE_RESOLVERS,
      ...TIME_RESOLVERS,
      ...INVOICE_RESOLVERS,
      ...MONEY_RESOLVERS,
      AccountEntryLinksResolver,
      ...PAYOUT_RESOLVERS,
      ...AFFILIATE_RESOLVERS,
      ...EVENT_RESOLVERS,
      ...DIRECTORY_RESOLVERS,
      ClockResolver,
      RateLimitResolver,
      SchedulerResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Subscriptions read the durable event log (modules/events), never an in-memory topic.
    pubSub: {
      publish: () => {
        throw new Error('publish to the event log with appendEvent');
      },
      subscribe: () => {
        throw new Error('subscriptions use their own `subscribe`');
      },
    },
    validate: false,
    emitSchemaFile: false,
  }));
  return schema;
}

/** The SDL committed as schema.graphql: sorted, so it changes only when the API does. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
