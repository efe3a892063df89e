import { Migration } from '@mikro-orm/migrations';

export class Migration20261123214006_backdated_imports extends Migration {

  override name = 'Migration20261123214006_backdated_imports';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."case" add "legacy_number" varchar(40) null;`);
    this.addSql(`alter table "cases"."case" add constraint "case_legacy_number_unique" unique ("legacy_number");`);

    this.addSql(`alter table "cases"."case_event" add "backdated" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."case" drop constraint "case_legacy_number_unique";`);
    this.addSql(`alter table "cases"."case" drop column "legacy_number";`);

    this.addSql(`alter table "cases"."case_event" drop column "backdated";`);
  }

}
