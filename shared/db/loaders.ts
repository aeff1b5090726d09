import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request. Each loader is created on first use and lives as long
 * as the request, so nothing is cached across callers (no stale reads, no leaked
 * records between viewers) while every parent row of one query shares one batch.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** The loader of that name, if this request has made it already. */
  existing<K, V, C = K>(name: string): DataLoader<K, V, C> | undefined {
    return this.loaders.get(name) as unknown as DataLoader<K, V, C> | undefined;
  }

  get<K, V, C = K>(name: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V, C>(batch, options);
      this.loaders.set(name, loader);
    }
    return loader as unknown as DataLoader<K, V, C>;
  }
}

/** Orders batch results by the keys asked for; a missing key yields `fallback`. */
export function byKeys<K, V, F>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: F): (V | F)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => (map.has(k) ? (map.get(k) as V) : fallback));
}

/** Groups batch results by the keys asked for; a key with no rows yields []. */
export function groupedByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
