import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../shared/ids';

@Entity({ tableName: 'app_user' })
export class UserEntity {
  [OptionalProps]?: 'id' | 'connectsBalance' | 'defaultTeamId' | 'emailVerifiedAt' | 'pendingEmail';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('User');

  /** Stored lower-cased: one account per address whatever its spelling. */
  @Property({ type: 'string', length: 320 })
  @Unique()
  email: string;

  /** When the address was proven by a link sent to it; null until then. */
  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt: Date | null = null;

  /** An address the user asked to change to; it replaces `email` once a link sent to it is opened. */
  @Property({ type: 'string', length: 320, nullable: true })
  pendingEmail: string | null = null;

  @Property({ type: 'string', length: 200 })
  name: string;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash: string;

  /** AG-3: the agency a non-exclusive member chose to appear as. */
  @Property({ type: 'string', length: 40, nullable: true })
  defaultTeamId: string | null = null;

  /** Cached sum of the user's Connects history (CN-4); changed only with a history row. */
  @Property({ type: 'integer', default: 0 })
  connectsBalance: number = 0;

  @Property({ type: 'datetime' })
  @Index()
  createdAt: Date;
}
