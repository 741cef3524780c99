import { Migration } from '@mikro-orm/migrations';

export class Migration20261129184919_rate_limits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit_bucket" ("key" varchar(400) not null, "used" int not null, "reset_at" timestamptz not null, "allowed" boolean not null, "last_cost" int not null, "window_limit" int not null, constraint "rate_limit_bucket_pkey" primary key ("key"));`);
    this.addSql(`create index "rate_limit_bucket_reset_at_index" on "rate_limit_bucket" ("reset_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_bucket" cascade;`);
  }

}
