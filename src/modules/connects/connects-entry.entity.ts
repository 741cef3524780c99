import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { newId } from '../../shared/ids';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';

export enum ConnectsEntryKind {
  PURCHASE = 'PURCHASE',
  SPEND = 'SPEND',
  REFUND = 'REFUND',
}

/**
 * One change of a Connects balance (CN-4). Exactly one of team / user is set: the agency's
 * collective balance or a freelancer's own. Rows are never updated or deleted.
 */
@Entity({ tableName: 'connects_entry' })
@Index({ properties: ['team', 'createdAt'] })
@Index({ properties: ['user', 'createdAt'] })
export class ConnectsEntryEntity {
  [OptionalProps]?: 'id' | 'team' | 'user' | 'proposalId' | 'jobId';

  @PrimaryKey({ type: 'string', length: 40 })
  id: string = newId('ConnectsEntry');

  @ManyToOne(() => TeamEntity, { ref: true, nullable: true })
  team: Ref<TeamEntity> | null = null;

  @ManyToOne(() => UserEntity, { ref: true, nullable: true })
  user: Ref<UserEntity> | null = null;

  @Enum({ items: () => ConnectsEntryKind })
  kind: ConnectsEntryKind;

  /** Positive for purchases and refunds, negative for spending. */
  @Property({ type: 'integer' })
  change: number;

  @Property({ type: 'integer' })
  balanceAfter: number;

  /** The proposal a SPEND paid for or a REFUND returned. */
  @Property({ type: 'string', length: 40, nullable: true })
  proposalId: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  jobId: string | null = null;

  @ManyToOne(() => UserEntity, { ref: true })
  actor: Ref<UserEntity>;

  @Property({ type: 'datetime' })
  createdAt: Date;
}
