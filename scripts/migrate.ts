/** Applies every pending migration to the database at DATABASE_URL (or the URL given). */
import 'reflect-metadata';
import { migrate, openOrm } from '../src/db/orm';

async function main(): Promise<void> {
  const url = process.argv[2] ?? process.env.DATABASE_URL;
  if (!url) {
    console.error('usage: migrate.ts <postgres url>  (or set DATABASE_URL)');
    process.exit(2);
  }
  const orm = await openOrm({ url });
  try {
    await migrate(orm, url);
  } finally {
    await orm.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
