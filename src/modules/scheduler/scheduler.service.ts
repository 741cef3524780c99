import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { requireStaff } from '../../auth/authorize';
import type { Context } from '../../graphql/context';
import type { Config } from '../../config';
import type { Clock } from '../../shared/clock';
import { withAdvisoryLock } from '../../db/advisory-lock';
import { userError } from '../../graphql/errors';
import { allDueWork } from './due-work';

/** Why running periodic work was refused. */
export enum SchedulerErrorCode {
  UNKNOWN_DUE_WORK = 'UNKNOWN_DUE_WORK',
}

export interface DueWorkReport {
  name: string;
  changed: number;
}

const SCHEDULER_LOCK = 7202;

/** Runs every registered kind of due work once, in order, for the instant `now`. */
export async function runAllDueWork(em: EntityManager, now: Date, config: Config, only?: readonly string[]): Promise<DueWorkReport[]> {
  const reports: DueWorkReport[] = [];
  for (const work of allDueWork()) {
    if (only && !only.includes(work.name)) continue;
    reports.push({ name: work.name, changed: await work.run(em.fork({ clear: true, useContext: false }), now, config) });
  }
  return reports;
}

/** AC-2: staff run the periodic work on demand, by the clock's now. */
export async function runDueWorkNow(ctx: Context, only?: readonly string[] | null): Promise<{ now: Date; reports: DueWorkReport[] }> {
  requireStaff(ctx);
  const known = allDueWork().map((work) => work.name);
  const unknown = (only ?? []).filter((name) => !known.includes(name));
  if (unknown.length) {
    throw userError(SchedulerErrorCode.UNKNOWN_DUE_WORK, `No periodic work is called ${unknown.join(', ')}; there are ${known.join(', ')}.`, ['input', 'only']);
  }
  const now = await ctx.clock.now();
  const reports = await runAllDueWork(ctx.em, now, ctx.config, only ?? undefined);
  ctx.loaders.clearAll();
  return { now, reports };
}

/**
 * The in-process scheduler: every interval, one process of those sharing the database (the
 * one that wins a try-lock) runs the due work. A process that loses simply skips that tick.
 */
export function startScheduler(
  orm: MikroORM,
  clock: Clock,
  config: Config,
  onRun: (outcome: { ran: boolean; error?: unknown; durationMs: number }) => void = ({ error }) => {
    if (error) console.error('scheduled work failed:', error);
  },
): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  // The lock lives outside the pool and the transaction gate: the due work's transactions take
  // one pool connection at a time, like any request.
  const tick = async (): Promise<boolean> =>
    (await withAdvisoryLock(orm.config.get('clientUrl')!, SCHEDULER_LOCK, false, async () => {
      const em = orm.em.fork({ clear: true, useContext: false });
      await runAllDueWork(em, await clock.now(em), config);
      return true;
    })) ?? false;
  const timer = setInterval(() => {
    if (running) return;
    const started = performance.now();
    running = tick()
      .then(
        (ran) => onRun({ ran, durationMs: performance.now() - started }),
        (error) => onRun({ ran: true, error, durationMs: performance.now() - started }),
      )
      .finally(() => (running = undefined));
  }, config.schedulerIntervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
