import { Migration } from '@mikro-orm/migrations';

export class Migration20261122053144_initial extends Migration {

  override name = 'Migration20261122053144_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "cases";`);
    this.addSql(`create type "cases"."channel" as enum ('LETTER', 'VISIT', 'PHONE', 'ONLINE', 'LEADER_RECEPTION', 'ASSIGNED_FROM_ABOVE');`);
    this.addSql(`create type "cases"."case_form" as enum ('INDIVIDUAL', 'COLLECTIVE');`);
    this.addSql(`create type "cases"."visit_level" as enum ('DISTRICT', 'CITY', 'PROVINCE', 'BEIJING');`);
    this.addSql(`create type "cases"."case_status" as enum ('REGISTERED', 'ACCEPTED', 'NOT_ACCEPTED', 'ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS', 'REPLIED', 'CLOSED', 'ARCHIVED', 'UNDER_REVIEW', 'UNDER_RE_REVIEW', 'TERMINATED');`);
    this.addSql(`create type "cases"."priority" as enum ('NORMAL', 'URGENT', 'VERY_URGENT');`);
    this.addSql(`create table "cases"."case" ("id" uuid not null, "number" varchar(20) not null, "channel" "cases"."channel" not null, "form" "cases"."case_form" not null, "head_count" int not null, "level_visited" "cases"."visit_level" not null, "category_main" varchar(50) not null, "category_sub" varchar(50) not null, "township_id" uuid not null, "lead_department_id" uuid null, "status" "cases"."case_status" not null, "priority" "cases"."priority" not null default 'NORMAL', "summary" text not null, "is_repeat" boolean not null default false, "registered_at" timestamptz not null, "closed_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "cases"."case" add constraint "case_number_unique" unique ("number");`);
    this.addSql(`create index "case_status_index" on "cases"."case" ("status");`);
    this.addSql(`create index "case_registered_at_index" on "cases"."case" ("registered_at");`);
    this.addSql(`create index "case_township_id_registered_at_index" on "cases"."case" ("township_id", "registered_at");`);
    this.addSql(`create index "case_lead_department_id_registered_at_index" on "cases"."case" ("lead_department_id", "registered_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."case" cascade;`);

    this.addSql(`drop type "cases"."channel";`);
    this.addSql(`drop type "cases"."case_form";`);
    this.addSql(`drop type "cases"."visit_level";`);
    this.addSql(`drop type "cases"."case_status";`);
    this.addSql(`drop type "cases"."priority";`);
    this.addSql(`drop schema if exists "cases";`);
  }

}
