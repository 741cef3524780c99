import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';

/**
 * A kind of periodic work (offers expiring, milestones auto-approved, weeks invoiced, ...).
 * `run` does everything due by `now` and returns how many things it changed. It must be safe
 * to run again at once, and from several processes: each item it changes is claimed with a
 * row lock or a conditional update inside its own transaction.
 */
export interface DueWork {
  name: string;
  /**
   * Work that makes money due elsewhere (billing, approvals, commissions) runs before work that
   * settles what is due (pending funds becoming available): lower runs first, default 100.
   */
  order?: number;
  run(em: EntityManager, now: Date, config: Config): Promise<number>;
}

const registry: DueWork[] = [];

/** Features register their periodic work at module load; it runs in registration order. */
export function registerDueWork(work: DueWork): void {
  if (registry.some((existing) => existing.name === work.name)) throw new Error(`due work ${work.name} registered twice`);
  registry.push(work);
}

export function allDueWork(): readonly DueWork[] {
  return [...registry].sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}
