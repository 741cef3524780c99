import { Migration } from '@mikro-orm/migrations';

export class Migration20261129215221_event_history extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "event_log" add column "actor_id" varchar(40) null;`);
    this.addSql(`create index "event_log_team_ids_index" on "event_log" using gin ("team_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "event_log_team_ids_index";`);
    this.addSql(`alter table "event_log" drop column "actor_id";`);
  }

}
