import { Migration } from '@mikro-orm/migrations';

export class Migration20261122023141_milestones_money extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "milestone_change" ("id" varchar(40) not null, "milestone_id" varchar(40) not null, "changed_by_id" varchar(40) null, "changed_at" timestamptz not null, "from_status" text check ("from_status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUNDED')) null, "to_status" text check ("to_status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUNDED')) not null, "message" text null, constraint "milestone_change_pkey" primary key ("id"));`);
    this.addSql(`create index "milestone_change_milestone_id_changed_at_index" on "milestone_change" ("milestone_id", "changed_at");`);

    this.addSql(`create table "invoice" ("id" varchar(40) not null, "contract_id" varchar(40) not null, "week_start" timestamptz not null, "week_end" timestamptz not null, "minutes" int not null, "amount_cents" bigint not null, "fee_cents" bigint not null, "created_at" timestamptz not null, constraint "invoice_pkey" primary key ("id"), constraint invoice_amounts_not_negative check (amount_cents >= 0 and fee_cents >= 0 and minutes > 0));`);
    this.addSql(`alter table "invoice" add constraint "invoice_contract_id_week_start_unique" unique ("contract_id", "week_start");`);

    this.addSql(`alter table "milestone_change" add constraint "milestone_change_milestone_id_foreign" foreign key ("milestone_id") references "milestone" ("id") on update cascade;`);
    this.addSql(`alter table "milestone_change" add constraint "milestone_change_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "invoice" add constraint "invoice_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade;`);

    this.addSql(`alter table "milestone" drop constraint if exists "milestone_status_check";`);

    this.addSql(`alter table "time_entry" add column "invoice_id" varchar(40) null, add column "billed_minutes" int null;`);

    this.addSql(`alter table "milestone" add constraint "milestone_status_check" check("status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUNDED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "milestone_change" cascade;`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`alter table "milestone" drop constraint if exists "milestone_status_check";`);

    this.addSql(`alter table "milestone" add constraint "milestone_status_check" check("status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'));`);

    this.addSql(`alter table "time_entry" drop column "invoice_id", drop column "billed_minutes";`);
  }

}
