import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One open WebSocket, counted against its owner (`user:<id>`, or `address:<ip>` when anonymous)
 * across every server process: WS_MAX_SOCKETS_PER_USER is checked against these rows. The
 * process that holds the socket renews `expires_at` while it lives and deletes the row when the
 * socket closes; the row of a process that died expires on its own. Real time (the database's
 * clock), not the test clock.
 */
@Entity({ tableName: 'socket_lease' })
@Index({ properties: ['owner', 'expiresAt'] })
export class SocketLeaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'string', length: 400 })
  owner: string;

  /** The server process holding the socket (random per process start). */
  @Property({ type: 'uuid' })
  @Index()
  processId: string;

  @Property({ type: 'datetime' })
  expiresAt: Date;
}
