import type { Pool } from 'pg';
import type { Budget } from '../../config';
import { realTime } from '../../auth/tokens';
import { serviceUnavailable } from '../../graphql/errors';
import { Batcher, settle } from '../../shared/batcher';

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

/** One upserted bucket row, as the database reports it. */
interface BucketRow {
  key: string;
  used: number;
  resetAt: Date;
  allowed: boolean;
  limit: number;
  now: Date;
}

/**
 * Fixed-window budgets kept in PostgreSQL (`rate_limit_bucket`), so every server process
 * shares them. A charge is one upsert per call, whatever the number of keys: each key's row is
 * locked, its window restarted when over, and the cost counted only when it fits. Real time
 * (the database's clock), like token lifetimes: moving the test clock does not reset a limit.
 *
 * Charges are sent one statement at a time per process: those that arrive while one is on its
 * way go together in the next, each key charged their summed cost. When every key of such a
 * batch fits, each charge fitted in turn too (costs are positive, so every prefix of the sum
 * fits), and each is told what was used after its own share, as if sent alone in arrival order.
 * When a key does not fit, the batch gives back what it took and its charges are made one by
 * one, in arrival order, so near a limit exactly the charges that fit are counted. A busy
 * process thus sends a fraction of a statement per request, and its requests never queue on
 * each other's row locks (all of one user's requests charge the same two rows).
 */
export class RateLimiter {
  private calls = 0;
  private readonly batches = new Batcher<Charge[], BucketState[]>((batch) => this.send(batch));

  constructor(private readonly pool: Pool) {}

  /** Charges every key at once; a key whose budget is off (limit 0) is skipped. */
  async charge(charges: Charge[]): Promise<BucketState[]> {
    const active = dedupe(charges.filter((c) => c.budget.limit > 0 && c.budget.windowSeconds > 0));
    if (!active.length) return [];
    if (++this.calls % SWEEP_EVERY === 0) {
      this.pool.query(`delete from rate_limit_bucket where reset_at < clock_timestamp() - interval '1 day'`).catch(() => undefined);
    }
    return this.batches.call(active);
  }

  private async send(batch: Charge[][]): Promise<PromiseSettledResult<BucketState[]>[]> {
    const together = batch.length > 1 ? await this.chargeTogether(batch) : undefined;
    const results: PromiseSettledResult<BucketState[]>[] = [];
    for (const [i, charges] of batch.entries()) {
      const answered = together?.[i];
      results.push(answered ? { status: 'fulfilled', value: answered } : await settle(() => this.chargeAlone(charges)));
    }
    return results;
  }

  /**
   * The batch's charges in one statement, each key charged the sum of its costs. The charges that
   * touch a key that did not fit give back what they took of the other keys and are left
   * undefined, to be made one by one after the others (all arrived together, so any order is
   * one they could have had); so is the whole batch when two charges give one key different
   * budgets (nothing is charged then).
   */
  private async chargeTogether(batch: Charge[][]): Promise<(BucketState[] | undefined)[] | undefined> {
    const sums = new Map<string, Charge>();
    for (const charges of batch) {
      for (const charge of charges) {
        const sum = sums.get(charge.key);
        if (!sum) sums.set(charge.key, { ...charge });
        else if (sum.budget.limit !== charge.budget.limit || sum.budget.windowSeconds !== charge.budget.windowSeconds) return undefined;
        else sum.cost += charge.cost;
      }
    }
    const rows = await this.upsert([...sums.values()]);
    const refusedKeys = new Set(rows.filter((row) => !row.allowed).map((row) => row.key));
    const alone = batch.map((charges) => charges.some((charge) => refusedKeys.has(charge.key)));
    const back = new Map<string, number>();
    batch.forEach((charges, i) => {
      if (alone[i]) for (const charge of charges) if (!refusedKeys.has(charge.key)) back.set(charge.key, (back.get(charge.key) ?? 0) + charge.cost);
    });
    if (back.size) await this.refund([...back].map(([key, cost]) => ({ key, cost })));
    // Walking back from the last charge kept: each was told the total less what came after it.
    const byKey = new Map(rows.map((row) => [row.key, { ...row, used: row.used - (back.get(row.key) ?? 0) }]));
    const after = new Map<string, number>();
    const states: (BucketState[] | undefined)[] = [];
    for (let i = batch.length - 1; i >= 0; i--) {
      if (alone[i]) continue;
      states[i] = batch[i].map((charge) => {
        const row = byKey.get(charge.key)!;
        const later = after.get(charge.key) ?? 0;
        after.set(charge.key, later + charge.cost);
        return stateOf({ ...row, used: row.used - later });
      });
    }
    return states;
  }

