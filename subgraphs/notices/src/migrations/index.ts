import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123215710_initial } from './Migration20261123215710_initial';

/** Checked-in migrations of the notices schema, oldest first. */
export const migrations: MigrationObject[] = [{ name: 'Migration20261123215710_initial', class: Migration20261123215710_initial }];
