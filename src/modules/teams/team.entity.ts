import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { TeamKind, TeamRole } from '../../auth/permissions';
import { newId } from '../../shared/ids';
import { UserEntity } from '../users/user.entity';

export enum MemberRelationship {
  EXCLUSIVE = 'EXCLUSIVE',
  NON_EXCLUSIVE = 'NON_EXCLUSIVE',
}

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
}

@Entity({ tableName: 'team' })
// The agency directory filters on skills with `skills @> array[...]`.
@Index({ name: 'team_skills_index', expression: 'create index "team_skills_index" on "team" using gin ("skills")' })
export class TeamEntity {
  [OptionalProps]?: 'id' | 'connectsBalance' | 'headline' | 'skills';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Team');

  @Property({ type: 'string', length: 200 })
  name: string;

  @Enum({ items: () => TeamKind })
  kind: TeamKind;

  @ManyToOne(() => UserEntity, { ref: true })
  @Index()
  owner: Ref<UserEntity>;

  /** Cached sum of the agency's Connects history (CN-4); changed only with a history row. */
  @Property({ type: 'integer', default: 0 })
  connectsBalance: number = 0;

  @Property({ type: 'datetime' })
  @Index()
  createdAt: Date;

  /** Public profile: one line about the team. */
  @Property({ type: 'string', length: 200, nullable: true })
  headline: string | null = null;

  /** Public profile: skills, lower-cased (the agency directory filters on them). */
  @Property({ type: 'text[]', default: '{}' })
  skills: string[] = [];
}

@Entity({ tableName: 'member' })
@Index({ properties: ['team', 'status'] })
@Index({ properties: ['user', 'status'] })
export class MemberEntity {
  [OptionalProps]?: 'id' | 'leftAt' | 'relationship';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('Member');

  @ManyToOne(() => TeamEntity, { ref: true })
  team: Ref<TeamEntity>;

  @ManyToOne(() => UserEntity, { ref: true })
  user: Ref<UserEntity>;

  @Enum({ items: () => TeamRole, array: true })
  roles: TeamRole[];

  /** AG-1; null in client teams, where it has no meaning. */
  @Enum({ items: () => MemberRelationship, nullable: true })
  relationship: MemberRelationship | null = null;

  @Enum({ items: () => MemberStatus })
  status: MemberStatus;

  @Property({ type: 'datetime' })
  joinedAt: Date;

  @Property({ type: 'datetime', nullable: true })
  leftAt: Date | null = null;
}

@Entity({ tableName: 'team_invitation' })
@Index({ properties: ['email', 'status'] })
@Index({ properties: ['team', 'status'] })
export class TeamInvitationEntity {
  [OptionalProps]?: 'id' | 'respondedAt' | 'member';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('TeamInvitation');

  @ManyToOne(() => TeamEntity, { ref: true })
  team: Ref<TeamEntity>;

  @Property({ type: 'string', length: 320 })
  email: string;

  @Enum({ items: () => TeamRole, array: true })
  roles: TeamRole[];

  @Enum({ items: () => MemberRelationship, nullable: true })
  relationship: MemberRelationship | null;

  @Enum({ items: () => InvitationStatus })
  status: InvitationStatus;

  @ManyToOne(() => UserEntity, { ref: true })
  invitedBy: Ref<UserEntity>;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime', nullable: true })
  respondedAt: Date | null = null;

  @ManyToOne(() => MemberEntity, { ref: true, nullable: true })
  member: Ref<MemberEntity> | null = null;
}
