import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum EventStream {
  OFFER = 'OFFER',
  PAYMENT = 'PAYMENT',
}

/**
 * The durable event log behind subscriptions. An event is written in the same transaction as
 * the change it describes (so a rollback leaves none), its id orders events in commit order
 * (see appendEvent), and `team_ids` / `user_ids` say whose streams it belongs to; whether a
 * subscriber may still read it is decided again when it is delivered.
 */
@Entity({ tableName: 'event_log' })
@Index({ properties: ['stream', 'id'] })
export class EventLogEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Enum({ items: () => EventStream })
  stream: EventStream;

  @Property({ type: 'string', length: 40 })
  type: string;

  @Property({ type: 'datetime' })
  occurredAt: Date;

  /** The object the event is about (an offer, a payout, a milestone, ...). */
  @Property({ type: 'string', length: 40 })
  subjectId: string;

  @Property({ type: 'text[]' })
  teamIds: string[];

  @Property({ type: 'text[]' })
  userIds: string[];

  @Property({ type: 'json' })
  data: Record<string, unknown>;
}
