import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122053145_initial } from './Migration20261122053145_initial';

/** Checked-in migrations of the meetings schema, oldest first. */
export const migrations: MigrationObject[] = [{ name: 'Migration20261122053145_initial', class: Migration20261122053145_initial }];
