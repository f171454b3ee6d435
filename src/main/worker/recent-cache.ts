/** A cache of the last `keep` values made, by key: the worker keeps what it served last in memory. */
export function recentCache<T>(keep: number): (key: string, make: () => T) => T {
  const entries = new Map<string, T>();
  return (key, make) => {
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = make();
      entries.set(key, entry);
      while (entries.size > keep) entries.delete(entries.keys().next().value!);
    }
    return entry;
  };
}
