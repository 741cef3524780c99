import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One throttle's window for one key (`points:user:<id>`, `login:account:<email>`, ...): what was
 * used since the window opened and when it resets. Every process updates these rows in one
 * statement each, so a limit holds across processes. Times are real time, not the test clock.
 */
@Entity({ tableName: 'rate_limit_bucket' })
export class RateLimitBucketEntity {
  @PrimaryKey({ type: 'string', length: 400 })
  key: string;

  @Property({ type: 'integer' })
  used: number;

  @Property({ type: 'datetime' })
  @Index()
  resetAt: Date;

  /** Whether the last request charged to this bucket fitted. */
  @Property({ type: 'boolean' })
  allowed: boolean;

  /** The last request's charge and the limit it was held to (read back by the same statement). */
  @Property({ type: 'integer' })
  lastCost: number;

  @Property({ type: 'integer' })
  windowLimit: number;
}
