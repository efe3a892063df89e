import { Migration } from '@mikro-orm/migrations';

export class Migration20261123220000_sessions_and_decisions extends Migration {

  override name = 'Migration20261123220000_sessions_and_decisions';

  override up(): void | Promise<void> {
    this.addSql(`create table "meetings"."joint_meeting" ("id" uuid not null, "name" varchar(100) not null, "convenor_id" uuid not null, "office_unit_id" uuid not null, "member_unit_ids" jsonb not null, "working_groups" jsonb not null, "version" int not null default 1, primary key ("id"));`);

    this.addSql(`alter table "meetings"."meeting" add "subject" varchar(100) null, add "minutes" text null, add "minutes_published_at" timestamptz null, add "cancel_reason" text null, add "cancelled_at" timestamptz null;`);

    this.addSql(`create table "meetings"."decision" ("id" uuid not null, "agenda_item_id" uuid not null, "case_id" uuid null, "lead_unit_id" uuid not null, "cooperating_unit_ids" jsonb not null, "owner_leader_id" uuid null, "handler_name" varchar(50) not null, "deadline" date not null, "recorded_at" timestamptz not null, "evidence" text null, "evidence_at" timestamptz null, "carried_into_case" boolean not null default false, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "decision_agenda_item_id_index" on "meetings"."decision" ("agenda_item_id");`);
    this.addSql(`create index "decision_case_id_index" on "meetings"."decision" ("case_id");`);
    this.addSql(`create index "decision_deadline_index" on "meetings"."decision" ("deadline");`);
    this.addSql(`alter table "meetings"."decision" add constraint "decision_agenda_item_id_foreign" foreign key ("agenda_item_id") references "meetings"."agenda_item" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "meetings"."decision" cascade;`);
    this.addSql(`drop table if exists "meetings"."joint_meeting" cascade;`);
    this.addSql(`alter table "meetings"."meeting" drop column "subject", drop column "minutes", drop column "minutes_published_at", drop column "cancel_reason", drop column "cancelled_at";`);
  }

}
