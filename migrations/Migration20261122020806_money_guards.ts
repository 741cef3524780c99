import { Migration } from '@mikro-orm/migrations';

/**
 * Hand-written, not generated (entities cannot express triggers): keep it when regenerating
 * migrations. The database itself guards the ledger (MN-1):
 * - ledger_entry and ledger_transaction are append-only: UPDATE, DELETE and TRUNCATE are refused;
 * - a deferred constraint trigger refuses to commit a transaction whose entries do not sum to
 *   zero per currency, whatever code wrote them.
 */
export class Migration20261122020806_money_guards extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'the ledger is append-only: % on % is refused', tg_op, tg_table_name using errcode = 'P0001';
end $$;`);
    for (const table of ['ledger_entry', 'ledger_transaction']) {
      this.addSql(`create trigger ${table}_append_only before update or delete on ${table} for each row execute function ledger_refuse_change();`);
      this.addSql(`create trigger ${table}_no_truncate before truncate on ${table} for each statement execute function ledger_refuse_change();`);
    }
    this.addSql(`create function ledger_entry_balanced() returns trigger language plpgsql as $$
begin
  perform 1 from ledger_entry e join ledger_account a on a.id = e.account_id
   where e.transaction_id = new.transaction_id group by a.currency having sum(e.amount) <> 0;
  if found then
    raise exception 'ledger transaction % does not balance (MN-1)', new.transaction_id using errcode = '23514';
  end if;
  return null;
end $$;`);
    this.addSql(`create constraint trigger ledger_entry_balanced after insert on ledger_entry deferrable initially deferred for each row execute function ledger_entry_balanced();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists ledger_entry_balanced on ledger_entry;');
    for (const table of ['ledger_entry', 'ledger_transaction']) {
      this.addSql(`drop trigger if exists ${table}_append_only on ${table};`);
      this.addSql(`drop trigger if exists ${table}_no_truncate on ${table};`);
    }
    this.addSql('drop function if exists ledger_entry_balanced();');
    this.addSql('drop function if exists ledger_refuse_change();');
  }
}
