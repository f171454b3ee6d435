import { createTranslate } from './i18n';
import type { CrossSellSpec, ItemRef } from './products';
import type { Language } from './schemas';
import type { SegmentName } from './segment-name';

/** The most items a sentence names one by one; the rest are counted ("and 3 more"). */
const NAMED_ITEMS = 3;

/** Items as a sentence names them: "A", "A and B", "A, B and C", "A, B, C and 2 more" (zh-CN: A、B和C; A、B、C及另外2件商品). */
export function itemsText(items: readonly ItemRef[], lang: Language): string {
  const t = createTranslate(lang);
  const names = items.map((i) => i.name || i.key);
  const sep = t('crossSell.itemsSeparator');
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return t('crossSell.items.two', { a: names[0], b: names[1] });
  if (names.length <= NAMED_ITEMS)
    return t('crossSell.items.many', { first: names.slice(0, -1).join(sep), last: names[names.length - 1] });
  return t('crossSell.items.more', {
    items: names.slice(0, NAMED_ITEMS).join(sep),
    rest: names.length - NAMED_ITEMS,
  });
}

/** A count for people: whole, with the language's separators (1,234 / 1,234). */
export const countText = (n: number, lang: Language): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);

export interface CrossSellActionInput {
  spec: Pick<CrossSellSpec, 'bought' | 'notBought' | 'source'>;
  /** Customers on the list. */
  customers: number;
  /** The list's segment (null: all the run's customers). */
  segment: SegmentName | null;
}

/**
 * The playbook action a cross-sell list serves, in one sentence: "Offer B to 312 Champions who buy
 * A" / "向购买了A的312位重要价值客户推荐B"; a segment's top products: "Offer their segment's top
 * products to the 140 Loyal customers who have not bought them yet"; only items not bought:
 * "Offer B to the 90 At Risk who have not bought it yet" / "向尚未购买B的90位流失风险客户推荐".
 */
export function crossSellAction(input: CrossSellActionInput, lang: Language): string {
  const t = createTranslate(lang);
  const { spec } = input;
  const params = {
    count: countText(input.customers, lang),
    segment: input.segment ? input.segment[lang] : t('crossSell.action.customers'),
    offer: itemsText(spec.notBought, lang),
    bought: itemsText(spec.bought, lang),
  };
  if (spec.bought.length > 0) return t('crossSell.action.bought', params);
  if (spec.source === 'topProducts') return t('crossSell.action.topProducts', params);
  return t(spec.notBought.length === 1 ? 'crossSell.action.notBoughtOne' : 'crossSell.action.notBoughtMany', params);
}

/** A list's default name, in the app's language: "Champions: bought A, not B", "Loyal: not their segment's top 5". */
export function crossSellListName(
  spec: Pick<CrossSellSpec, 'bought' | 'notBought' | 'source'>,
  segment: SegmentName | null,
  lang: Language,
): string {
  const t = createTranslate(lang);
  const params = {
    segment: segment ? segment[lang] : t('crossSell.name.all'),
    bought: itemsText(spec.bought, lang),
    notBought: itemsText(spec.notBought, lang),
    count: spec.notBought.length,
  };
  if (spec.bought.length > 0) return t('crossSell.name.bought', params);
  return t(spec.source === 'topProducts' ? 'crossSell.name.topProducts' : 'crossSell.name.notBought', params);
}
