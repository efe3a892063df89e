import { Migration } from '@mikro-orm/migrations';

export class Migration20261123233301_report_notices extends Migration {

  override name = 'Migration20261123233301_report_notices';

  override up(): void | Promise<void> {
    this.addSql(`create table "screening"."report_notice" ("key" varchar(200) not null, "unit_id" uuid not null, "notified_at" timestamptz not null, primary key ("key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "screening"."report_notice" cascade;`);
  }

}
