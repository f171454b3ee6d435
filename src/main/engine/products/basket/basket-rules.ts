import { AppError } from '../../../../shared/errors';
import { type BasketResult, type BasketRule, MAX_RULES } from '../../../../shared/products';
import { associationRules } from './association-rules';
import { type BasketLines, basketsOf } from './basket-lines';
import { frequentItemsets, MAX_ITEMSETS, minCountOf } from './frequent-itemsets';

export interface BasketOptions {
  minSupport: number;
  minConfidence: number;
  maxItems: number;
}

/**
 * Basket rules over the orders of `lines` (only the rows `keep` lets through, when given):
 * frequent itemsets of up to maxItems items held by at least ceil(minSupport × orders) orders,
 * every rule X → Y they split into with confidence ≥ minConfidence, by lift, at most MAX_RULES.
 */
export function basketRules(
  lines: BasketLines,
  options: BasketOptions,
  keep: Uint8Array | null = null,
  check: () => void = () => {},
): Omit<BasketResult, 'needs' | 'by' | 'excluded'> {
  const baskets = basketsOf(lines, keep);
  const orders = baskets.offsets.length - 1;
  check();
  const minCount = minCountOf(options.minSupport, orders);
  const tooMany = (): never => {
    throw new AppError(
      'E_BASKET_TOO_MANY',
      `More than ${MAX_ITEMSETS.toLocaleString('en')} sets of items clear a minimum support of ${options.minSupport}: raise the minimum support or lower the most items per rule.`,
      { minSupport: options.minSupport, maxItems: options.maxItems },
    );
  };
  const sets = frequentItemsets(baskets, minCount, options.maxItems, check, tooMany);
  const items = lines.lines.items;
  const { itemCounts, itemsets } = sets;
  const { rules: strongest, found } = associationRules(
    sets,
    orders,
    options.minConfidence,
    (i) => items[i].key,
    MAX_RULES,
    check,
  );
  const refs = (side: number[]) =>
    side.map((i) => items[i]).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rules: BasketRule[] = strongest.map((r) => ({
    antecedent: refs(r.antecedent),
    consequent: refs(r.consequent),
    orders: r.orders,
    support: r.support,
    antecedentOrders: r.antecedentOrders,
    consequentOrders: r.consequentOrders,
    confidence: r.confidence,
    lift: r.lift,
  }));
  let present = 0;
  for (let i = 0; i < itemCounts.length; i++) if (itemCounts[i] > 0) present++;
  return {
    orders,
    items: present,
    frequentItems: itemsets.filter((s) => s.items.length === 1).length,
    rules,
    truncated: found > rules.length,
    found,
  };
}
