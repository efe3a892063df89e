import { Migration } from '@mikro-orm/migrations';

export class Migration20261124004500_unit_roster extends Migration {

  override name = 'Migration20261124004500_unit_roster';

  override up(): void | Promise<void> {
    this.addSql(`create table "screening"."unit" ("id" uuid not null, "kind" varchar(20) not null, "active" boolean not null, "name" varchar(100) not null, "version" int not null, "owes_since" timestamptz null, "updated_at" timestamptz not null, primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "screening"."unit" cascade;`);
  }

}
