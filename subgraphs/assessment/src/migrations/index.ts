import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122053146_initial } from './Migration20261122053146_initial';
import { Migration20261123220000_engine } from './Migration20261123220000_engine';

/** Checked-in migrations of the assessment schema, oldest first. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122053146_initial', class: Migration20261122053146_initial },
  { name: 'Migration20261123220000_engine', class: Migration20261123220000_engine },
];
