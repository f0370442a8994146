import DataLoader from 'dataloader';

/** One row per key (or null), however the fetch orders its rows: a page's lookups in one query. */
export function loaderByKey<Key, Row>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A request-scoped loader of one row per key: a domain's loader extends it with how to fetch and key its rows. */
export abstract class KeyedLoader<Key, Row> {
  private readonly loader: DataLoader<Key, Row | null>;

  protected constructor(fetch: (keys: readonly Key[]) => Promise<Row[]>, keyOf: (row: Row) => Key) {
    this.loader = loaderByKey(fetch, keyOf);
  }

  load(key: Key): Promise<Row | null> {
    return this.loader.load(key);
  }
}

/** Every row of each key, in the order fetched (an empty list for a key with none). */
export function loaderGroupedBy<Key, Row>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const byKey = new Map<Key, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

export interface Membership {
  accountId: string;
  itemId: string;
}

/**
 * Whether one account has a relation (endorses, follows) to each item. Every key of a request has the same
 * account, the caller's: a key for another account answers false rather than leak someone else's.
 */
export function loaderOfMembership(
  fetch: (accountId: string, itemIds: readonly string[]) => Promise<Set<string>>,
): DataLoader<Membership, boolean, string> {
  return new DataLoader<Membership, boolean, string>(
    async (keys) => {
      const accountId = keys[0].accountId;
      const found = await fetch(
        accountId,
        keys.map((key) => key.itemId),
      );
      return keys.map((key) => key.accountId === accountId && found.has(key.itemId));
    },
    { cacheKeyFn: (key) => `${key.accountId}:${key.itemId}` },
  );
}
