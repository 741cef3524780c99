/**
 * Writes schema.graphql from the code, or with --check fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { printAppSchema } from '../src/graphql/schema';

const file = 'schema.graphql';
const printed = printAppSchema();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== printed) {
    console.error(`${file} is stale: run \`npm run schema:print\` and commit it.`);
    process.exit(1);
  }
  console.log(`${file} is up to date.`);
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
}
