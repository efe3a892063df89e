import { Migration } from '@mikro-orm/migrations';

export class Migration20261122062040_access extends Migration {

  override name = 'Migration20261122062040_access';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."personal_data_access" ("id" bigserial primary key, "at" timestamptz not null, "account_id" uuid not null, "username" varchar(50) not null, "role" varchar(20) not null, "person_id" uuid not null, "unit_id" uuid not null, "case_id" uuid not null, "fields" text[] not null);`);
    this.addSql(`create index "personal_data_access_account_id_at_index" on "cases"."personal_data_access" ("account_id", "at");`);
    this.addSql(`create index "personal_data_access_case_id_at_index" on "cases"."personal_data_access" ("case_id", "at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."personal_data_access" cascade;`);
  }

}
