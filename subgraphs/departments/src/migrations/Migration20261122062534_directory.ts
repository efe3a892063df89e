import { Migration } from '@mikro-orm/migrations';

export class Migration20261122062534_directory extends Migration {

  override name = 'Migration20261122062534_directory';

  override up(): void | Promise<void> {
    this.addSql(`create table "departments"."routing_change" ("id" bigserial primary key, "category_id" uuid not null, "from_department_id" uuid null, "to_department_id" uuid not null, "at" timestamptz not null, "changed_by" varchar(50) not null, "changed_by_person_id" uuid not null, "reason" text not null);`);
    this.addSql(`create index "routing_change_category_id_index" on "departments"."routing_change" ("category_id");`);

    this.addSql(`create table "departments"."working_group" ("id" uuid not null, "name" varchar(100) not null, "lead_department_id" uuid not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "departments"."working_group" add constraint "working_group_name_unique" unique ("name");`);

    this.addSql(`create table "departments"."working_group_member" ("working_group_id" uuid not null, "department_id" uuid not null, primary key ("working_group_id", "department_id"));`);

    this.addSql(`alter table "departments"."routing_change" add constraint "routing_change_category_id_foreign" foreign key ("category_id") references "departments"."category" ("id") on delete cascade;`);
    this.addSql(`alter table "departments"."routing_change" add constraint "routing_change_from_department_id_foreign" foreign key ("from_department_id") references "departments"."department" ("id") on delete restrict;`);
    this.addSql(`alter table "departments"."routing_change" add constraint "routing_change_to_department_id_foreign" foreign key ("to_department_id") references "departments"."department" ("id") on delete restrict;`);

    this.addSql(`alter table "departments"."working_group" add constraint "working_group_lead_department_id_foreign" foreign key ("lead_department_id") references "departments"."department" ("id") on delete restrict;`);

    this.addSql(`alter table "departments"."working_group_member" add constraint "working_group_member_working_group_id_foreign" foreign key ("working_group_id") references "departments"."working_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "departments"."working_group_member" add constraint "working_group_member_department_id_foreign" foreign key ("department_id") references "departments"."department" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "departments"."working_group_member" drop constraint "working_group_member_working_group_id_foreign";`);

    this.addSql(`drop table if exists "departments"."routing_change" cascade;`);
    this.addSql(`drop table if exists "departments"."working_group" cascade;`);
    this.addSql(`drop table if exists "departments"."working_group_member" cascade;`);
  }

}
