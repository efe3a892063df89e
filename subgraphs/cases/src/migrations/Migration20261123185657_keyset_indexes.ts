import { Migration } from '@mikro-orm/migrations';

export class Migration20261123185657_keyset_indexes extends Migration {

  override name = 'Migration20261123185657_keyset_indexes';

  override up(): void | Promise<void> {
    this.addSql(`drop index "cases"."case_lead_department_id_registered_at_index";`);
    this.addSql(`drop index "cases"."case_registered_at_index";`);
    this.addSql(`drop index "cases"."case_township_id_registered_at_index";`);
    this.addSql(`create index "case_township_id_registered_at_id_index" on "cases"."case" ("township_id", "registered_at", "id");`);
    this.addSql(`create index "case_lead_department_id_registered_at_id_index" on "cases"."case" ("lead_department_id", "registered_at", "id");`);
    this.addSql(`create index "case_registered_at_id_index" on "cases"."case" ("registered_at", "id");`);

    this.addSql(`create index "case_task_unit_id_due_at_id_index" on "cases"."case_task" ("unit_id", "due_at", "id") where status in ('ASSIGNED', 'SIGNED_FOR');`);

    this.addSql(`drop index "cases"."personal_data_access_account_id_at_index";`);
    this.addSql(`drop index "cases"."personal_data_access_case_id_at_index";`);
    this.addSql(`create index "personal_data_access_account_id_id_index" on "cases"."personal_data_access" ("account_id", "id");`);
    this.addSql(`create index "personal_data_access_case_id_id_index" on "cases"."personal_data_access" ("case_id", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "cases"."case_township_id_registered_at_id_index";`);
    this.addSql(`drop index "cases"."case_lead_department_id_registered_at_id_index";`);
    this.addSql(`drop index "cases"."case_registered_at_id_index";`);
    this.addSql(`create index "case_lead_department_id_registered_at_index" on "cases"."case" ("lead_department_id", "registered_at");`);
    this.addSql(`create index "case_registered_at_index" on "cases"."case" ("registered_at");`);
    this.addSql(`create index "case_township_id_registered_at_index" on "cases"."case" ("township_id", "registered_at");`);

    this.addSql(`drop index "cases"."case_task_unit_id_due_at_id_index";`);

    this.addSql(`drop index "cases"."personal_data_access_account_id_id_index";`);
    this.addSql(`drop index "cases"."personal_data_access_case_id_id_index";`);
    this.addSql(`create index "personal_data_access_account_id_at_index" on "cases"."personal_data_access" ("account_id", "at");`);
    this.addSql(`create index "personal_data_access_case_id_at_index" on "cases"."personal_data_access" ("case_id", "at");`);
  }

}
