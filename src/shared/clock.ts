import type { EntityManager } from '@mikro-orm/postgresql';
import { selectOne } from '../db/sql';

/**
 * The one source of "now" for business rules. With TEST_CLOCK=1 the time is the real time
 * shifted by an offset kept in the database, so every server process on it agrees.
 */
export interface Clock {
  now(em: EntityManager): Promise<Date>;
}

export const systemClock: Clock = {
  now: async () => new Date(),
};

export const databaseTestClock: Clock = {
  async now(em) {
    const row = await selectOne<{ offsetMs: string }>(em, 'select offset_ms as "offsetMs" from test_clock where id = 1');
    return new Date(Date.now() + Number(row?.offsetMs ?? 0));
  },
};

/** One request's view of the clock: read once, so a request sees a single instant. */
export class RequestClock {
  private instant?: Promise<Date>;

  constructor(
    private readonly clock: Clock,
    private readonly em: EntityManager,
  ) {}

  now(): Promise<Date> {
    this.instant ??= this.clock.now(this.em);
    return this.instant;
  }
}
