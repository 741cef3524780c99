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
// Team.offerEvents / Team.paymentEvents read a team's history with `team_ids @> array[...]`.
@Index({ name: 'event_log_team_ids_index', expression: 'create index "event_log_team_ids_index" on "event_log" using gin ("team_ids")' })
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

  /** The user who made it happen; null for what the system did on its own. */
  @Property({ type: 'string', length: 40, nullable: true })
  actorId?: string | null;
}
