import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { withAdvisoryLock } from './advisory-lock';
import { EventOutbox } from '../modules/events/event-log';
import { ALL_ENTITIES } from './entities';
import { MIGRATIONS } from '../../migrations';

export interface OrmOptions {
  url: string;
  poolSize?: number;
  /** Called with every SQL statement the ORM sends; the tests count statements with it. */
  onQuery?: (sql: string) => void;
  debug?: boolean;
  /** Where the ORM's own messages (migrations applied, debug output) go; its console otherwise. */
  log?: (message: string) => void;
  /** PostgreSQL statement_timeout for every connection of the pool, in ms (0 or absent: none). */
  statementTimeoutMs?: number;
  /**
   * How long a query waits for a free connection of the pool before it fails (then the request
   * answers SERVICE_UNAVAILABLE), in ms; 5000 when absent. Write transactions queue before this
   * (half the pool at a time, see `TransactionGate`) with the same patience.
   */
  acquireTimeoutMs?: number;
}

/** The advisory lock that lines up processes migrating one database. */
const MIGRATION_LOCK = 7201;

export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.url,
    entities: ALL_ENTITIES,
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    extensions: [Migrator],
    // Events of a transaction are written as its last step, just before it commits.
    subscribers: [new EventOutbox()],
    pool: { min: 0, max: options.poolSize ?? 10, acquireTimeoutMillis: options.acquireTimeoutMs ?? 5_000 },
    // No statement may hold a connection for long: a slow read is cancelled (SQLSTATE 57014).
    ...(options.statementTimeoutMs ? { driverOptions: { connection: { statement_timeout: options.statementTimeoutMs } } } : {}),
    // Every request forks its own EntityManager; touching the global one is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: options.debug ?? false,
    ...(options.log ? { logger: options.log, colors: false } : {}),
    onQuery: (sql: string) => {
      options.onQuery?.(sql);
      return sql;
    },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: 'migrations',
      pathTs: 'migrations',
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
  };
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies every pending migration; safe to call from several processes at start-up. */
export async function migrate(orm: MikroORM, url: string): Promise<void> {
  // Two processes starting together must not both migrate: they queue on an advisory lock.
  await withAdvisoryLock(url, MIGRATION_LOCK, true, () => orm.getMigrator().up());
}
