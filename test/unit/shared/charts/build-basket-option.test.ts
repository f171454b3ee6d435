import { describe, expect, it } from 'vitest';
import {
  basketGraphHeight,
  buildBasketGraphOption,
  pairGroups,
  strongestPairs,
} from '../../../../src/shared/charts/build-basket-option';
import type { BasketRule } from '../../../../src/shared/products';

const item = (key: string) => ({ key, name: `Name ${key}` });
/** A rule over 100 orders: `orders` hold all its items, `left` its first items, `right` its last. */
const rule = (a: string[], b: string[], orders: number, left: number, right: number): BasketRule => ({
  antecedent: a.map(item),
  consequent: b.map(item),
  orders,
  support: orders / 100,
  antecedentOrders: left,
  consequentOrders: right,
  confidence: orders / left,
  lift: orders / left / (right / 100),
});

// By lift as the engine gives them: the tea plates (A, B, C), then the cushions (D, E).
const RULES = [
  rule(['A', 'B'], ['C'], 10, 12, 14),
  rule(['A'], ['B'], 11, 13, 15),
  rule(['B'], ['A'], 11, 15, 13),
  rule(['B'], ['C'], 12, 15, 14),
  rule(['D'], ['E'], 20, 30, 40),
];

type Node = { id: string; name: string; x: number; y: number; symbolSize: number; tooltip: { formatter(): string } };
type Link = {
  source: string;
  target: string;
  value: number;
  lineStyle: { width: number };
  tooltip: { formatter(): string };
};

const WORDS = {
  pair: (p: Record<string, string>) => `${p.a} + ${p.b}: ${p.orders} orders (${p.support}), ${p.lift}`,
  item: (p: Record<string, string>) => `${p.name}: ${p.orders}`,
  int: (n: number) => String(n),
  pct: (n: number) => `${(n * 100).toFixed(1)}%`,
  times: (n: number) => `${n.toFixed(1)}×`,
};

describe('the strongest pairs of basket rules as a network', () => {
  it('takes one pair per two items (A → B and B → A are one), leaves rules of three items out, keeps the order and the cap', () => {
    const pairs = strongestPairs(RULES);
    expect(pairs.map((p) => [p.a.key, p.b.key, p.orders])).toEqual([
      ['A', 'B', 11],
      ['B', 'C', 12],
      ['D', 'E', 20],
    ]);
    expect(pairs[0]).toMatchObject({ aOrders: 13, bOrders: 15, support: 0.11 });
    expect(strongestPairs(RULES, 2).map((p) => p.b.key)).toEqual(['B', 'C']);
  });

  it('groups items joined by pairs, the strongest group first, and draws each group in its own column, items one above the other', () => {
    const pairs = strongestPairs(RULES);
    const groups = pairGroups(pairs);
    expect(groups.map((g) => g.map((i) => i.key))).toEqual([
      ['A', 'B', 'C'],
      ['D', 'E'],
    ]);
    // A pair that joins two groups makes one of them.
    const joined = pairGroups([...pairs, ...strongestPairs([rule(['C'], ['D'], 5, 14, 30)])]);
    expect(joined.map((g) => g.map((i) => i.key).sort())).toEqual([['A', 'B', 'C', 'D', 'E']]);

    const option = buildBasketGraphOption(pairs, WORDS);
    const [series] = option.series as { data: Node[]; links: Link[]; layout: string }[];
    expect(series.layout).toBe('none');
    const at = Object.fromEntries(series.data.map((n) => [n.id, [n.x, n.y]]));
    expect(at).toEqual({ A: [0, 0], B: [0, 60], C: [0, 120], D: [330, 0], E: [330, 60] });
    // One row: the three tea plates' height, the margins and a row's gap.
    expect(basketGraphHeight(groups)).toBe(80 + 120 + 56);
    // Circles by the orders holding the item (E is in the most orders: the largest, 26 px).
    expect(series.data.find((n) => n.id === 'E')!.symbolSize).toBe(26);
    // Lines by lift: D–E (20 / 30 / 0.4 = 1.67) is the weakest, B–C (12 / 15 / 0.14 = 5.71) the strongest, A–B (5.64) in between.
    const [weakest, strongest] = [20 / 30 / 0.4, 12 / 15 / 0.14];
    expect(series.links.map((l) => [l.source, l.target, l.lineStyle.width])).toEqual([
      ['A', 'B', expect.closeTo(1 + (5 * (11 / 13 / 0.15 - weakest)) / (strongest - weakest), 9)],
      ['B', 'C', 6],
      ['D', 'E', 1],
    ]);
    expect(series.links[0].tooltip.formatter()).toBe('Name A + Name B: 11 orders (11.0%), 5.6×');
    expect(series.data[0].tooltip.formatter()).toBe('Name A: 13');
  });

  it('writes names from the file into tooltips as text, not HTML', () => {
    const pairs = strongestPairs([{ ...rule(['A'], ['B'], 3, 4, 5), antecedent: [{ key: 'X', name: '<img src=x>' }] }]);
    const [series] = buildBasketGraphOption(pairs, WORDS).series as { data: Node[]; links: Link[] }[];
    expect(series.data[0].tooltip.formatter()).toBe('&lt;img src=x&gt;: 4');
    expect(series.links[0].tooltip.formatter()).toMatch(/^&lt;img src=x&gt; \+ Name B/);
  });
});
