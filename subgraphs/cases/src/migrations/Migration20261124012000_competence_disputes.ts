import { Migration } from '@mikro-orm/migrations';

export class Migration20261124012000_competence_disputes extends Migration {

  override name = 'Migration20261124012000_competence_disputes';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."case" add "competence_disputed_at" timestamptz null, add "competence_dispute_unit_id" uuid null, add "competence_dispute_reason" text null, add "competence_dispute_proposed_unit_id" uuid null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."case" drop column "competence_disputed_at", drop column "competence_dispute_unit_id", drop column "competence_dispute_reason", drop column "competence_dispute_proposed_unit_id";`);
  }

}
