import { Migration } from '@mikro-orm/migrations';

/**
 * TM-3: a freelancer's time entries never overlap, across all their contracts. Each entry keeps
 * its end, and an exclusion constraint (btree_gist, for the equality on the freelancer) refuses
 * a second entry of the same freelancer whose [start, end) range meets one already there; under
 * concurrent inserts the later one waits for the first and is refused once it commits.
 * Hand-written: keep the constraint when migrations are regenerated. Existing overlapping
 * entries must be resolved before this runs (the constraint cannot be added over them).
 */
export class Migration20261129184231_time_no_overlap extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`alter table "time_entry" add column "ended_at" timestamptz null;`);
    this.addSql(`update "time_entry" set "ended_at" = "started_at" + "minutes" * interval '1 minute';`);
    this.addSql(`alter table "time_entry" alter column "ended_at" set not null;`);
    this.addSql(`alter table "time_entry" add constraint "time_entry_end_matches_minutes" check (extract(epoch from ("ended_at" - "started_at")) = "minutes" * 60);`);
    this.addSql(`alter table "time_entry" add constraint "time_entry_no_overlap" exclude using gist ("freelancer_id" with =, tstzrange("started_at", "ended_at", '[)') with &&);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "time_entry" drop constraint "time_entry_no_overlap";`);
    this.addSql(`alter table "time_entry" drop constraint "time_entry_end_matches_minutes";`);
    this.addSql(`alter table "time_entry" drop column "ended_at";`);
  }

}
