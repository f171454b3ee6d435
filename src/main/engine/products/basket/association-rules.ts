import type { Itemset } from './frequent-itemsets';

/** A rule over item numbers: orders with every item of `antecedent` also hold every item of `consequent`. */
export interface RawRule {
  antecedent: number[];
  consequent: number[];
  orders: number;
  antecedentOrders: number;
  consequentOrders: number;
  support: number;
  confidence: number;
  lift: number;
}

/** A rule with its sides' keys as text, made when a tie asks for them. */
type Keyed = RawRule & { a?: string; c?: string };

/** What the rules read the counts of sets of items from: each item's, each pair's (when counted in a square), and the sets. */
export interface ItemsetCounts {
  itemsets: Itemset[];
  itemCounts: Int32Array;
  pairCount: ((a: number, b: number) => number) | null;
}

/** The count of a frequent set of items: single items and (when counted in a square) pairs directly, longer sets by key. */
function countIndex({ itemsets, itemCounts, pairCount }: ItemsetCounts) {
  const shortest = pairCount ? 3 : 2;
  let maxItems = 1;
  for (const s of itemsets) if (s.items.length > maxItems) maxItems = s.items.length;
  const base = itemCounts.length + 1;
  const numeric = base ** maxItems < Number.MAX_SAFE_INTEGER;
  const keyOf = (items: number[] | Int32Array): number | string => {
    if (!numeric) return items.join(',');
    let key = 0;
    for (let i = 0; i < items.length; i++) key = key * base + items[i] + 1;
    return key;
  };
  const counts = new Map<number | string, number>();
  for (const s of itemsets) if (s.items.length >= shortest) counts.set(keyOf(s.items), s.count);
  return (items: number[]) =>
    items.length === 1
      ? itemCounts[items[0]]
      : items.length === 2 && pairCount
        ? pairCount(items[0], items[1])
        : counts.get(keyOf(items))!;
}

/**
 * The strongest `limit` rules X → Y from the frequent itemsets — every split of a set in two
 * non-empty parts with confidence (orders with X ∪ Y ÷ orders with X) at least `minConfidence` —
 * by lift (highest first), then orders, then fewer items on the left, then the items' keys; and
 * how many rules there are in all. Lift is (orders × all orders) ÷ (antecedentOrders ×
 * consequentOrders), so that X → Y and Y → X carry the very same number. Rules that cannot make
 * the top are counted, not kept. `check` is called now and then (it throws to cancel).
 */
export function associationRules(
  sets: ItemsetCounts,
  totalOrders: number,
  minConfidence: number,
  keyOf: (item: number) => string,
  limit: number,
  check: () => void = () => {},
): { rules: RawRule[]; found: number } {
  const countOf = countIndex(sets);
  const { itemsets } = sets;
  const text = (items: number[]) => items.map(keyOf).sort().join('\u0000');
  const sides = (r: Keyed) => {
    r.a ??= text(r.antecedent);
    r.c ??= text(r.consequent);
    return r as Required<Keyed>;
  };
  const byKeys = (x: Required<Keyed>, y: Required<Keyed>) =>
    (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0);
  const order = (x: Keyed, y: Keyed) =>
    y.lift - x.lift || y.orders - x.orders || x.antecedent.length - y.antecedent.length || byKeys(sides(x), sides(y));
  let kept: Keyed[] = [];
  // The last rule kept once `limit` are: a rule after it cannot make the top.
  let floor: Keyed | null = null;
  let found = 0;
  const trim = (): Keyed | null => {
    kept.sort(order);
    if (kept.length > limit) kept = kept.slice(0, limit);
    return kept.length === limit ? kept[limit - 1] : null;
  };
  for (let s = 0; s < itemsets.length; s++) {
    const { items, count } = itemsets[s];
    const k = items.length;
    if (k < 2) continue;
    if ((s & 1023) === 0) check();
    for (let mask = 1; mask < (1 << k) - 1; mask++) {
      const antecedent: number[] = [];
      const consequent: number[] = [];
      for (let b = 0; b < k; b++) (mask & (1 << b) ? antecedent : consequent).push(items[b]);
      const antecedentOrders = countOf(antecedent);
      // The same test as confidence ≥ minConfidence, without a division's rounding at the edge.
      if (count < minConfidence * antecedentOrders - 1e-9) continue;
      found++;
      const consequentOrders = countOf(consequent);
      const lift = (count * totalOrders) / (antecedentOrders * consequentOrders);
      const f = floor;
      if (f !== null && (lift < f.lift || (lift === f.lift && count < f.orders))) continue;
      const rule: Keyed = {
        antecedent,
        consequent,
        orders: count,
        antecedentOrders,
        consequentOrders,
        support: count / totalOrders,
        confidence: count / antecedentOrders,
        lift,
      };
      if (f !== null && order(rule, f) > 0) continue;
      kept.push(rule);
      if (kept.length >= 8 * limit) floor = trim();
    }
  }
  trim();
  return { rules: kept.map(({ a: _a, c: _c, ...rule }) => rule), found };
}
