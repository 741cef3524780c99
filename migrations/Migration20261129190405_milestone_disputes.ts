import { Migration } from '@mikro-orm/migrations';

export class Migration20261129190405_milestone_disputes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "milestone" drop constraint if exists "milestone_status_check";`);

    this.addSql(`alter table "milestone_change" drop constraint if exists "milestone_change_from_status_check";`);
    this.addSql(`alter table "milestone_change" drop constraint if exists "milestone_change_to_status_check";`);

    this.addSql(`alter table "milestone" add column "resolved_at" timestamptz null, add column "resolved_payee_cents" bigint null;`);
    this.addSql(`alter table "milestone" add constraint "milestone_status_check" check("status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUNDED', 'DISPUTED', 'RESOLVED'));`);

    this.addSql(`alter table "milestone_change" add constraint "milestone_change_from_status_check" check("from_status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUNDED', 'DISPUTED', 'RESOLVED'));`);
    this.addSql(`alter table "milestone_change" add constraint "milestone_change_to_status_check" check("to_status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUNDED', 'DISPUTED', 'RESOLVED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "milestone" drop constraint if exists "milestone_status_check";`);

    this.addSql(`alter table "milestone_change" drop constraint if exists "milestone_change_from_status_check";`);
    this.addSql(`alter table "milestone_change" drop constraint if exists "milestone_change_to_status_check";`);

    this.addSql(`alter table "milestone" drop column "resolved_at", drop column "resolved_payee_cents";`);

    this.addSql(`alter table "milestone" add constraint "milestone_status_check" check("status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUNDED'));`);

    this.addSql(`alter table "milestone_change" add constraint "milestone_change_from_status_check" check("from_status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUNDED'));`);
    this.addSql(`alter table "milestone_change" add constraint "milestone_change_to_status_check" check("to_status" in ('PENDING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUNDED'));`);
  }

}
