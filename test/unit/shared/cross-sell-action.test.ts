import { describe, expect, it } from 'vitest';
import { crossSellAction, crossSellListName, itemsText } from '../../../src/shared/cross-sell-action';
import { specFromRule, specFromTopProducts } from '../../../src/shared/cross-sell-spec';

const A = { key: '22697', name: 'GREEN REGENCY TEACUP AND SAUCER' };
const B = { key: '22423', name: 'REGENCY CAKESTAND 3 TIER' };
const C = { key: '22699', name: 'ROSES REGENCY TEACUP AND SAUCER' };
const D = { key: '22698', name: 'PINK REGENCY TEACUP AND SAUCER' };
const CHAMPIONS = { en: 'Champions', 'zh-CN': '重要价值客户' };
const LOYAL = { en: 'Loyal customers', 'zh-CN': '忠诚客户' };

describe('the playbook action a cross-sell list serves', () => {
  it('a rule: "Offer B to 312 Champions who buy A", in both languages', () => {
    const input = {
      spec: { bought: [A], notBought: [B], source: 'rule' as const },
      customers: 312,
      segment: CHAMPIONS,
    };
    expect(crossSellAction(input, 'en')).toBe(
      'Offer REGENCY CAKESTAND 3 TIER to 312 Champions who buy GREEN REGENCY TEACUP AND SAUCER',
    );
    expect(crossSellAction(input, 'zh-CN')).toBe(
      '向购买了GREEN REGENCY TEACUP AND SAUCER的312位重要价值客户推荐REGENCY CAKESTAND 3 TIER',
    );
  });

  it('a segment’s top products, counts with separators; all customers when there is no segment', () => {
    const input = {
      spec: { bought: [], notBought: [A, B, C, D], source: 'topProducts' as const },
      customers: 1402,
      segment: LOYAL,
    };
    expect(crossSellAction(input, 'en')).toBe(
      "Offer their segment's top products to the 1,402 Loyal customers who have not bought them yet",
    );
    expect(crossSellAction(input, 'zh-CN')).toBe('向尚未购买本分群热销商品的1,402位忠诚客户推荐这些商品');
    const manual = { spec: { bought: [], notBought: [B], source: 'manual' as const }, customers: 90, segment: null };
    expect(crossSellAction(manual, 'en')).toBe(
      'Offer REGENCY CAKESTAND 3 TIER to the 90 customers who have not bought it yet',
    );
    expect(crossSellAction(manual, 'zh-CN')).toBe('向尚未购买REGENCY CAKESTAND 3 TIER的90位客户推荐');
  });

  it('items named one by one up to three, the rest counted', () => {
    expect(itemsText([A, B], 'en')).toBe(`${A.name} and ${B.name}`);
    expect(itemsText([A, B, C], 'en')).toBe(`${A.name}, ${B.name} and ${C.name}`);
    expect(itemsText([A, B, C, D], 'en')).toBe(`${A.name}, ${B.name}, ${C.name} and 1 more`);
    expect(itemsText([A, B, C], 'zh-CN')).toBe(`${A.name}、${B.name}和${C.name}`);
    expect(itemsText([A, B, C, D], 'zh-CN')).toBe(`${A.name}、${B.name}、${C.name}及另外1件商品`);
  });

  it('default list names', () => {
    expect(crossSellListName({ bought: [A], notBought: [B], source: 'rule' }, CHAMPIONS, 'en')).toBe(
      `Champions: bought ${A.name}, not ${B.name}`,
    );
    expect(crossSellListName({ bought: [], notBought: [A, B, C, D, C], source: 'topProducts' }, LOYAL, 'en')).toBe(
      "Loyal customers: not their segment's top 5",
    );
    expect(crossSellListName({ bought: [], notBought: [B], source: 'manual' }, null, 'zh-CN')).toBe(
      `全部客户：未买${B.name}`,
    );
  });
});

describe('a list’s spec from a basket rule, from a segment’s top products', () => {
  it('a rule: bought its first items, not its last; top products: none of the first n by buyers', () => {
    const rule = {
      antecedent: [A],
      consequent: [B],
      orders: 374,
      support: 374 / 18532,
      antecedentOrders: 691,
      consequentOrders: 1176,
      confidence: 374 / 691,
      lift: 5.89,
    };
    expect(specFromRule(rule, 0, 'product')).toEqual({
      segment: 0,
      by: 'product',
      bought: [A],
      notBought: [B],
      source: 'rule',
    });
    const stat = (item: typeof A) => ({ ...item, revenue: 1, buyers: 1, share: 1, allBuyers: 1, allShare: 1, lift: 1 });
    const items = {
      segment: 3,
      buyers: 10,
      byRevenue: [],
      byBuyers: [A, B, C, D].map(stat),
      distinctive: [],
      stopped: [],
    };
    expect(specFromTopProducts(items, 2, 'product')).toEqual({
      segment: 3,
      by: 'product',
      bought: [],
      notBought: [A, B],
      source: 'topProducts',
    });
    expect(specFromTopProducts({ ...items, byBuyers: [] }, 5, 'product')).toBeNull();
  });
});
