import type { EntityManager } from '@mikro-orm/postgresql';
import { transaction } from './transaction';

/**
 * Plain SQL through the request's EntityManager: rows come back as plain objects, never
 * hydrated into entities, and inside `em.transactional` they run in its transaction.
 * Parameters are `?` placeholders; an array parameter expands to a list (`in (?)`).
 */
export async function selectRows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params as never[], 'all', em.getTransactionContext());
}

export async function selectOne<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T | undefined> {
  const rows = await selectRows<T>(em, sql, params);
  return rows[0];
}

/**
 * An INSERT/UPDATE/DELETE; returns the affected row count. Outside a transaction it runs in one
 * of its own: a write may wait its turn for the rows it locks, and STATEMENT_TIMEOUT_MS, meant
 * for reads, must not cancel it.
 */
export async function executeSql(em: EntityManager, sql: string, params: unknown[] = []): Promise<number> {
  if (!em.isInTransaction()) return transaction(em, (tx) => executeSql(tx, sql, params));
  const result = await em.getConnection().execute<{ affectedRows: number }>(sql, params as never[], 'run', em.getTransactionContext());
  return result.affectedRows;
}

/** A case-insensitive `ilike` pattern for "contains `text`", with its wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/**
 * Adds `column in (values)` to a WHERE list for a list filter (`status: [A, B]`): nothing when
 * the filter is omitted, and no rows for an empty list.
 */
export function whereIn(column: string, values: readonly unknown[] | null | undefined, where: string[], params: unknown[]): void {
  if (values == null) return;
  if (!values.length) {
    where.push('false');
    return;
  }
  where.push(`${column} in (?)`);
  params.push(values);
}

/** Adds a date range (`column >= after`, `column < before`) to a WHERE list; either end may be open. */
export function whereRange(column: string, after: Date | null | undefined, before: Date | null | undefined, where: string[], params: unknown[]): void {
  if (after) (where.push(`${column} >= ?`), params.push(after));
  if (before) (where.push(`${column} < ?`), params.push(before));
}
