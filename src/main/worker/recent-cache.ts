/**
 * A cache of the last `keep` values made, by key: the worker keeps what it served last in memory.
 * `has` tells whether a key is kept, without making it.
 */
export function recentCache<T>(keep: number): ((key: string, make: () => T) => T) & { has(key: string): boolean } {
  const entries = new Map<string, T>();
  const get = (key: string, make: () => T) => {
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = make();
      entries.set(key, entry);
      while (entries.size > keep) entries.delete(entries.keys().next().value!);
    }
    return entry;
  };
  return Object.assign(get, { has: (key: string) => entries.has(key) });
}
