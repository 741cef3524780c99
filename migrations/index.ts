import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122020642_hiring } from './Migration20261122020642_hiring';
import { Migration20261122015931_initial } from './Migration20261122015931_initial';

/** Every migration in order. `npm run migration:create` appends to this list. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122015931_initial', class: Migration20261122015931_initial },
  { name: 'Migration20261122020642_hiring', class: Migration20261122020642_hiring },
];
