import { Migration } from '@mikro-orm/migrations';

export class Migration20261123192135_account_administration extends Migration {

  override name = 'Migration20261123192135_account_administration';

  override up(): void | Promise<void> {
    this.addSql(`create type "departments"."account_action" as enum ('DEACTIVATED', 'SESSIONS_ENDED');`);
    this.addSql(`create type "departments"."session_end" as enum ('SIGNED_OUT', 'ENDED_BY_ADMIN', 'ACCOUNT_DEACTIVATED');`);
    this.addSql(`create table "departments"."account_event" ("id" bigserial primary key, "account_id" uuid not null, "action" "departments"."account_action" not null, "at" timestamptz not null, "by" varchar(50) not null, "by_account_id" uuid not null, "reason" text not null, "sessions_ended" int not null);`);
    this.addSql(`create index "account_event_account_id_index" on "departments"."account_event" ("account_id");`);

    this.addSql(`alter table "departments"."session" add "revoked_reason" "departments"."session_end" null;`);

    this.addSql(`alter table "departments"."account_event" add constraint "account_event_account_id_foreign" foreign key ("account_id") references "departments"."account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "departments"."account_event" cascade;`);

    this.addSql(`alter table "departments"."session" drop column "revoked_reason";`);

    this.addSql(`drop type "departments"."account_action";`);
    this.addSql(`drop type "departments"."session_end";`);
  }

}
