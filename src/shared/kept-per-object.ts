/**
 * Values kept per object (a parsed document, an operation) and string key, at most `max` in all:
 * when full it starts again, so what clients send can make it neither grow nor slow. Objects that
 * are gone take their values with them (a WeakMap).
 */
export class KeptPerObject<O extends object, V> {
  private store = new WeakMap<O, Map<string, V>>();
  private kept = 0;

  constructor(private readonly max: number) {}

  /** How many values are kept. */
  get size(): number {
    return this.kept;
  }

  get(owner: O, key: string): V | undefined {
    return this.store.get(owner)?.get(key);
  }

  set(owner: O, key: string, value: V): void {
    if (++this.kept > this.max) {
      this.store = new WeakMap();
      this.kept = 1;
    }
    let byKey = this.store.get(owner);
    if (!byKey) this.store.set(owner, (byKey = new Map()));
    byKey.set(key, value);
  }
}
