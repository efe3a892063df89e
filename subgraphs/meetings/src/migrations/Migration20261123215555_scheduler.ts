import { Migration } from '@mikro-orm/migrations';

export class Migration20261123215555_scheduler extends Migration {

  override name = 'Migration20261123215555_scheduler';

  override up(): void | Promise<void> {
    this.addSql(`create type "meetings"."busy_subject" as enum ('PERSON', 'UNIT');`);
    this.addSql(`create table "meetings"."busy_time" ("id" uuid not null, "subject_kind" "meetings"."busy_subject" not null, "subject_id" uuid not null, "reason" varchar(100) not null, "weekday" smallint null, "start_time" varchar(5) null, "end_time" varchar(5) null, "starts_at" timestamptz null, "ends_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "busy_time_subject_id_index" on "meetings"."busy_time" ("subject_id");`);

    this.addSql(`create table "meetings"."meeting_plan" ("id" uuid not null, "from_day" date not null, "to_day" date not null, "created_by" uuid not null, "created_at" timestamptz not null, "engine" varchar(20) not null, "optimal" boolean not null, "feasible" boolean not null, "hard" int not null, "soft" double precision not null, "solve_ms" int not null, "sessions" jsonb not null, "score" jsonb not null, "reasons" jsonb not null, "conflict" jsonb null, "applied_at" timestamptz null, primary key ("id"));`);

    this.addSql(`create table "meetings"."scheduling_settings" ("id" int not null, "office_hours" jsonb not null, "grain_minutes" int not null, "default_duration_minutes" int not null, "deadline_margin_days" int not null, "persons_per_unit" int not null, "weights" jsonb not null, "standing_attendees" jsonb not null, "version" int not null default 1, primary key ("id"));`);

    this.addSql(`alter table "meetings"."meeting" add "duration_minutes" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "meetings"."busy_time" cascade;`);
    this.addSql(`drop table if exists "meetings"."meeting_plan" cascade;`);
    this.addSql(`drop table if exists "meetings"."scheduling_settings" cascade;`);

    this.addSql(`alter table "meetings"."meeting" drop column "duration_minutes";`);

    this.addSql(`drop type "meetings"."busy_subject";`);
  }

}
