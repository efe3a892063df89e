import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124010000_password_reset } from './Migration20261124010000_password_reset';
import { Migration20261123192135_account_administration } from './Migration20261123192135_account_administration';
import { Migration20261122062534_directory } from './Migration20261122062534_directory';
import { Migration20261122061440_accounts } from './Migration20261122061440_accounts';
import { Migration20261122052915_initial } from './Migration20261122052915_initial';
import { Migration20261122060706_categories } from './Migration20261122060706_categories';

/** Checked-in migrations of the departments schema, oldest first. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122052915_initial', class: Migration20261122052915_initial },
  { name: 'Migration20261122060706_categories', class: Migration20261122060706_categories },
  { name: 'Migration20261122061440_accounts', class: Migration20261122061440_accounts },
  { name: 'Migration20261122062534_directory', class: Migration20261122062534_directory },
  { name: 'Migration20261123192135_account_administration', class: Migration20261123192135_account_administration },
  { name: 'Migration20261124010000_password_reset', class: Migration20261124010000_password_reset },
];