  /** One caller's charge; all or nothing: when one key refuses, the others give back what it took. */
  private async chargeAlone(active: Charge[]): Promise<BucketState[]> {
    const states = (await this.upsert(active)).map(stateOf);
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

  /** Charges each key its cost where it fits (one row per key, in the order of the keys). */
  private async upsert(charges: Charge[]): Promise<BucketRow[]> {
    // Sorted keys: two statements locking the same rows always lock them in the same order.
    const sorted = [...charges].sort(byKeyOrder);
    const { rows } = await busyOnLockTimeout(this.pool.query<BucketRow>(
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
      [sorted.map((c) => c.key), sorted.map((c) => Math.min(c.cost, 2 ** 31 - 1)), sorted.map((c) => c.budget.limit), sorted.map((c) => c.budget.windowSeconds)],
    ));
    return rows;
  }

  /** Gives back part of a charge (a logIn that turned out to be right). */
  async refund(refunds: { key: string; cost: number }[]): Promise<void> {
    if (!refunds.length) return;
    // Rows locked in key order first, like the upserts lock them: a refund and a charge of
    // another process never wait for each other in a circle.
    const sorted = [...refunds].sort(byKeyOrder);
    await busyOnLockTimeout(
      this.pool.query(
        `with locked as (select key from rate_limit_bucket where key = any($1::text[]) order by key for update)
         update rate_limit_bucket b set used = greatest(0, b.used - t.c)
           from unnest($1::text[], $2::int[]) as t(k, c)
          where b.key = t.k and b.key in (select key from locked)`,
        [sorted.map((r) => r.key), sorted.map((r) => r.cost)],
      ),
    );
  }

  /** Forgets a key's window (a successful logIn clears its account's failures). */
  async reset(key: string): Promise<void> {
    await this.pool.query('delete from rate_limit_bucket where key = $1', [key]);
  }
}

/**
 * What a bucket row says to its caller. Windows are kept on the database's clock; what the API
 * reports is on this server's, like every other instant it gives (token expiry, Date headers),
 * whatever the two clocks' skew.
 */
function stateOf(row: BucketRow): BucketState {
  const received = realTime().getTime();
  return {
    key: row.key,
    limit: row.limit,
    used: row.used,
    resetAt: new Date(received + (row.resetAt.getTime() - row.now.getTime())),
    allowed: row.allowed,
    retryAfter: Math.max(1, Math.ceil((row.resetAt.getTime() - row.now.getTime()) / 1000)),
  };
}

const byKeyOrder = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * How long a limiter statement waits for a bucket row another holds (the limiter's connections
 * set it as `lock_timeout`). Charges hold their rows for about a millisecond; a row held longer
 * is held by something else (an operator's session, say), and since a process sends one charge
 * at a time, waiting on it would hold up every request of the process.
 */
export const LIMITER_LOCK_TIMEOUT_MS = 1_000;

/** A limiter statement that met LIMITER_LOCK_TIMEOUT_MS: the request is refused as busy (503). */
async function busyOnLockTimeout<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') throw serviceUnavailable();
    throw error;
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
