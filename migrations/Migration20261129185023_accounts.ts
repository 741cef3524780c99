import { Migration } from '@mikro-orm/migrations';

export class Migration20261129185023_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "account_token" ("token_hash" varchar(64) not null, "user_id" varchar(40) not null, "purpose" text check ("purpose" in ('VERIFY_EMAIL', 'RESET_PASSWORD')) not null, "email" varchar(320) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_token_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "account_token_user_id_purpose_index" on "account_token" ("user_id", "purpose");`);

    this.addSql(`create table "user_session" ("id" varchar(40) not null, "user_id" varchar(40) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "user_agent" varchar(512) null, "revoked_at" timestamptz null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`create index "user_session_user_id_revoked_at_index" on "user_session" ("user_id", "revoked_at");`);

    this.addSql(`alter table "app_user" add column "email_verified_at" timestamptz null, add column "pending_email" varchar(320) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_token" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`alter table "app_user" drop column "email_verified_at", drop column "pending_email";`);
  }

}
