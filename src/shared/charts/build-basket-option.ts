import type { EChartsOption } from 'echarts';
import { escapeHtml } from '../escape-html';
import type { BasketRule, ItemRef } from '../products';

/** The most pairs the network draws: more would be a hairball. */
export const STRONGEST_PAIRS = 20;

/** Two items bought together (a rule with one item on each side; A → B and B → A are one pair). */
export interface BasketPair {
  a: ItemRef;
  b: ItemRef;
  /** Orders holding both, their share of all orders, and lift (the same both ways). */
  orders: number;
  support: number;
  lift: number;
  /** Orders holding a, holding b. */
  aOrders: number;
  bOrders: number;
}

/** The strongest pairs among the rules (by lift, then support, as the rules come): one per pair of items, at most `max`. */
export function strongestPairs(rules: readonly BasketRule[], max = STRONGEST_PAIRS): BasketPair[] {
  const seen = new Set<string>();
  const pairs: BasketPair[] = [];
  for (const r of rules) {
    if (pairs.length >= max) break;
    if (r.antecedent.length !== 1 || r.consequent.length !== 1) continue;
    const [a, b] = [r.antecedent[0], r.consequent[0]];
    const key = [a.key, b.key].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const { orders, support, lift } = r;
    pairs.push({ a, b, orders, support, lift, aOrders: r.antecedentOrders, bOrders: r.consequentOrders });
  }
  return pairs;
}

/** Words and number formats the network needs (in the UI language). */
export interface BasketChartWords {
  /** "{a} + {b}: together in {orders} orders ({support}), {lift} as often as usual" (names already escaped). */
  pair(p: { a: string; b: string; orders: string; support: string; lift: string }): string;
  /** "{name}: in {orders} orders". */
  item(p: { name: string; orders: string }): string;
  int(n: number): string;
  pct(n: number): string;
  /** A lift as people read it ("25.3×"). */
  times(n: number): string;
}

const short = (name: string, max = 26) =>
  Array.from(name).length > max
    ? `${Array.from(name)
        .slice(0, max - 1)
        .join('')}…`
    : name;

/** Circle sizes from the orders holding an item: 12 to 40 px by the square root (area follows orders). */
function sizer(orders: number[]) {
  const most = Math.sqrt(Math.max(1, ...orders));
  return (n: number) => 12 + 28 * (Math.sqrt(n) / most);
}

/**
 * The strongest pairs as a network on a circle (the same drawing every time): a circle per
 * item (sized by the orders holding it), a line per pair (as thick as its lift is high).
 */
export function buildBasketGraphOption(pairs: readonly BasketPair[], words: BasketChartWords): EChartsOption {
  const items = new Map<string, { ref: ItemRef; orders: number }>();
  for (const p of pairs) {
    items.set(p.a.key, { ref: p.a, orders: p.aOrders });
    items.set(p.b.key, { ref: p.b, orders: p.bOrders });
  }
  const size = sizer([...items.values()].map((i) => i.orders));
  const lifts = pairs.map((p) => p.lift);
  const [low, high] = [Math.min(...lifts), Math.max(...lifts)];
  const width = (lift: number) => 1 + (high > low ? (5 * (lift - low)) / (high - low) : 2);
  const nodes = [...items.values()].map(({ ref, orders }) => ({
    id: ref.key,
    name: short(ref.name || ref.key),
    value: orders,
    symbolSize: size(orders),
    tooltip: { formatter: () => words.item({ name: escapeHtml(ref.name || ref.key), orders: words.int(orders) }) },
  }));
  const links = pairs.map((p) => ({
    source: p.a.key,
    target: p.b.key,
    value: p.lift,
    lineStyle: { width: width(p.lift) },
    tooltip: {
      formatter: () =>
        words.pair({
          a: escapeHtml(p.a.name || p.a.key),
          b: escapeHtml(p.b.name || p.b.key),
          orders: words.int(p.orders),
          support: words.pct(p.support),
          lift: words.times(p.lift),
        }),
    },
  }));
  return {
    animation: false,
    tooltip: { trigger: 'item', confine: true },
    series: [
      {
        type: 'graph',
        layout: 'circular',
        circular: { rotateLabel: true },
        top: 90,
        bottom: 90,
        left: 160,
        right: 160,
        roam: false,
        label: { show: true, position: 'right', fontSize: 11 },
        itemStyle: { color: '#1668dc', borderColor: '#fff', borderWidth: 1 },
        lineStyle: { color: '#8c8c8c', opacity: 0.7, curveness: 0.2 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
        data: nodes,
        links,
      },
    ],
  };
}
