import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The first result of a keyed request (MN-2), so a repeat returns it and moves nothing. */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKeyEntity {
  @PrimaryKey({ type: 'string', length: 40 })
  actorId: string;

  @PrimaryKey({ type: 'string', length: 200 })
  key: string;

  @Property({ type: 'string', length: 60 })
  operation: string;

  /** A hash of the arguments: the same key with other arguments is refused. */
  @Property({ type: 'string', length: 64 })
  requestHash: string;

  @Property({ type: 'json' })
  result: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt: Date;
}
