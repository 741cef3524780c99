import type { Pool } from 'pg';
import type { Budget } from '../../config';
import { realTime } from '../../auth/tokens';

/** A bucket after a charge: what is left of its budget and when it resets. */
export interface BucketState {
  key: string;
  limit: number;
  used: number;
  resetAt: Date;
  /** Whether this charge fitted (and was counted). */
  allowed: boolean;
  /** Whole seconds until the window resets (at least 1). */
  retryAfter: number;
}

export interface Charge {
  key: string;
  cost: number;
  budget: Budget;
}

/** Old windows are swept now and then by whichever request comes along. */
const SWEEP_EVERY = 500;

/**
 * Fixed-window budgets kept in PostgreSQL (`rate_limit_bucket`), so every server process
 * shares them. A charge is one upsert per call, whatever the number of keys: each key's row is
 * locked, its window restarted when over, and the cost counted only when it fits. Real time
 * (the database's clock), like token lifetimes: moving the test clock does not reset a limit.
 */
export class RateLimiter {
  private calls = 0;

  constructor(private readonly pool: Pool) {}

  /** Charges every key at once; a key whose budget is off (limit 0) is skipped. */
  async charge(charges: Charge[]): Promise<BucketState[]> {
    const active = dedupe(charges.filter((c) => c.budget.limit > 0 && c.budget.windowSeconds > 0));
    if (!active.length) return [];
    if (++this.calls % SWEEP_EVERY === 0) {
      this.pool.query(`delete from rate_limit_bucket where reset_at < clock_timestamp() - interval '1 day'`).catch(() => undefined);
    }
    // Sorted keys: two requests locking the same rows always lock them in the same order.
    active.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const { rows } = await this.pool.query<{ key: string; used: number; resetAt: Date; allowed: boolean; limit: number; now: Date }>(
      `insert into rate_limit_bucket as b (key, used, reset_at, allowed, last_cost, window_limit)
       select k, case when c <= l then c else 0 end, clock_timestamp() + w * interval '1 second', c <= l, c, l
       from unnest($1::text[], $2::int[], $3::int[], $4::int[]) as t(k, c, l, w)
       on conflict (key) do update set
         allowed = case when b.reset_at <= clock_timestamp() then excluded.allowed
                        else b.used + excluded.last_cost <= excluded.window_limit end,
         used = case when b.reset_at <= clock_timestamp() then excluded.used
                     when b.used + excluded.last_cost <= excluded.window_limit then b.used + excluded.last_cost
                     else b.used end,
         reset_at = case when b.reset_at <= clock_timestamp() then excluded.reset_at else b.reset_at end,
         last_cost = excluded.last_cost,
         window_limit = excluded.window_limit
       returning key, used, reset_at as "resetAt", allowed, window_limit as "limit", clock_timestamp() as now`,
      [active.map((c) => c.key), active.map((c) => Math.min(c.cost, 2 ** 31 - 1)), active.map((c) => c.budget.limit), active.map((c) => c.budget.windowSeconds)],
    );
    // Windows are kept on the database's clock; what the API reports is on this server's, like
    // every other instant it gives (token expiry, Date headers), whatever the two clocks' skew.
    const received = realTime().getTime();
    const states = rows.map((row) => ({
      key: row.key,
      limit: row.limit,
      used: row.used,
      resetAt: new Date(received + (row.resetAt.getTime() - row.now.getTime())),
      allowed: row.allowed,
      retryAfter: Math.max(1, Math.ceil((row.resetAt.getTime() - row.now.getTime()) / 1000)),
    }));
    // All or nothing: when one key refuses, the others give back what this charge took.
    const refused = states.some((s) => !s.allowed);
    if (refused) {
      const taken = states.filter((s) => s.allowed);
      if (taken.length) {
        const cost = new Map(active.map((c) => [c.key, c.cost]));
        await this.refund(taken.map((s) => ({ key: s.key, cost: cost.get(s.key)! })));
        for (const s of taken) s.used = Math.max(0, s.used - cost.get(s.key)!);
      }
    }
    return states;
  }

  /** Gives back part of a charge (a logIn that turned out to be right). */
  async refund(refunds: { key: string; cost: number }[]): Promise<void> {
    if (!refunds.length) return;
    await this.pool.query(
      `update rate_limit_bucket b set used = greatest(0, b.used - t.c)
       from unnest($1::text[], $2::int[]) as t(k, c) where b.key = t.k`,
      [refunds.map((r) => r.key), refunds.map((r) => r.cost)],
    );
  }

  /** Forgets a key's window (a successful logIn clears its account's failures). */
  async reset(key: string): Promise<void> {
    await this.pool.query('delete from rate_limit_bucket where key = $1', [key]);
  }
}

function dedupe(charges: Charge[]): Charge[] {
  const byKey = new Map<string, Charge>();
  for (const charge of charges) if (!byKey.has(charge.key)) byKey.set(charge.key, charge);
  return [...byKey.values()];
}

/** The first refused bucket of a charge, if any. */
export function refusedBucket(states: BucketState[]): BucketState | undefined {
  return states.find((s) => !s.allowed);
}
