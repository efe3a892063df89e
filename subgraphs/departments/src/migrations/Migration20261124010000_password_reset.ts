import { Migration } from '@mikro-orm/migrations';

export class Migration20261124010000_password_reset extends Migration {

  override name = 'Migration20261124010000_password_reset';

  override up(): void | Promise<void> {
    this.addSql(`alter table "departments"."account" add "must_change_password" boolean not null default false;`);
    this.addSql(`alter type "departments"."account_action" add value if not exists 'PASSWORD_RESET';`);
    this.addSql(`alter type "departments"."account_action" add value if not exists 'PASSWORD_CHANGED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "departments"."account" drop column "must_change_password";`);
  }

}
