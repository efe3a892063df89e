import { Migration } from '@mikro-orm/migrations';

export class Migration20261122060706_categories extends Migration {

  override name = 'Migration20261122060706_categories';

  override up(): void | Promise<void> {
    this.addSql(`create table "departments"."category" ("id" uuid not null, "main" varchar(50) not null, "sub" varchar(50) not null, "lead_department_id" uuid not null, "active" boolean not null default true, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "departments"."category" add constraint "category_main_sub_unique" unique ("main", "sub");`);

    this.addSql(`alter table "departments"."category" add constraint "category_lead_department_id_foreign" foreign key ("lead_department_id") references "departments"."department" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "departments"."category" cascade;`);
  }

}
