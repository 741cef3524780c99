import { Migration } from '@mikro-orm/migrations';

export class Migration20261122020856_affiliates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "affiliate" ("id" varchar(40) not null, "user_id" varchar(40) not null, "status" text check ("status" in ('PENDING_REVIEW', 'APPROVED', 'REJECTED')) not null, "code" varchar(16) not null, "country" varchar(2) not null, "traffic_sources" text[] not null, "sites" jsonb not null, "audience" varchar(2000) null, "created_at" timestamptz not null, "reviewed_at" timestamptz null, "reviewed_by_id" varchar(40) null, "decision_reason" varchar(1000) null, constraint "affiliate_pkey" primary key ("id"));`);
    this.addSql(`alter table "affiliate" add constraint "affiliate_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "affiliate" add constraint "affiliate_code_unique" unique ("code");`);
    this.addSql(`create index "affiliate_status_created_at_index" on "affiliate" ("status", "created_at");`);

    this.addSql(`create table "promotional_material" ("id" varchar(40) not null, "affiliate_id" varchar(40) not null, "kind" text check ("kind" in ('BANNER', 'TEXT_LINK', 'LOGO', 'WIDGET')) not null, "created_at" timestamptz not null, constraint "promotional_material_pkey" primary key ("id"));`);
    this.addSql(`alter table "promotional_material" add constraint "promotional_material_affiliate_id_kind_unique" unique ("affiliate_id", "kind");`);

    this.addSql(`create table "referral_click" ("id" varchar(40) not null, "affiliate_id" varchar(40) not null, "material_id" varchar(40) null, "referrer" varchar(2048) null, "user_agent" varchar(512) null, "created_at" timestamptz not null, constraint "referral_click_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_click_material_id_index" on "referral_click" ("material_id");`);
    this.addSql(`create index "referral_click_affiliate_id_created_at_index" on "referral_click" ("affiliate_id", "created_at");`);

    this.addSql(`create table "referral" ("id" varchar(40) not null, "affiliate_id" varchar(40) not null, "referred_user_id" varchar(40) not null, "click_id" varchar(40) not null, "created_at" timestamptz not null, constraint "referral_pkey" primary key ("id"));`);
    this.addSql(`alter table "referral" add constraint "referral_referred_user_id_unique" unique ("referred_user_id");`);
    this.addSql(`create index "referral_click_id_index" on "referral" ("click_id");`);
    this.addSql(`create index "referral_created_at_index" on "referral" ("created_at");`);
    this.addSql(`create index "referral_affiliate_id_created_at_index" on "referral" ("affiliate_id", "created_at");`);

    this.addSql(`alter table "affiliate" add constraint "affiliate_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "affiliate" add constraint "affiliate_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "promotional_material" add constraint "promotional_material_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`);

    this.addSql(`alter table "referral_click" add constraint "referral_click_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`);
    this.addSql(`alter table "referral_click" add constraint "referral_click_material_id_foreign" foreign key ("material_id") references "promotional_material" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "referral" add constraint "referral_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_referred_user_id_foreign" foreign key ("referred_user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_click_id_foreign" foreign key ("click_id") references "referral_click" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "promotional_material" drop constraint "promotional_material_affiliate_id_foreign";`);

    this.addSql(`alter table "referral_click" drop constraint "referral_click_affiliate_id_foreign";`);

    this.addSql(`alter table "referral" drop constraint "referral_affiliate_id_foreign";`);

    this.addSql(`alter table "referral_click" drop constraint "referral_click_material_id_foreign";`);

    this.addSql(`alter table "referral" drop constraint "referral_click_id_foreign";`);

    this.addSql(`drop table if exists "affiliate" cascade;`);

    this.addSql(`drop table if exists "promotional_material" cascade;`);

    this.addSql(`drop table if exists "referral_click" cascade;`);

    this.addSql(`drop table if exists "referral" cascade;`);
  }

}
