import { Migration } from '@mikro-orm/migrations';

export class Migration20261122020805_money extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "ledger_account" ("id" varchar(40) not null, "key" varchar(200) not null, "owner_type" text check ("owner_type" in ('TEAM', 'USER', 'PLATFORM')) not null, "owner_id" varchar(40) null, "kind" text check ("kind" in ('CLIENT_FUNDING', 'ESCROW', 'PAYEE_PENDING', 'PAYEE_AVAILABLE', 'PAYOUTS_IN_FLIGHT', 'PAID_OUT', 'PLATFORM_FEES', 'COMMISSIONS_EXPENSE', 'COMMISSIONS_PAYABLE')) not null, "scope" varchar(40) null, "currency" varchar(3) not null default 'USD', "balance" bigint not null default 0, "created_at" timestamptz not null, constraint "ledger_account_pkey" primary key ("id"), constraint ledger_account_never_negative check (balance >= 0 or kind = 'CLIENT_FUNDING' or kind = 'COMMISSIONS_EXPENSE'));`);
    this.addSql(`alter table "ledger_account" add constraint "ledger_account_key_unique" unique ("key");`);
    this.addSql(`create index "ledger_account_owner_type_owner_id_index" on "ledger_account" ("owner_type", "owner_id");`);

    this.addSql(`create table "ledger_transaction" ("id" varchar(40) not null, "kind" text check ("kind" in ('CLIENT_CHARGE', 'ESCROW_RELEASE', 'ESCROW_REFUND', 'FUNDS_AVAILABLE', 'PAYOUT_REQUESTED', 'PAYOUT_PAID', 'PAYOUT_FAILED', 'COMMISSION_ACCRUED', 'COMMISSION_REVERSED', 'COMMISSION_PAID')) not null, "occurred_at" timestamptz not null, "contract_id" varchar(40) null, "milestone_id" varchar(40) null, "invoice_id" varchar(40) null, "payout_id" varchar(40) null, "referral_id" varchar(40) null, "actor_id" varchar(40) null, "memo" varchar(500) null, constraint "ledger_transaction_pkey" primary key ("id"));`);
    this.addSql(`create index "ledger_transaction_payout_id_index" on "ledger_transaction" ("payout_id");`);
    this.addSql(`create index "ledger_transaction_contract_id_index" on "ledger_transaction" ("contract_id");`);

    this.addSql(`create table "ledger_entry" ("id" varchar(40) not null, "transaction_id" varchar(40) not null, "account_id" varchar(40) not null, "amount" bigint not null, constraint "ledger_entry_pkey" primary key ("id"), constraint ledger_entry_amount_not_zero check (amount <> 0));`);
    this.addSql(`create index "ledger_entry_transaction_id_index" on "ledger_entry" ("transaction_id");`);
    this.addSql(`create index "ledger_entry_account_id_id_index" on "ledger_entry" ("account_id", "id");`);

    this.addSql(`create table "pending_release" ("id" varchar(40) not null, "transaction_id" varchar(40) not null, "pending_account_id" varchar(40) not null, "available_account_id" varchar(40) not null, "amount" bigint not null, "available_at" timestamptz not null, "released_at" timestamptz null, "release_transaction_id" varchar(40) null, constraint "pending_release_pkey" primary key ("id"), constraint pending_release_amount_positive check (amount > 0));`);
    this.addSql(`create index "pending_release_released_at_available_at_index" on "pending_release" ("released_at", "available_at");`);

    this.addSql(`create table "payout_method" ("id" varchar(40) not null, "team_id" varchar(40) null, "user_id" varchar(40) null, "kind" text check ("kind" in ('PAYPAL', 'ACH', 'BACS', 'CHECK')) not null, "details" jsonb not null, "created_by_id" varchar(40) not null, "created_at" timestamptz not null, "removed_at" timestamptz null, constraint "payout_method_pkey" primary key ("id"), constraint payout_method_one_owner check ((team_id is null) <> (user_id is null)));`);
    this.addSql(`create index "payout_method_user_id_removed_at_index" on "payout_method" ("user_id", "removed_at");`);
    this.addSql(`create index "payout_method_team_id_removed_at_index" on "payout_method" ("team_id", "removed_at");`);

    this.addSql(`create table "payout" ("id" varchar(40) not null, "team_id" varchar(40) null, "user_id" varchar(40) null, "payout_method_id" varchar(40) not null, "amount" bigint not null, "currency" varchar(3) not null default 'USD', "status" text check ("status" in ('PENDING', 'PAID', 'FAILED')) not null, "requested_by_id" varchar(40) not null, "requested_at" timestamptz not null, "settled_at" timestamptz null, "settled_by_id" varchar(40) null, "request_transaction_id" varchar(40) not null, "settle_transaction_id" varchar(40) null, constraint "payout_pkey" primary key ("id"), constraint payout_one_owner check ((team_id is null) <> (user_id is null)), constraint payout_amount_positive check (amount > 0));`);
    this.addSql(`create index "payout_status_requested_at_index" on "payout" ("status", "requested_at");`);
    this.addSql(`create index "payout_user_id_requested_at_index" on "payout" ("user_id", "requested_at");`);
    this.addSql(`create index "payout_team_id_requested_at_index" on "payout" ("team_id", "requested_at");`);

    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_transaction_id_foreign" foreign key ("transaction_id") references "ledger_transaction" ("id") on update cascade;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_account_id_foreign" foreign key ("account_id") references "ledger_account" ("id") on update cascade;`);

    this.addSql(`alter table "payout_method" add constraint "payout_method_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "payout_method" add constraint "payout_method_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "payout_method" add constraint "payout_method_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "payout" add constraint "payout_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "payout" add constraint "payout_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "payout" add constraint "payout_payout_method_id_foreign" foreign key ("payout_method_id") references "payout_method" ("id") on update cascade;`);
    this.addSql(`alter table "payout" add constraint "payout_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "payout" add constraint "payout_settled_by_id_foreign" foreign key ("settled_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_account_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_transaction_id_foreign";`);

    this.addSql(`alter table "payout" drop constraint "payout_payout_method_id_foreign";`);

    this.addSql(`drop table if exists "ledger_account" cascade;`);

    this.addSql(`drop table if exists "ledger_transaction" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "pending_release" cascade;`);

    this.addSql(`drop table if exists "payout_method" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);
  }

}
