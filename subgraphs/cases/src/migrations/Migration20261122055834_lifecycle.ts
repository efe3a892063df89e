import { Migration } from '@mikro-orm/migrations';

export class Migration20261122055834_lifecycle extends Migration {

  override name = 'Migration20261122055834_lifecycle';

  override up(): void | Promise<void> {
    this.addSql(`create type "cases"."satisfaction" as enum ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');`);
    this.addSql(`create type "cases"."clock_kind" as enum ('ROUTE', 'ACCEPT', 'HANDLE', 'REVIEW_REQUEST', 'REVIEW_DECISION', 'RE_REVIEW_REQUEST', 'RE_REVIEW_DECISION');`);
    this.addSql(`create type "cases"."task_role" as enum ('LEAD', 'COOPERATING');`);
    this.addSql(`create type "cases"."task_status" as enum ('ASSIGNED', 'SIGNED_FOR', 'DONE', 'WITHDRAWN');`);
    this.addSql(`create type "cases"."supervision_method" as enum ('PHONE', 'HEARING_HANDLER', 'TALKING_TO_PETITIONER', 'ON_SITE', 'DOCUMENT');`);
    this.addSql(`create table "cases"."case_event" ("id" bigserial primary key, "case_id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "unit_id" uuid null, "action" varchar(40) not null, "from_status" "cases"."case_status" null, "to_status" "cases"."case_status" null, "note" text null);`);
    this.addSql(`create index "case_event_case_id_index" on "cases"."case_event" ("case_id");`);

    this.addSql(`create table "cases"."case_task" ("id" uuid not null, "case_id" uuid not null, "unit_id" uuid not null, "role" "cases"."task_role" not null, "status" "cases"."task_status" not null, "assigned_at" timestamptz not null, "due_at" timestamptz not null, "signed_for_at" timestamptz null, "completed_at" timestamptz null, "result" text null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "case_task_case_id_index" on "cases"."case_task" ("case_id");`);
    this.addSql(`create index "case_task_unit_id_status_index" on "cases"."case_task" ("unit_id", "status");`);

    this.addSql(`create table "cases"."extension" ("id" uuid not null, "case_id" uuid not null, "at" timestamptz not null, "days" int not null, "approver_id" uuid not null, "reason" text not null, primary key ("id"));`);
    this.addSql(`create index "extension_case_id_index" on "cases"."extension" ("case_id");`);

    this.addSql(`create table "cases"."petitioner" ("id" uuid not null, "case_id" uuid not null, "position" int not null, "name" varchar(50) not null, "id_number" varchar(18) null, "phone" varchar(20) null, "address" varchar(200) null, primary key ("id"));`);
    this.addSql(`create index "petitioner_case_id_index" on "cases"."petitioner" ("case_id");`);
    this.addSql(`create index "petitioner_name_phone_index" on "cases"."petitioner" ("name", "phone");`);
    this.addSql(`create index "petitioner_id_number_index" on "cases"."petitioner" ("id_number");`);

    this.addSql(`create table "cases"."supervision" ("id" uuid not null, "case_id" uuid not null, "at" timestamptz not null, "supervisor_id" uuid not null, "method" "cases"."supervision_method" not null, "request" text not null, "answer" text null, primary key ("id"));`);
    this.addSql(`create index "supervision_case_id_index" on "cases"."supervision" ("case_id");`);

    this.addSql(`alter table "cases"."case" add "demands" text null, add "assigning_level" "cases"."visit_level" null, add "assigning_document" varchar(100) null, add "attachments" jsonb not null default '[]', add "rule_set" varchar(30) not null default 'NATIONAL', add "idempotency_key" varchar(64) null, add "accepted_at" timestamptz null, add "assigned_at" timestamptz null, add "signed_for_at" timestamptz null, add "replied_at" timestamptz null, add "reply" text null, add "satisfaction" "cases"."satisfaction" null, add "not_accepted_reason" text null, add "redirect_to" varchar(100) null, add "review_requested_at" timestamptz null, add "review_decided_at" timestamptz null, add "re_review_requested_at" timestamptz null, add "re_review_decided_at" timestamptz null, add "extension_days" int not null default 0, add "running_clock" "cases"."clock_kind" null, add "due_at" timestamptz null, add "repeat_of_id" uuid null, add "not_to_be_accepted_again" boolean not null default false, add "merged_into_id" uuid null, add "leader_id" uuid null, add "handler_id" uuid null, add "placarded" boolean not null default false;`);
    this.addSql(`alter table "cases"."case" add constraint "case_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "case_due_at_index" on "cases"."case" ("due_at");`);
    this.addSql(`create index "case_repeat_of_id_index" on "cases"."case" ("repeat_of_id");`);
    this.addSql(`create index "case_merged_into_id_index" on "cases"."case" ("merged_into_id");`);

    this.addSql(`alter table "cases"."case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on delete cascade;`);

    this.addSql(`alter table "cases"."case_task" add constraint "case_task_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on delete cascade;`);

    this.addSql(`alter table "cases"."extension" add constraint "extension_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on delete cascade;`);

    this.addSql(`alter table "cases"."petitioner" add constraint "petitioner_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on delete cascade;`);

    this.addSql(`alter table "cases"."supervision" add constraint "supervision_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."case_event" cascade;`);
    this.addSql(`drop table if exists "cases"."case_task" cascade;`);
    this.addSql(`drop table if exists "cases"."extension" cascade;`);
    this.addSql(`drop table if exists "cases"."petitioner" cascade;`);
    this.addSql(`drop table if exists "cases"."supervision" cascade;`);

    this.addSql(`alter table "cases"."case" drop constraint "case_idempotency_key_unique";`);
    this.addSql(`drop index "cases"."case_due_at_index";`);
    this.addSql(`drop index "cases"."case_repeat_of_id_index";`);
    this.addSql(`drop index "cases"."case_merged_into_id_index";`);
    this.addSql(`alter table "cases"."case" drop column "demands", drop column "assigning_level", drop column "assigning_document", drop column "attachments", drop column "rule_set", drop column "idempotency_key", drop column "accepted_at", drop column "assigned_at", drop column "signed_for_at", drop column "replied_at", drop column "reply", drop column "satisfaction", drop column "not_accepted_reason", drop column "redirect_to", drop column "review_requested_at", drop column "review_decided_at", drop column "re_review_requested_at", drop column "re_review_decided_at", drop column "extension_days", drop column "running_clock", drop column "due_at", drop column "repeat_of_id", drop column "not_to_be_accepted_again", drop column "merged_into_id", drop column "leader_id", drop column "handler_id", drop column "placarded";`);

    this.addSql(`drop type "cases"."satisfaction";`);
    this.addSql(`drop type "cases"."clock_kind";`);
    this.addSql(`drop type "cases"."task_role";`);
    this.addSql(`drop type "cases"."task_status";`);
    this.addSql(`drop type "cases"."supervision_method";`);
  }

}
