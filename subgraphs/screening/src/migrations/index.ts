import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123215557_initial } from './Migration20261123215557_initial';

/** Checked-in migrations of the screening schema, oldest first. */
export const migrations: MigrationObject[] = [{ name: 'Migration20261123215557_initial', class: Migration20261123215557_initial }];
