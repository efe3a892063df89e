import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122053145_initial } from './Migration20261122053145_initial';
import { Migration20261123213519_rooms_and_times } from './Migration20261123213519_rooms_and_times';
import { Migration20261123215555_scheduler } from './Migration20261123215555_scheduler';
import { Migration20261123220000_sessions_and_decisions } from './Migration20261123220000_sessions_and_decisions';

/** Checked-in migrations of the meetings schema, oldest first. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122053145_initial', class: Migration20261122053145_initial },
  { name: 'Migration20261123213519_rooms_and_times', class: Migration20261123213519_rooms_and_times },
  { name: 'Migration20261123215555_scheduler', class: Migration20261123215555_scheduler },
  { name: 'Migration20261123220000_sessions_and_decisions', class: Migration20261123220000_sessions_and_decisions },
];
