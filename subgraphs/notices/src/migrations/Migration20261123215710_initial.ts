import { Migration } from '@mikro-orm/migrations';

export class Migration20261123215710_initial extends Migration {

  override name = 'Migration20261123215710_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "notices";`);
    this.addSql(`create type "notices"."delivery_channel" as enum ('EMAIL', 'SMS');`);
    this.addSql(`create type "notices"."delivery_status" as enum ('PENDING', 'SENT', 'RETRYING', 'FAILED');`);
    this.addSql(`create table "notices"."notice" ("id" uuid not null, "key" varchar(200) not null, "addressee" varchar(60) not null, "kind" varchar(40) not null, "title" varchar(200) not null, "body" text null, "subject_type" varchar(40) null, "subject_id" varchar(64) null, "subject_label" varchar(100) null, "occurred_at" timestamptz not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "notice_addressee_created_at_id_index" on "notices"."notice" ("addressee", "created_at", "id");`);
    this.addSql(`alter table "notices"."notice" add constraint "notice_key_addressee_unique" unique ("key", "addressee");`);

    this.addSql(`create table "notices"."notice_contact" ("person_id" uuid not null, "unit_id" uuid not null, "email" varchar(200) null, "mobile" varchar(20) null, "updated_at" timestamptz not null, primary key ("person_id"));`);
    this.addSql(`create index "notice_contact_unit_id_index" on "notices"."notice_contact" ("unit_id");`);

    this.addSql(`create table "notices"."notice_delivery" ("id" uuid not null, "notice_id" uuid not null, "person_id" uuid not null, "channel" "notices"."delivery_channel" not null, "target" varchar(200) not null, "status" "notices"."delivery_status" not null, "attempts" int not null default 0, "last_error" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "notice_delivery_status_updated_at_id_index" on "notices"."notice_delivery" ("status", "updated_at", "id");`);
    this.addSql(`alter table "notices"."notice_delivery" add constraint "notice_delivery_notice_id_person_id_channel_unique" unique ("notice_id", "person_id", "channel");`);

    this.addSql(`create table "notices"."notice_read" ("notice_id" uuid not null, "person_id" uuid not null, "read_at" timestamptz not null, primary key ("notice_id", "person_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notices"."notice" cascade;`);
    this.addSql(`drop table if exists "notices"."notice_contact" cascade;`);
    this.addSql(`drop table if exists "notices"."notice_delivery" cascade;`);
    this.addSql(`drop table if exists "notices"."notice_read" cascade;`);

    this.addSql(`drop type "notices"."delivery_channel";`);
    this.addSql(`drop type "notices"."delivery_status";`);
    this.addSql(`drop schema if exists "notices";`);
  }

}
