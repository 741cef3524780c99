import { Migration } from '@mikro-orm/migrations';

export class Migration20261129221456_socket_leases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "socket_lease" ("id" uuid not null, "owner" varchar(400) not null, "process_id" uuid not null, "expires_at" timestamptz not null, constraint "socket_lease_pkey" primary key ("id"));`);
    this.addSql(`create index "socket_lease_process_id_index" on "socket_lease" ("process_id");`);
    this.addSql(`create index "socket_lease_owner_expires_at_index" on "socket_lease" ("owner", "expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "socket_lease" cascade;`);
  }

}
