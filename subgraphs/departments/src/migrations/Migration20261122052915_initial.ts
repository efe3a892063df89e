import { Migration } from '@mikro-orm/migrations';

export class Migration20261122052915_initial extends Migration {

  override name = 'Migration20261122052915_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "departments";`);
    this.addSql(`create type "departments"."department_kind" as enum ('LEADERSHIP', 'DEPARTMENT', 'TOWNSHIP', 'STREET');`);
    this.addSql(`create table "departments"."department" ("id" uuid not null, "code" varchar(32) not null, "name" varchar(100) not null, "kind" "departments"."department_kind" not null, "parent_id" uuid null, "population" int null, "active" boolean not null default true, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "departments"."department" add constraint "department_code_unique" unique ("code");`);
    this.addSql(`create index "department_kind_index" on "departments"."department" ("kind");`);

    this.addSql(`create table "departments"."person" ("id" uuid not null, "name" varchar(50) not null, "position" varchar(50) not null, "unit_id" uuid not null, "is_leader" boolean not null default false, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "person_unit_id_index" on "departments"."person" ("unit_id");`);

    this.addSql(`alter table "departments"."department" add constraint "department_parent_id_foreign" foreign key ("parent_id") references "departments"."department" ("id") on delete restrict;`);

    this.addSql(`alter table "departments"."person" add constraint "person_unit_id_foreign" foreign key ("unit_id") references "departments"."department" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "departments"."department" drop constraint "department_parent_id_foreign";`);
    this.addSql(`alter table "departments"."person" drop constraint "person_unit_id_foreign";`);

    this.addSql(`drop table if exists "departments"."department" cascade;`);
    this.addSql(`drop table if exists "departments"."person" cascade;`);

    this.addSql(`drop type "departments"."department_kind";`);
    this.addSql(`drop schema if exists "departments";`);
  }

}
