import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123215557_initial } from './Migration20261123215557_initial';
import { Migration20261123233301_report_notices } from './Migration20261123233301_report_notices';
import { Migration20261124004500_unit_roster } from './Migration20261124004500_unit_roster';

/** Checked-in migrations of the screening schema, oldest first. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123215557_initial', class: Migration20261123215557_initial },
  { name: 'Migration20261123233301_report_notices', class: Migration20261123233301_report_notices },
  { name: 'Migration20261124004500_unit_roster', class: Migration20261124004500_unit_roster },
];
