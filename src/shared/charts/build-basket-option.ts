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

const short = (name: string, max = 34) =>
  Array.from(name).length > max
    ? `${Array.from(name)
        .slice(0, max - 1)
        .join('')}…`
    : name;

/** Circle sizes from the orders holding an item: 8 to 26 px by the square root (area follows orders). */
function sizer(orders: number[]) {
  const most = Math.sqrt(Math.max(1, ...orders));
  return (n: number) => 8 + 18 * (Math.sqrt(n) / most);
}

/** Groups of items joined by pairs (connected components), the group of the strongest pair first; items in the order they first appear. */
export function pairGroups(pairs: readonly BasketPair[]): ItemRef[][] {
  const groupOf = new Map<string, ItemRef[]>();
  const groups: ItemRef[][] = [];
  for (const { a, b } of pairs) {
    const ga = groupOf.get(a.key);
    const gb = groupOf.get(b.key);
    if (ga && gb && ga !== gb) {
      ga.push(...gb);
      for (const i of gb) groupOf.set(i.key, ga);
      groups.splice(groups.indexOf(gb), 1);
    } else if (!ga && !gb) {
      const g = [a, b];
      groups.push(g);
      groupOf.set(a.key, g).set(b.key, g);
    } else if (!ga) {
      gb!.push(a);
      groupOf.set(a.key, gb!);
    } else if (!gb) {
      ga.push(b);
      groupOf.set(b.key, ga);
    }
  }
  return groups;
}

/** Groups per row of the drawing; pixels between the items of a group, and between rows. */
export const GROUPS_PER_ROW = 3;
const STEP = 60;
const ROW_GAP = 56;

/** Each row's height in pixels: its largest group's items one above the other. */
const rowHeights = (groups: ItemRef[][]) =>
  Array.from({ length: Math.ceil(groups.length / GROUPS_PER_ROW) }, (_, r) =>
    Math.max(...groups.slice(r * GROUPS_PER_ROW, (r + 1) * GROUPS_PER_ROW).map((g) => (g.length - 1) * STEP)),
  );

/** The drawing's height in pixels for these groups (with the chart's margins). */
export const basketGraphHeight = (groups: ItemRef[][]) => 80 + rowHeights(groups).reduce((s, h) => s + h + ROW_GAP, 0);

/** Each item's place: its group in a grid cell (3 per row), the group's items one above the other, their names to the right. */
function places(groups: ItemRef[][]): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const heights = rowHeights(groups);
  let top = 0;
  heights.forEach((height, r) => {
    groups.slice(r * GROUPS_PER_ROW, (r + 1) * GROUPS_PER_ROW).forEach((g, c) => {
      // In pixels of a chart about 1,000 wide: the drawing keeps its proportions.
      g.forEach((item, i) => out.set(item.key, { x: c * 330, y: top + i * STEP }));
    });
    top += height + ROW_GAP;
  });
  return out;
}

/**
 * The strongest pairs as a network drawn the same way every time: items bought together form
 * groups, each in its own place; a circle per item (sized by the orders holding it), a line per
 * pair (as thick as its lift is high).
 */
export function buildBasketGraphOption(pairs: readonly BasketPair[], words: BasketChartWords): EChartsOption {
  const orders = new Map<string, number>();
  for (const p of pairs) orders.set(p.a.key, p.aOrders).set(p.b.key, p.bOrders);
  const groups = pairGroups(pairs);
  const at = places(groups);
  const size = sizer([...orders.values()]);
  const lifts = pairs.map((p) => p.lift);
  const [low, high] = [Math.min(...lifts), Math.max(...lifts)];
  const width = (lift: number) => 1 + (high > low ? (5 * (lift - low)) / (high - low) : 2);
  const nodes = groups.flat().map((ref) => ({
    id: ref.key,
    name: short(ref.name || ref.key),
    value: orders.get(ref.key),
    ...at.get(ref.key),
    symbolSize: size(orders.get(ref.key) ?? 0),
    tooltip: {
      formatter: () =>
        words.item({ name: escapeHtml(ref.name || ref.key), orders: words.int(orders.get(ref.key) ?? 0) }),
    },
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
        layout: 'none',
        top: 40,
        bottom: 40,
        left: 40,
        right: 260,
        roam: false,
        label: { show: true, position: 'right', fontSize: 11, width: 250, overflow: 'truncate' },
        itemStyle: { color: '#1668dc', borderColor: '#fff', borderWidth: 1 },
        lineStyle: { color: '#595959', opacity: 0.8, curveness: 0.35 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
        data: nodes,
        links,
      },
    ],
  };
}
