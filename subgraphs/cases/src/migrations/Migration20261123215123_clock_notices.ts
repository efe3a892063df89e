import { Migration } from '@mikro-orm/migrations';

export class Migration20261123215123_clock_notices extends Migration {

  override name = 'Migration20261123215123_clock_notices';

  override up(): void | Promise<void> {
    this.addSql(`create table "cases"."clock_notice" ("case_id" uuid not null, "clock" varchar(30) not null, "threshold" smallint not null, "notified_at" timestamptz not null, primary key ("case_id", "clock", "threshold"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cases"."clock_notice" cascade;`);
  }

}
