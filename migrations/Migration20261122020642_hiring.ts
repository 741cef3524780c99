import { Migration } from '@mikro-orm/migrations';

export class Migration20261122020642_hiring extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "job" ("id" varchar(40) not null, "client_team_id" varchar(40) not null, "posted_by_id" varchar(40) not null, "title" varchar(200) not null, "description" text not null, "kind" text check ("kind" in ('HOURLY', 'FIXED_PRICE')) not null, "budget_cents" bigint null, "hourly_rate_min_cents" bigint null, "hourly_rate_max_cents" bigint null, "connects_required" int not null, "status" text check ("status" in ('OPEN', 'CLOSED', 'CANCELLED')) not null default 'OPEN', "created_at" timestamptz not null, "closed_at" timestamptz null, "hired_at" timestamptz null, constraint "job_pkey" primary key ("id"));`);
    this.addSql(`create index "job_client_team_id_created_at_index" on "job" ("client_team_id", "created_at");`);
    this.addSql(`create index "job_status_created_at_index" on "job" ("status", "created_at");`);

    this.addSql(`create table "proposal" ("id" varchar(40) not null, "job_id" varchar(40) not null, "freelancer_id" varchar(40) not null, "agency_id" varchar(40) null, "submitted_by_id" varchar(40) not null, "cover_letter" text not null, "hourly_rate_cents" bigint null, "fixed_price_cents" bigint null, "status" text check ("status" in ('SUBMITTED', 'WITHDRAWN', 'HIRED', 'JOB_CLOSED', 'JOB_CANCELLED')) not null default 'SUBMITTED', "connects_spent" int not null, "connects_refunded" boolean not null default false, "created_at" timestamptz not null, "withdrawn_at" timestamptz null, constraint "proposal_pkey" primary key ("id"));`);
    this.addSql(`create index "proposal_job_id_status_index" on "proposal" ("job_id", "status");`);
    this.addSql(`create index "proposal_agency_id_created_at_index" on "proposal" ("agency_id", "created_at");`);
    this.addSql(`create index "proposal_freelancer_id_created_at_index" on "proposal" ("freelancer_id", "created_at");`);
    this.addSql(`create unique index "proposal_live_unique" on "proposal" ("job_id", "freelancer_id") where "status" in ('SUBMITTED', 'HIRED');`);

    this.addSql(`create table "offer" ("id" varchar(40) not null, "client_team_id" varchar(40) not null, "job_id" varchar(40) null, "proposal_id" varchar(40) null, "freelancer_id" varchar(40) not null, "agency_id" varchar(40) null, "sent_by_id" varchar(40) not null, "title" varchar(200) not null, "kind" text check ("kind" in ('HOURLY', 'FIXED_PRICE')) not null, "hourly_rate_cents" bigint null, "weekly_limit_hours" int null, "milestones" jsonb not null default '[]', "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')) not null default 'PENDING', "expires_at" timestamptz not null, "created_at" timestamptz not null, "responded_at" timestamptz null, "responded_by_id" varchar(40) null, constraint "offer_pkey" primary key ("id"));`);
    this.addSql(`create index "offer_proposal_id_index" on "offer" ("proposal_id");`);
    this.addSql(`create index "offer_status_expires_at_index" on "offer" ("status", "expires_at");`);
    this.addSql(`create index "offer_freelancer_id_created_at_index" on "offer" ("freelancer_id", "created_at");`);
    this.addSql(`create index "offer_agency_id_created_at_index" on "offer" ("agency_id", "created_at");`);
    this.addSql(`create index "offer_client_team_id_created_at_index" on "offer" ("client_team_id", "created_at");`);

    this.addSql(`create table "contract" ("id" varchar(40) not null, "offer_id" varchar(40) not null, "job_id" varchar(40) null, "client_team_id" varchar(40) not null, "freelancer_id" varchar(40) not null, "agency_id" varchar(40) null, "payee_team_id" varchar(40) null, "payee_user_id" varchar(40) null, "title" varchar(200) not null, "kind" text check ("kind" in ('HOURLY', 'FIXED_PRICE')) not null, "hourly_rate_cents" bigint null, "weekly_limit_hours" int null, "status" text check ("status" in ('ACTIVE', 'PAUSED', 'ENDED')) not null default 'ACTIVE', "created_at" timestamptz not null, "ended_at" timestamptz null, "ended_by_id" varchar(40) null, constraint "contract_pkey" primary key ("id"));`);
    this.addSql(`alter table "contract" add constraint "contract_offer_id_unique" unique ("offer_id");`);
    this.addSql(`create index "contract_freelancer_id_created_at_index" on "contract" ("freelancer_id", "created_at");`);
    this.addSql(`create index "contract_agency_id_created_at_index" on "contract" ("agency_id", "created_at");`);
    this.addSql(`create index "contract_client_team_id_created_at_index" on "contract" ("client_team_id", "created_at");`);

    this.addSql(`create table "time_entry" ("id" varchar(40) not null, "contract_id" varchar(40) not null, "freelancer_id" varchar(40) not null, "started_at" timestamptz not null, "minutes" int not null, "memo" text not null default '', "hourly_rate_cents" bigint not null, "created_at" timestamptz not null, constraint "time_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "time_entry_contract_id_started_at_index" on "time_entry" ("contract_id", "started_at");`);

    this.addSql(`create table "milestone" ("id" varchar(40) not null, "contract_id" varchar(40) not null, "position" int not null, "description" text not null, "amount_cents" bigint not null, "due_at" timestamptz null, "status" text check ("status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED')) not null default 'PENDING_FUNDING', "created_at" timestamptz not null, "funded_at" timestamptz null, "submitted_at" timestamptz null, "approved_at" timestamptz null, constraint "milestone_pkey" primary key ("id"));`);
    this.addSql(`create index "milestone_contract_id_position_index" on "milestone" ("contract_id", "position");`);

    this.addSql(`create table "contract_change" ("id" varchar(40) not null, "contract_id" varchar(40) not null, "changed_by_id" varchar(40) not null, "changed_at" timestamptz not null, "field" varchar(40) not null, "from_value" text null, "to_value" text null, constraint "contract_change_pkey" primary key ("id"));`);
    this.addSql(`create index "contract_change_contract_id_changed_at_index" on "contract_change" ("contract_id", "changed_at");`);

    this.addSql(`alter table "job" add constraint "job_client_team_id_foreign" foreign key ("client_team_id") references "team" ("id") on update cascade;`);
    this.addSql(`alter table "job" add constraint "job_posted_by_id_foreign" foreign key ("posted_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "proposal" add constraint "proposal_job_id_foreign" foreign key ("job_id") references "job" ("id") on update cascade;`);
    this.addSql(`alter table "proposal" add constraint "proposal_freelancer_id_foreign" foreign key ("freelancer_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "proposal" add constraint "proposal_agency_id_foreign" foreign key ("agency_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "proposal" add constraint "proposal_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "offer" add constraint "offer_client_team_id_foreign" foreign key ("client_team_id") references "team" ("id") on update cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_job_id_foreign" foreign key ("job_id") references "job" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "offer" add constraint "offer_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "offer" add constraint "offer_freelancer_id_foreign" foreign key ("freelancer_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_agency_id_foreign" foreign key ("agency_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "offer" add constraint "offer_sent_by_id_foreign" foreign key ("sent_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_responded_by_id_foreign" foreign key ("responded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contract" add constraint "contract_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_job_id_foreign" foreign key ("job_id") references "job" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contract" add constraint "contract_client_team_id_foreign" foreign key ("client_team_id") references "team" ("id") on update cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_freelancer_id_foreign" foreign key ("freelancer_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_agency_id_foreign" foreign key ("agency_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contract" add constraint "contract_payee_team_id_foreign" foreign key ("payee_team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contract" add constraint "contract_payee_user_id_foreign" foreign key ("payee_user_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contract" add constraint "contract_ended_by_id_foreign" foreign key ("ended_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "time_entry" add constraint "time_entry_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade;`);
    this.addSql(`alter table "time_entry" add constraint "time_entry_freelancer_id_foreign" foreign key ("freelancer_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "milestone" add constraint "milestone_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade;`);

    this.addSql(`alter table "contract_change" add constraint "contract_change_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade;`);
    this.addSql(`alter table "contract_change" add constraint "contract_change_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "proposal" drop constraint "proposal_job_id_foreign";`);

    this.addSql(`alter table "offer" drop constraint "offer_job_id_foreign";`);

    this.addSql(`alter table "contract" drop constraint "contract_job_id_foreign";`);

    this.addSql(`alter table "offer" drop constraint "offer_proposal_id_foreign";`);

    this.addSql(`alter table "contract" drop constraint "contract_offer_id_foreign";`);

    this.addSql(`alter table "time_entry" drop constraint "time_entry_contract_id_foreign";`);

    this.addSql(`alter table "milestone" drop constraint "milestone_contract_id_foreign";`);

    this.addSql(`alter table "contract_change" drop constraint "contract_change_contract_id_foreign";`);

    this.addSql(`drop table if exists "job" cascade;`);

    this.addSql(`drop table if exists "proposal" cascade;`);

    this.addSql(`drop table if exists "offer" cascade;`);

    this.addSql(`drop table if exists "contract" cascade;`);

    this.addSql(`drop table if exists "time_entry" cascade;`);

    this.addSql(`drop table if exists "milestone" cascade;`);

    this.addSql(`drop table if exists "contract_change" cascade;`);
  }

}
