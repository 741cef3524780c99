import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../shared/ids';

@Entity({ tableName: 'app_user' })
export class UserEntity {
  [OptionalProps]?: 'id' | 'connectsBalance' | 'defaultTeamId';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('User');

  /** Stored lower-cased: one account per address whatever its spelling. */
  @Property({ type: 'string', length: 320 })
  @Unique()
  email: string;

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
