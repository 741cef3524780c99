import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../shared/ids';

/** How much work a freelancer takes on (their public profile). */
export enum Availability {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
}

@Entity({ tableName: 'app_user' })
// The freelancer directory filters on skills with `skills @> array[...]`.
@Index({ name: 'app_user_skills_index', expression: 'create index "app_user_skills_index" on "app_user" using gin ("skills")' })
export class UserEntity {
  [OptionalProps]?: 'id' | 'connectsBalance' | 'defaultTeamId' | 'emailVerifiedAt' | 'pendingEmail' | 'headline' | 'skills' | 'availability';

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

  /** The freelancer's public headline; a user with one is listed in `freelancers`. */
  @Property({ type: 'string', length: 200, nullable: true })
  headline: string | null = null;

  /** Public skills, lower-cased (the directory filters on them). */
  @Property({ type: 'text[]', default: '{}' })
  skills: string[] = [];

  @Enum({ items: () => Availability, default: Availability.NOT_AVAILABLE })
  availability: Availability = Availability.NOT_AVAILABLE;
}
