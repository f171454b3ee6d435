import type { BasketRule, CrossSellSpec, ItemLevel, SegmentItems } from './products';

/** The most top products a list offers (a spec's notBought holds at most 20 items). */
export const MAX_TOP_PRODUCTS = 20;

/**
 * The list a basket rule serves: the customers (of `segment`, or all) who bought the rule's first
 * items but never its last ones — "Offer {consequent} to … who buy {antecedent}".
 */
export function specFromRule(rule: BasketRule, segment: number | null, by: ItemLevel): CrossSellSpec {
  const ref = ({ key, name }: { key: string; name: string }) => ({ key, name });
  return { segment, by, bought: rule.antecedent.map(ref), notBought: rule.consequent.map(ref), source: 'rule' };
}

/**
 * The list of a segment's customers who have bought none of its top `n` items by buyers (from
 * products per segment); null when the segment bought no items.
 */
export function specFromTopProducts(items: SegmentItems, n: number, by: ItemLevel): CrossSellSpec | null {
  const top = items.byBuyers.slice(0, Math.min(n, MAX_TOP_PRODUCTS));
  if (top.length === 0) return null;
  return {
    segment: items.segment,
    by,
    bought: [],
    notBought: top.map(({ key, name }) => ({ key, name })),
    source: 'topProducts',
  };
}
