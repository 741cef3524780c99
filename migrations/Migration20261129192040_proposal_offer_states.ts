import { Migration } from '@mikro-orm/migrations';

export class Migration20261129192040_proposal_offer_states extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "proposal" drop constraint if exists "proposal_status_check";`);

    this.addSql(`alter table "proposal" add constraint "proposal_status_check" check("status" in ('SUBMITTED', 'WITHDRAWN', 'HIRED', 'JOB_CLOSED', 'JOB_CANCELLED', 'OFFER_DECLINED', 'OFFER_EXPIRED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "proposal" drop constraint if exists "proposal_status_check";`);

    this.addSql(`alter table "proposal" add constraint "proposal_status_check" check("status" in ('SUBMITTED', 'WITHDRAWN', 'HIRED', 'JOB_CLOSED', 'JOB_CANCELLED'));`);
  }

}
