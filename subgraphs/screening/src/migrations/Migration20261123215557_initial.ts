import { Migration } from '@mikro-orm/migrations';

export class Migration20261123215557_initial extends Migration {

  override name = 'Migration20261123215557_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "screening";`);
    this.addSql(`create type "screening"."cadence" as enum ('WEEKLY', 'MONTHLY');`);
    this.addSql(`create type "screening"."visit_level" as enum ('DISTRICT', 'CITY', 'PROVINCE', 'BEIJING');`);
    this.addSql(`create type "screening"."warning_status" as enum ('OPEN', 'MATCHED');`);
    this.addSql(`create table "screening"."screening_cadence" ("id" uuid not null, "unit_kind" varchar(20) not null, "cadence" "screening"."cadence" not null, "set_at" timestamptz not null, "set_by" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "screening"."screening_cadence" add constraint "screening_cadence_unit_kind_unique" unique ("unit_kind");`);

    this.addSql(`create table "screening"."screening_report" ("id" uuid not null, "unit_id" uuid not null, "cadence" "screening"."cadence" not null, "cycle_key" varchar(8) not null, "cycle_starts_on" date not null, "cycle_ends_on" date not null, "due_on" date not null, "nothing_found" boolean not null, "factors" jsonb not null, "filed_at" timestamptz not null, "updated_at" timestamptz not null, "filed_by" uuid not null, "late" boolean not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "screening_report_filed_at_id_index" on "screening"."screening_report" ("filed_at", "id");`);
    this.addSql(`create index "screening_report_cycle_key_unit_id_index" on "screening"."screening_report" ("cycle_key", "unit_id");`);
    this.addSql(`alter table "screening"."screening_report" add constraint "screening_report_unit_id_cycle_key_unique" unique ("unit_id", "cycle_key");`);

    this.addSql(`create table "screening"."sensitive_period" ("id" uuid not null, "name" varchar(100) not null, "starts_on" date not null, "ends_on" date not null, "cutoff_minutes" int not null, "declared_at" timestamptz not null, "declared_by" uuid not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "sensitive_period_starts_on_index" on "screening"."sensitive_period" ("starts_on");`);

    this.addSql(`create table "screening"."daily_report" ("id" uuid not null, "period_id" uuid not null, "unit_id" uuid not null, "day" date not null, "zero" boolean not null, "content" text null, "filed_at" timestamptz not null, "filed_by" uuid not null, "late" boolean not null, primary key ("id"));`);
    this.addSql(`create index "daily_report_unit_id_day_index" on "screening"."daily_report" ("unit_id", "day");`);
    this.addSql(`alter table "screening"."daily_report" add constraint "daily_report_period_id_unit_id_day_unique" unique ("period_id", "unit_id", "day");`);

    this.addSql(`create table "screening"."sensitive_period_unit" ("id" uuid not null, "period_id" uuid not null, "unit_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "sensitive_period_unit_unit_id_index" on "screening"."sensitive_period_unit" ("unit_id");`);
    this.addSql(`alter table "screening"."sensitive_period_unit" add constraint "sensitive_period_unit_period_id_unit_id_unique" unique ("period_id", "unit_id");`);

    this.addSql(`create table "screening"."warning" ("id" uuid not null, "unit_id" uuid not null, "township_id" uuid not null, "expected_on" date not null, "destination_level" "screening"."visit_level" not null, "expected_head_count" int not null, "matter" text not null, "category_main" varchar(50) null, "category_sub" varchar(50) null, "filed_at" timestamptz not null, "filed_by" uuid not null, "status" "screening"."warning_status" not null default 'OPEN', "matched_case_id" uuid null, "matched_case_number" varchar(20) null, "visit_registered_at" timestamptz null, "matched_at" timestamptz null, "matched_by" uuid null, "rejected_case_ids" jsonb not null default '[]', "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "warning_township_id_index" on "screening"."warning" ("township_id");`);
    this.addSql(`alter table "screening"."warning" add constraint "warning_matched_case_id_unique" unique ("matched_case_id");`);
    this.addSql(`create index "warning_filed_at_id_index" on "screening"."warning" ("filed_at", "id");`);
    this.addSql(`create index "warning_unit_id_filed_at_index" on "screening"."warning" ("unit_id", "filed_at");`);

    this.addSql(`alter table "screening"."daily_report" add constraint "daily_report_period_id_foreign" foreign key ("period_id") references "screening"."sensitive_period" ("id") on delete cascade;`);

    this.addSql(`alter table "screening"."sensitive_period_unit" add constraint "sensitive_period_unit_period_id_foreign" foreign key ("period_id") references "screening"."sensitive_period" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "screening"."daily_report" drop constraint "daily_report_period_id_foreign";`);
    this.addSql(`alter table "screening"."sensitive_period_unit" drop constraint "sensitive_period_unit_period_id_foreign";`);

    this.addSql(`drop table if exists "screening"."screening_cadence" cascade;`);
    this.addSql(`drop table if exists "screening"."screening_report" cascade;`);
    this.addSql(`drop table if exists "screening"."sensitive_period" cascade;`);
    this.addSql(`drop table if exists "screening"."daily_report" cascade;`);
    this.addSql(`drop table if exists "screening"."sensitive_period_unit" cascade;`);
    this.addSql(`drop table if exists "screening"."warning" cascade;`);

    this.addSql(`drop type "screening"."cadence";`);
    this.addSql(`drop type "screening"."visit_level";`);
    this.addSql(`drop type "screening"."warning_status";`);
    this.addSql(`drop schema if exists "screening";`);
  }

}
