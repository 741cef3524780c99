/**
 * `create [name]`: applies the committed migrations to a scratch database, then writes a new
 * migration for whatever the entities add, and lists it in migrations/index.ts.
 * `check`: fails when the entities and migrations/ disagree (a migration is missing).
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/db/orm';
import { withScratchDatabase } from './scratch-db';

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command !== 'create' && command !== 'check') {
    console.error('usage: migrations.ts create [name] | check');
    process.exit(2);
  }
  await withScratchDatabase(async (url) => {
    const orm = await MikroORM.init(ormConfig({ url }));
    try {
      const migrator = orm.getMigrator();
      await migrator.up();
      if (command === 'check') {
        const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
        if (diff.trim()) {
          console.error('The entities and migrations/ disagree; `npm run migration:create` would add:\n' + diff);
          process.exitCode = 1;
        } else {
          console.log('migrations/ matches the entities.');
        }
        return;
      }
      const created = await migrator.createMigration('migrations', false, false, name);
      if (!created.fileName) {
        console.log('No changes: no migration written.');
        return;
      }
      const className = created.fileName.replace(/\.ts$/, '');
      const index = readFileSync('migrations/index.ts', 'utf8')
        .replace(/^(import type .*\n)/m, `$1import { ${className} } from './${className}';\n`)
        .replace(/\];\s*$/, `  { name: '${className}', class: ${className} },\n];\n`);
      writeFileSync('migrations/index.ts', index);
      console.log(`wrote migrations/${created.fileName}`);
    } finally {
      await orm.close();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
