import { Migration } from '@mikro-orm/migrations';

export class Migration20261123195516_merged_at extends Migration {

  override name = 'Migration20261123195516_merged_at';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."case" add "merged_at" timestamptz null;`);
    // cases merged before: the time of their last merge on the timeline
    this.addSql(`update "cases"."case" c set "merged_at" = (select max(e."at") from "cases"."case_event" e where e."case_id" = c."id" and e."action" = 'MERGED') where c."merged_into_id" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."case" drop column "merged_at";`);
  }

}
