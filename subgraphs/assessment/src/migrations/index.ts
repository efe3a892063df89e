import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122053146_initial } from './Migration20261122053146_initial';

/** Checked-in migrations of the assessment schema, oldest first. */
export const migrations: MigrationObject[] = [{ name: 'Migration20261122053146_initial', class: Migration20261122053146_initial }];
