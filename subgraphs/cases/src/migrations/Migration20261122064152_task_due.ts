import { Migration } from '@mikro-orm/migrations';

export class Migration20261122064152_task_due extends Migration {

  override name = 'Migration20261122064152_task_due';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cases"."case_task" add "due_days" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cases"."case_task" drop column "due_days";`);
  }

}
