import type { Context } from '../../graphql/context';
import { rateLimited, type AppError } from '../../graphql/errors';
import { refusedBucket } from './rate-limit.service';
import { addressGroup } from './address-group';

/**
 * Charges an operation's cost (at least one point) to the caller's budgets: the signed-in
 * user's and the client address's, both or neither. Returns the refusal when either is spent.
 * `ctx.operationCost` then tells `rateLimit` what was charged and what is left.
 */
export async function chargeOperation(ctx: Context, cost: number): Promise<AppError | undefined> {
  ctx.operationCost = { requested: cost };
  if (!ctx.rateLimiter) return undefined;
  const { userPoints, addressPoints } = ctx.config.rateLimits;
  const points = Math.max(1, cost);
  const userKey = ctx.viewer ? `points:user:${ctx.viewer.id}` : undefined;
  const addressKey = `points:address:${addressGroup(ctx.clientAddress)}`;
  const states = await ctx.rateLimiter.charge([
    ...(userKey ? [{ key: userKey, cost: points, budget: userPoints }] : []),
    { key: addressKey, cost: points, budget: addressPoints },
  ]);
  ctx.operationCost.budget = states.find((s) => s.key === userKey) ?? states.find((s) => s.key === addressKey);
  const refused = refusedBucket(states);
  if (!refused) return undefined;
  return rateLimited(
    refused.retryAfter,
    `This operation costs ${points} points and the ${refused.key === userKey ? "account's" : "address's"} budget has ${Math.max(0, refused.limit - refused.used)} of ${refused.limit} left; it resets in ${refused.retryAfter} s.`,
  );
}
