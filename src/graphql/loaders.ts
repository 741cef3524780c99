import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '../db/sql';

type BatchFn<K, V> = (em: EntityManager, keys: readonly K[]) => Promise<ArrayLike<V | Error>>;

/**
 * The per-request bag of DataLoaders. Loaders are declared once, at module level, with
 * `defineLoader`, and built on first use in a request, so a request pays only for what it reads.
 */
export class Loaders {
  private readonly built = new Map<unknown, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  get<K, V>(token: unknown, batch: BatchFn<K, V>): DataLoader<K, V> {
    let loader = this.built.get(token) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(this.em, keys), { maxBatchSize: 1000 });
      this.built.set(token, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Forget everything loaded so far: after a mutation commits, reads must see its writes. */
  clearAll(): void {
    for (const loader of this.built.values()) loader.clearAll();
  }
}

export interface HasLoaders {
  loaders: Loaders;
}

/** Declares a loader; the returned accessor gives the request's instance of it. */
export function defineLoader<K, V>(batch: BatchFn<K, V>) {
  const token = Symbol(batch.name || 'loader');
  return (ctx: HasLoaders): DataLoader<K, V> => ctx.loaders.get(token, batch);
}

/** Orders `rows` to match `keys`, with undefined for a key that has no row (grouped through a Map). */
export function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | undefined)[] {
  const map = new Map<K, R>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key));
}

/** Groups `rows` by key, one (possibly empty) array per key, in the order of `keys`. */
export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const key of keys) map.set(key, []);
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key) ?? []);
}

/** A loader of rows by primary key: one `select ... where id in (...)` per batch. */
export function rowsById<R extends { id: string }>(selectSql: string, idColumn = 'id') {
  return defineLoader<string, R | undefined>(async (em, ids) => {
    const rows = await selectRows<R>(em, `${selectSql} where ${idColumn} in (?)`, [ids as string[]]);
    return byKey(ids, rows, (row) => row.id);
  });
}
