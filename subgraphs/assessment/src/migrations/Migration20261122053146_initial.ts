import { Migration } from '@mikro-orm/migrations';

export class Migration20261122053146_initial extends Migration {

  override name = 'Migration20261122053146_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "assessment";`);
    this.addSql(`create type "assessment"."period_kind" as enum ('MONTH', 'QUARTER', 'YEAR');`);
    this.addSql(`create table "assessment"."assessment_scheme" ("id" uuid not null, "document_number" varchar(50) not null, "name" varchar(200) not null, "scheme_version" int not null, "period_kind" "assessment"."period_kind" not null, "published_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "assessment"."assessment_scheme" add constraint "assessment_scheme_document_number_scheme_version_unique" unique ("document_number", "scheme_version");`);

    this.addSql(`create table "assessment"."ranking_entry" ("id" uuid not null, "scheme_id" uuid not null, "period" varchar(10) not null, "unit_id" uuid not null, "score" double precision not null, "rank" int not null, "ranked_units" int not null, "vetoed" boolean not null default false, "published_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "ranking_entry_unit_id_period_index" on "assessment"."ranking_entry" ("unit_id", "period");`);
    this.addSql(`alter table "assessment"."ranking_entry" add constraint "ranking_entry_scheme_id_period_unit_id_unique" unique ("scheme_id", "period", "unit_id");`);

    this.addSql(`alter table "assessment"."ranking_entry" add constraint "ranking_entry_scheme_id_foreign" foreign key ("scheme_id") references "assessment"."assessment_scheme" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment"."ranking_entry" drop constraint "ranking_entry_scheme_id_foreign";`);

    this.addSql(`drop table if exists "assessment"."assessment_scheme" cascade;`);
    this.addSql(`drop table if exists "assessment"."ranking_entry" cascade;`);

    this.addSql(`drop type "assessment"."period_kind";`);
    this.addSql(`drop schema if exists "assessment";`);
  }

}
