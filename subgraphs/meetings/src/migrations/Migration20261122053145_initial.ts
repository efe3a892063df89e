import { Migration } from '@mikro-orm/migrations';

export class Migration20261122053145_initial extends Migration {

  override name = 'Migration20261122053145_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "meetings";`);
    this.addSql(`create type "meetings"."meeting_kind" as enum ('REGULAR', 'EXTRA');`);
    this.addSql(`create type "meetings"."meeting_status" as enum ('SCHEDULED', 'HELD', 'CANCELLED');`);
    this.addSql(`create table "meetings"."meeting" ("id" uuid not null, "session_number" int null, "title" varchar(100) not null, "kind" "meetings"."meeting_kind" not null, "status" "meetings"."meeting_status" not null, "held_on" date not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "meetings"."meeting" add constraint "meeting_session_number_unique" unique ("session_number");`);
    this.addSql(`create index "meeting_held_on_index" on "meetings"."meeting" ("held_on");`);

    this.addSql(`create table "meetings"."agenda_item" ("id" uuid not null, "meeting_id" uuid not null, "position" int not null, "title" varchar(200) not null, "decision" text null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "meetings"."agenda_item" add constraint "agenda_item_meeting_id_position_unique" unique ("meeting_id", "position");`);

    this.addSql(`create table "meetings"."agenda_item_case" ("id" uuid not null, "agenda_item_id" uuid not null, "case_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "agenda_item_case_case_id_index" on "meetings"."agenda_item_case" ("case_id");`);
    this.addSql(`alter table "meetings"."agenda_item_case" add constraint "agenda_item_case_agenda_item_id_case_id_unique" unique ("agenda_item_id", "case_id");`);

    this.addSql(`alter table "meetings"."agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meetings"."meeting" ("id") on delete cascade;`);

    this.addSql(`alter table "meetings"."agenda_item_case" add constraint "agenda_item_case_agenda_item_id_foreign" foreign key ("agenda_item_id") references "meetings"."agenda_item" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meetings"."agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);
    this.addSql(`alter table "meetings"."agenda_item_case" drop constraint "agenda_item_case_agenda_item_id_foreign";`);

    this.addSql(`drop table if exists "meetings"."meeting" cascade;`);
    this.addSql(`drop table if exists "meetings"."agenda_item" cascade;`);
    this.addSql(`drop table if exists "meetings"."agenda_item_case" cascade;`);

    this.addSql(`drop type "meetings"."meeting_kind";`);
    this.addSql(`drop type "meetings"."meeting_status";`);
    this.addSql(`drop schema if exists "meetings";`);
  }

}
