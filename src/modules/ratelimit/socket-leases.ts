import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';

/** How long a lease lives without renewal, and how often its process renews it. */
export const SOCKET_LEASE_SECONDS = 90;
const RENEW_EVERY_MS = 30_000;

/**
 * The WebSocket cap per user, shared by every server process (`socket_lease`). A socket takes a
 * lease when it opens and gives it back when it closes; a process renews its leases while it
 * runs, so those of a process that died (killed, out of memory) lapse within
 * SOCKET_LEASE_SECONDS and free their places.
 */
export class SocketLeases {
  readonly processId = randomUUID();
  private readonly timer: NodeJS.Timeout;
  /** The leases of this process's open sockets: only these are renewed. */
  private readonly held = new Set<string>();

  constructor(private readonly pool: Pool) {
    this.timer = setInterval(() => void this.renew().catch(() => undefined), RENEW_EVERY_MS);
    this.timer.unref();
  }

  /**
   * A lease for one more socket of `owner`, or undefined when it already holds `limit` live
   * ones. Two processes taking the owner's last place at once queue on a lock of that owner.
   */
  async acquire(owner: string, limit: number): Promise<string | undefined> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query('select pg_advisory_xact_lock(hashtextextended($1, 4429))', [owner]);
      const { rows } = await client.query<{ id: string }>(
        `insert into socket_lease (id, owner, process_id, expires_at)
         select $1::uuid, $2::varchar, $3::uuid, clock_timestamp() + $4::int * interval '1 second'
          where (select count(*) from socket_lease where owner = $2::varchar and expires_at > clock_timestamp()) < $5::int
         returning id`,
        [randomUUID(), owner, this.processId, SOCKET_LEASE_SECONDS, limit],
      );
      await client.query('commit');
      if (rows[0]) this.held.add(rows[0].id);
      return rows[0]?.id;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Gives a closed socket's place back; if the database cannot be told now, the lease lapses. */
  async release(id: string): Promise<void> {
    this.held.delete(id);
    await this.pool.query('delete from socket_lease where id = $1', [id]);
  }

  /**
   * Keeps the leases of this process's open sockets alive (not every row with its id: one whose
   * release failed must lapse) and sweeps the lapsed ones.
   */
  async renew(): Promise<void> {
    if (this.held.size) {
      await this.pool.query(`update socket_lease set expires_at = clock_timestamp() + $2 * interval '1 second' where id = any($1::uuid[])`, [[...this.held], SOCKET_LEASE_SECONDS]);
    }
    await this.pool.query(`delete from socket_lease where expires_at < clock_timestamp() - interval '1 hour'`);
  }

  /** At shutdown (after every socket closed): whatever this process still holds is given back. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.pool.query('delete from socket_lease where process_id = $1', [this.processId]).catch(() => undefined);
  }
}
