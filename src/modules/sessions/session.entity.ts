import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../shared/ids';

/**
 * One signed-in device. Every token names its session, and a token is honoured only while its
 * session is neither revoked nor expired. Times are real time, like token lifetimes.
 */
@Entity({ tableName: 'user_session' })
@Index({ properties: ['userId', 'revokedAt'] })
export class SessionEntity {
  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Session');

  @Property({ type: 'string', length: 40 })
  userId: string;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime' })
  lastSeenAt: Date;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'string', length: 512, nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
