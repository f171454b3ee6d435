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

/**
 * Every rule X → Y from a frequent itemset split in two non-empty parts with confidence
 * (orders with X ∪ Y ÷ orders with X) at least `minConfidence`. Lift is computed as
 * (orders × all orders) ÷ (antecedentOrders × consequentOrders), so that X → Y and Y → X carry
 * the very same number. `check` is called now and then (it throws to cancel).
 */
export function associationRules(
  itemsets: Itemset[],
  totalOrders: number,
  minConfidence: number,
  check: () => void = () => {},
): RawRule[] {
  const counts = new Map<string, number>();
  for (const set of itemsets) counts.set(set.items.join(','), set.count);
  const countOf = (items: number[]) => counts.get(items.join(','))!;
  const rules: RawRule[] = [];
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
      const consequentOrders = countOf(consequent);
      rules.push({
        antecedent,
        consequent,
        orders: count,
        antecedentOrders,
        consequentOrders,
        support: count / totalOrders,
        confidence: count / antecedentOrders,
        lift: (count * totalOrders) / (antecedentOrders * consequentOrders),
      });
    }
  }
  return rules;
}

/** Rules by lift (highest first), then support, then fewer items on the left, then by the items' keys. */
export function sortRules(rules: RawRule[], keyOf: (item: number) => string): RawRule[] {
  const text = (items: number[]) => items.map(keyOf).sort().join('\u0000');
  const keyed = rules.map((rule) => ({ rule, a: text(rule.antecedent), c: text(rule.consequent) }));
  keyed.sort(
    (x, y) =>
      y.rule.lift - x.rule.lift ||
      y.rule.orders - x.rule.orders ||
      x.rule.antecedent.length - y.rule.antecedent.length ||
      (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) ||
      (x.c < y.c ? -1 : x.c > y.c ? 1 : 0),
  );
  return keyed.map((k) => k.rule);
}
