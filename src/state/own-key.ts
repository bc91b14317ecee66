// Reading and writing plain-object records whose keys come from data (node ids, source keys,
// regions): only own properties count, so an id like `constructor` or `__proto__` is just a key.

/** `record[key]` when `key` is the record's own property, otherwise undefined. */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  key: string,
): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A record built from entries as own data properties (`__proto__` included, never a prototype). */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries(entries) as Record<string, T>;
}
