import { Migration } from '@mikro-orm/migrations';

export class Migration20261122022526_commissions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "commission" ("id" varchar(40) not null, "affiliate_id" varchar(40) not null, "referral_id" varchar(40) not null, "contract_id" varchar(40) null, "amount" bigint not null, "currency" varchar(3) not null default 'USD', "earned_at" timestamptz not null, "month" varchar(7) not null, "transaction_id" varchar(40) not null, "payout_id" varchar(40) null, constraint "commission_pkey" primary key ("id"), constraint commission_amount_not_zero check (amount <> 0));`);
    this.addSql(`create index "commission_month_affiliate_id_index" on "commission" ("month", "affiliate_id");`);
    this.addSql(`create index "commission_payout_id_index" on "commission" ("payout_id");`);
    this.addSql(`create index "commission_referral_id_index" on "commission" ("referral_id");`);
    this.addSql(`create index "commission_affiliate_id_earned_at_index" on "commission" ("affiliate_id", "earned_at");`);

    this.addSql(`alter table "commission" add constraint "commission_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`);
    this.addSql(`alter table "commission" add constraint "commission_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade;`);
    this.addSql(`alter table "commission" add constraint "commission_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "commission" add constraint "commission_payout_id_foreign" foreign key ("payout_id") references "payout" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "referral" add column "first_contract_id" varchar(40) null;`);
    this.addSql(`alter table "referral" add constraint "referral_first_contract_id_foreign" foreign key ("first_contract_id") references "contract" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission" cascade;`);

    this.addSql(`alter table "referral" drop constraint "referral_first_contract_id_foreign";`);

    this.addSql(`alter table "referral" drop column "first_contract_id";`);
  }

}
