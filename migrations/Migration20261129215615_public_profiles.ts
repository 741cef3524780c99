import { Migration } from '@mikro-orm/migrations';

export class Migration20261129215615_public_profiles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "headline" varchar(200) null, add column "skills" text[] not null default '{}', add column "availability" text check ("availability" in ('FULL_TIME', 'PART_TIME', 'NOT_AVAILABLE')) not null default 'NOT_AVAILABLE';`);
    this.addSql(`create index "app_user_skills_index" on "app_user" using gin ("skills");`);

    this.addSql(`alter table "team" add column "headline" varchar(200) null, add column "skills" text[] not null default '{}';`);
    this.addSql(`create index "team_skills_index" on "team" using gin ("skills");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "app_user_skills_index";`);
    this.addSql(`alter table "app_user" drop column "headline", drop column "skills", drop column "availability";`);

    this.addSql(`drop index "team_skills_index";`);
    this.addSql(`alter table "team" drop column "headline", drop column "skills";`);
  }

}
