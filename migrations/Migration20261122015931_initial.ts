import { Migration } from '@mikro-orm/migrations';

export class Migration20261122015931_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_key" ("actor_id" varchar(40) not null, "key" varchar(200) not null, "operation" varchar(60) not null, "request_hash" varchar(64) not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("actor_id", "key"));`);

    this.addSql(`create table "test_clock" ("id" int not null default 1, "offset_ms" bigint not null, constraint "test_clock_pkey" primary key ("id"));`);

    this.addSql(`create table "app_user" ("id" varchar(40) not null, "email" varchar(320) not null, "name" varchar(200) not null, "password_hash" varchar(200) not null, "default_team_id" varchar(40) null, "connects_balance" int not null default 0, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_created_at_index" on "app_user" ("created_at");`);

    this.addSql(`create table "team" ("id" varchar(40) not null, "name" varchar(200) not null, "kind" text check ("kind" in ('AGENCY', 'CLIENT')) not null, "owner_id" varchar(40) not null, "connects_balance" int not null default 0, "created_at" timestamptz not null, constraint "team_pkey" primary key ("id"));`);
    this.addSql(`create index "team_owner_id_index" on "team" ("owner_id");`);
    this.addSql(`create index "team_created_at_index" on "team" ("created_at");`);

    this.addSql(`create table "member" ("id" varchar(40) not null, "team_id" varchar(40) not null, "user_id" varchar(40) not null, "roles" text[] not null, "relationship" text check ("relationship" in ('EXCLUSIVE', 'NON_EXCLUSIVE')) null, "status" text check ("status" in ('ACTIVE', 'LEFT', 'REMOVED')) not null, "joined_at" timestamptz not null, "left_at" timestamptz null, constraint "member_pkey" primary key ("id"));`);
    this.addSql(`create index "member_user_id_status_index" on "member" ("user_id", "status");`);
    this.addSql(`create index "member_team_id_status_index" on "member" ("team_id", "status");`);

    this.addSql(`create table "team_invitation" ("id" varchar(40) not null, "team_id" varchar(40) not null, "email" varchar(320) not null, "roles" text[] not null, "relationship" text check ("relationship" in ('EXCLUSIVE', 'NON_EXCLUSIVE')) null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')) not null, "invited_by_id" varchar(40) not null, "created_at" timestamptz not null, "responded_at" timestamptz null, "member_id" varchar(40) null, constraint "team_invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "team_invitation_team_id_status_index" on "team_invitation" ("team_id", "status");`);
    this.addSql(`create index "team_invitation_email_status_index" on "team_invitation" ("email", "status");`);

    this.addSql(`create table "connects_entry" ("id" varchar(40) not null, "team_id" varchar(40) null, "user_id" varchar(40) null, "kind" text check ("kind" in ('PURCHASE', 'SPEND', 'REFUND')) not null, "change" int not null, "balance_after" int not null, "proposal_id" varchar(40) null, "job_id" varchar(40) null, "actor_id" varchar(40) not null, "created_at" timestamptz not null, constraint "connects_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "connects_entry_user_id_created_at_index" on "connects_entry" ("user_id", "created_at");`);
    this.addSql(`create index "connects_entry_team_id_created_at_index" on "connects_entry" ("team_id", "created_at");`);

    this.addSql(`alter table "team" add constraint "team_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "member" add constraint "member_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);
    this.addSql(`alter table "member" add constraint "member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "team_invitation" add constraint "team_invitation_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);
    this.addSql(`alter table "team_invitation" add constraint "team_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "team_invitation" add constraint "team_invitation_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "connects_entry" add constraint "connects_entry_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "connects_entry" add constraint "connects_entry_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "connects_entry" add constraint "connects_entry_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "team" drop constraint "team_owner_id_foreign";`);

    this.addSql(`alter table "member" drop constraint "member_user_id_foreign";`);

    this.addSql(`alter table "team_invitation" drop constraint "team_invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "connects_entry" drop constraint "connects_entry_user_id_foreign";`);

    this.addSql(`alter table "connects_entry" drop constraint "connects_entry_actor_id_foreign";`);

    this.addSql(`alter table "member" drop constraint "member_team_id_foreign";`);

    this.addSql(`alter table "team_invitation" drop constraint "team_invitation_team_id_foreign";`);

    this.addSql(`alter table "connects_entry" drop constraint "connects_entry_team_id_foreign";`);

    this.addSql(`alter table "team_invitation" drop constraint "team_invitation_member_id_foreign";`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "test_clock" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "member" cascade;`);

    this.addSql(`drop table if exists "team_invitation" cascade;`);

    this.addSql(`drop table if exists "connects_entry" cascade;`);
  }

}
