import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';

@ObjectType({ description: "The caller's cost budget: points per window, charged per operation by its computed cost (at least 1)." })
export class RateLimit {
  @Field(() => Int, { description: 'Points per window: the signed-in user\'s budget, or the client address\'s when not signed in.' })
  limit: number;

  @Field(() => Int, { description: 'What this operation cost.' })
  cost: number;

  @Field(() => Int, { description: 'Points left in the current window, after this operation.' })
  remaining: number;

  @Field({ description: 'When the window ends and the budget is full again (real time, not the test clock).' })
  resetAt: Date;
}

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimit, { nullable: true, description: "Anyone: the caller's cost budget after this operation; null when rate limiting is off." })
  rateLimit(@Ctx() ctx: Context): RateLimit | null {
    const budget = ctx.operationCost?.budget;
    if (!budget) return null;
    return {
      limit: budget.limit,
      cost: Math.max(1, ctx.operationCost!.requested),
      remaining: Math.max(0, budget.limit - budget.used),
      resetAt: budget.resetAt,
    };
  }
}
