import { Migration } from '@mikro-orm/migrations';

export class Migration20261122061440_accounts extends Migration {

  override name = 'Migration20261122061440_accounts';

  override up(): void | Promise<void> {
    this.addSql(`create type "departments"."account_role" as enum ('REGISTRAR', 'LIAISON', 'SECRETARIAT', 'EVALUATOR', 'LEADER', 'ADMIN');`);
    this.addSql(`create table "departments"."account" ("id" uuid not null, "username" varchar(50) not null, "password_hash" text not null, "person_id" uuid not null, "role" "departments"."account_role" not null, "active" boolean not null default true, "failed_logins" int not null default 0, "last_failed_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "departments"."account" add constraint "account_username_unique" unique ("username");`);
    this.addSql(`create index "account_person_id_index" on "departments"."account" ("person_id");`);

    this.addSql(`create table "departments"."session" ("id" uuid not null, "account_id" uuid not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "session_account_id_index" on "departments"."session" ("account_id");`);

    this.addSql(`alter table "departments"."account" add constraint "account_person_id_foreign" foreign key ("person_id") references "departments"."person" ("id") on delete restrict;`);

    this.addSql(`alter table "departments"."session" add constraint "session_account_id_foreign" foreign key ("account_id") references "departments"."account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "departments"."session" drop constraint "session_account_id_foreign";`);

    this.addSql(`drop table if exists "departments"."account" cascade;`);
    this.addSql(`drop table if exists "departments"."session" cascade;`);

    this.addSql(`drop type "departments"."account_role";`);
  }

}
