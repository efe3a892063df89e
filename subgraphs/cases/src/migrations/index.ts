import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124012000_competence_disputes } from './Migration20261124012000_competence_disputes';
import { Migration20261122064152_task_due } from './Migration20261122064152_task_due';
import { Migration20261123195516_merged_at } from './Migration20261123195516_merged_at';
import { Migration20261122062040_access } from './Migration20261122062040_access';
import { Migration20261122053144_initial } from './Migration20261122053144_initial';
import { Migration20261122055834_lifecycle } from './Migration20261122055834_lifecycle';
import { Migration20261123185657_keyset_indexes } from './Migration20261123185657_keyset_indexes';
import { Migration20261123214006_backdated_imports } from './Migration20261123214006_backdated_imports';
import { Migration20261123215123_clock_notices } from './Migration20261123215123_clock_notices';

/** Checked-in migrations of the cases schema, oldest first. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122053144_initial', class: Migration20261122053144_initial },
  { name: 'Migration20261122055834_lifecycle', class: Migration20261122055834_lifecycle },
  { name: 'Migration20261122062040_access', class: Migration20261122062040_access },
  { name: 'Migration20261122064152_task_due', class: Migration20261122064152_task_due },
  { name: 'Migration20261123185657_keyset_indexes', class: Migration20261123185657_keyset_indexes },
  { name: 'Migration20261123195516_merged_at', class: Migration20261123195516_merged_at },
  { name: 'Migration20261123214006_backdated_imports', class: Migration20261123214006_backdated_imports },
  { name: 'Migration20261123215123_clock_notices', class: Migration20261123215123_clock_notices },
  { name: 'Migration20261124012000_competence_disputes', class: Migration20261124012000_competence_disputes },
];
