/**
 * A test of product codes against a list of codes that are not products: an entry matches a
 * code equal to it, or — ending in `*` — every code starting with what comes before the star;
 * case and surrounding spaces are ignored.
 */
export function nonProductMatcher(entries: readonly string[]): (code: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const entry of entries) {
    const e = entry.trim().toLowerCase();
    if (e.endsWith('*')) prefixes.push(e.slice(0, -1));
    else if (e !== '') exact.add(e);
  }
  return (code) => {
    const c = code.trim().toLowerCase();
    return exact.has(c) || prefixes.some((p) => c.startsWith(p));
  };
}
