import { Migration } from '@mikro-orm/migrations';

export class Migration20261123213519_rooms_and_times extends Migration {

  override name = 'Migration20261123213519_rooms_and_times';

  override up(): void | Promise<void> {
    this.addSql(`create table "meetings"."room" ("id" uuid not null, "name" varchar(100) not null, "seats" int not null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "meetings"."room" add constraint "room_name_unique" unique ("name");`);

    this.addSql(`alter type "meetings"."meeting_status" add value if not exists 'PLANNED' before 'SCHEDULED';`);
    this.addSql(`alter type "meetings"."meeting_status" add value if not exists 'MINUTES_PUBLISHED' after 'HELD';`);
    this.addSql(`alter table "meetings"."meeting" add "starts_at" timestamptz null, add "ends_at" timestamptz null, add "room_id" uuid null, add "pinned_time" boolean not null default false, add "pinned_room" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "meetings"."room" cascade;`);

    this.addSql(`alter table "meetings"."meeting" drop column "starts_at", drop column "ends_at", drop column "room_id", drop column "pinned_time", drop column "pinned_room";`);
  }

}
