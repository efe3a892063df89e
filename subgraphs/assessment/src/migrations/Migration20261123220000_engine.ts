import { Migration } from '@mikro-orm/migrations';

export class Migration20261123220000_engine extends Migration {

  override name = 'Migration20261123220000_engine';

  override up(): void | Promise<void> {
    this.addSql(`create type "assessment"."unit_scope" as enum ('TOWNSHIPS', 'DEPARTMENTS', 'BOTH');`);
    this.addSql(`create type "assessment"."publication_status" as enum ('DRAFT', 'PUBLISHED');`);
    this.addSql(`alter table "assessment"."assessment_scheme" add column "issuing_body" varchar(100) null, add column "unit_scope" "assessment"."unit_scope" not null default 'TOWNSHIPS', add column "valid_from" varchar(10) null, add column "valid_until" varchar(10) null, add column "definition" jsonb null, add column "status" "assessment"."publication_status" not null default 'PUBLISHED';`);
    this.addSql(`alter table "assessment"."assessment_scheme" alter column "published_at" drop not null;`);

    this.addSql(`create table "assessment"."assessment_run" ("id" uuid not null, "scheme_id" uuid not null, "period" varchar(10) not null, "status" "assessment"."publication_status" not null, "computed_at" timestamptz not null, "published_at" timestamptz null, "seed" int not null, "monte_carlo_runs" int not null, "reporting_facts_available" boolean not null, "units" jsonb not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "assessment_run_scheme_id_period_index" on "assessment"."assessment_run" ("scheme_id", "period");`);
    // one published run per scheme version and period: a published ranking is never replaced
    this.addSql(`create unique index "assessment_run_published_unique" on "assessment"."assessment_run" ("scheme_id", "period") where "status" = 'PUBLISHED';`);
    this.addSql(`alter table "assessment"."assessment_run" add constraint "assessment_run_scheme_id_foreign" foreign key ("scheme_id") references "assessment"."assessment_scheme" ("id") on delete restrict;`);

    this.addSql(`alter table "assessment"."ranking_entry" add column "run_id" uuid null, add column "in_reward_group" boolean not null default false, add column "in_key_management_group" boolean not null default false, add column "previous_rank" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment"."ranking_entry" drop column "run_id", drop column "in_reward_group", drop column "in_key_management_group", drop column "previous_rank";`);
    this.addSql(`drop table if exists "assessment"."assessment_run" cascade;`);
    this.addSql(`alter table "assessment"."assessment_scheme" drop column "issuing_body", drop column "unit_scope", drop column "valid_from", drop column "valid_until", drop column "definition", drop column "status";`);
    this.addSql(`drop type "assessment"."publication_status";`);
    this.addSql(`drop type "assessment"."unit_scope";`);
  }

}
