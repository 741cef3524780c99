import { Migration } from '@mikro-orm/migrations';

export class Migration20261122021501_events extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "event_log" ("id" bigserial primary key, "stream" text check ("stream" in ('OFFER', 'PAYMENT')) not null, "type" varchar(40) not null, "occurred_at" timestamptz not null, "subject_id" varchar(40) not null, "team_ids" text[] not null, "user_ids" text[] not null, "data" jsonb not null);`);
    this.addSql(`create index "event_log_stream_id_index" on "event_log" ("stream", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_log" cascade;`);
  }

}
