import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BasketLines } from '../../../../../src/main/engine/products/basket/basket-lines';
import { basketsOf } from '../../../../../src/main/engine/products/basket/basket-lines';
import { frequentItemsets, minCountOf } from '../../../../../src/main/engine/products/basket/frequent-itemsets';
import { associationRules } from '../../../../../src/main/engine/products/basket/association-rules';
import { basketRules } from '../../../../../src/main/engine/products/basket/basket-rules';

/** Order lines as basket rules read them: one row per (order, item) listed, -1 for a line with no item. */
function linesOf(orders: number[][], itemCount: number): BasketLines {
  const order: number[] = [];
  const item: number[] = [];
  orders.forEach((lines, o) =>
    lines.forEach((i) => {
      order.push(o);
      item.push(i);
    }),
  );
  return {
    order: Int32Array.from(order),
    orderCount: orders.length,
    orderedBy: 'orderId',
    lines: {
      level: 'product',
      item: Int32Array.from(item),
      items: Array.from({ length: itemCount }, (_, i) => ({ key: `P${i}`, name: `Product ${i}` })),
      excluded: null,
    },
    customer: new Int32Array(order.length),
    customerIds: () => ['1'],
  };
}

/**
 * The rules by brute force: every set of up to `maxItems` items counted over every order; a set
 * is frequent when held by an order and count × 100 ≥ supportPct × orders, a split X → Y kept when
 * count(X ∪ Y) × 100 ≥ confidencePct × count(X) (whole numbers, no rounding).
 */
function bruteForce(
  orders: number[][],
  itemCount: number,
  supportPct: number,
  confidencePct: number,
  maxItems: number,
) {
  const sets = orders.map((lines) => new Set(lines.filter((i) => i >= 0))).filter((s) => s.size > 0);
  const n = sets.length;
  const count = (mask: number) =>
    sets.filter((s) => [...Array(itemCount).keys()].every((i) => !(mask & (1 << i)) || s.has(i))).length;
  const bits = (mask: number) => [...Array(itemCount).keys()].filter((i) => mask & (1 << i));
  const rules: string[] = [];
  for (let mask = 1; mask < 1 << itemCount; mask++) {
    const size = bits(mask).length;
    const c = count(mask);
    if (size < 2 || size > maxItems || c === 0 || c * 100 < supportPct * n) continue;
    for (let left = (mask - 1) & mask; left > 0; left = (left - 1) & mask) {
      const a = count(left);
      const b = count(mask & ~left);
      if (c * 100 >= confidencePct * a)
        rules.push(
          `${bits(left)
            .map((i) => `P${i}`)
            .join(',')}→${bits(mask & ~left)
            .map((i) => `P${i}`)
            .join(',')}:${c}/${a}/${b}`,
        );
    }
  }
  return { orders: n, rules: rules.sort() };
}

const order = (itemCount: number) => fc.array(fc.integer({ min: -1, max: itemCount - 1 }), { maxLength: 8 });
const data = fc.integer({ min: 1, max: 7 }).chain((itemCount) =>
  fc.record({
    itemCount: fc.constant(itemCount),
    orders: fc.array(order(itemCount), { minLength: 1, maxLength: 40 }),
    supportPct: fc.integer({ min: 1, max: 60 }),
    confidencePct: fc.integer({ min: 0, max: 100 }),
    maxItems: fc.integer({ min: 2, max: 5 }),
  }),
);

describe('basket rules', () => {
  it('equal a brute-force count over every set of items, on random orders', () => {
    fc.assert(
      fc.property(data, ({ itemCount, orders, supportPct, confidencePct, maxItems }) => {
        const options = { minSupport: supportPct / 100, minConfidence: confidencePct / 100, maxItems };
        const found = basketRules(linesOf(orders, itemCount), options);
        const expected = bruteForce(orders, itemCount, supportPct, confidencePct, maxItems);
        expect(found.orders).toBe(expected.orders);
        // The itemsets are the same with pairs counted in a square or by intersecting order lists.
        const baskets = basketsOf(linesOf(orders, itemCount), null);
        const minCount = minCountOf(options.minSupport, found.orders);
        const sets = (square: number) =>
          frequentItemsets(baskets, minCount, maxItems, undefined, undefined, square)
            .itemsets.map((s) => `${s.items.join(',')}:${s.count}`)
            .sort();
        expect(sets(0)).toEqual(sets(4096));
        // Keeping only the strongest few gives the first few of all, and counts them all.
        // (With pairs read from the square, and without.)
        const strongest = (limit: number, square = 4096) =>
          associationRules(
            frequentItemsets(baskets, minCount, maxItems, undefined, undefined, square),
            found.orders,
            options.minConfidence,
            (i) => `P${i}`,
            limit,
          );
        const all = strongest(1e9);
        expect(strongest(1e9, 0)).toEqual(all);
        for (const limit of [1, 2, 5])
          expect(strongest(limit)).toEqual({ rules: all.rules.slice(0, limit), found: all.found });
        const text = (r: (typeof found.rules)[number]) =>
          `${r.antecedent.map((i) => i.key).join(',')}→${r.consequent.map((i) => i.key).join(',')}:${r.orders}/${r.antecedentOrders}/${r.consequentOrders}`;
        expect(found.rules.map(text).sort()).toEqual(expected.rules);
        expect(found.found).toBe(expected.rules.length);
        for (const r of found.rules) {
          expect(r.support).toBeCloseTo(r.orders / found.orders, 12);
          expect(r.confidence).toBeCloseTo(r.orders / r.antecedentOrders, 12);
          expect(r.lift).toBeCloseTo(r.confidence / (r.consequentOrders / found.orders), 9);
        }
        // By lift, then by orders.
        for (let k = 1; k < found.rules.length; k++) {
          const [a, b] = [found.rules[k - 1], found.rules[k]];
          expect(a.lift > b.lift || (a.lift === b.lift && a.orders >= b.orders)).toBe(true);
        }
      }),
      { numRuns: 400, seed: 26 },
    );
  });

  it('counts an item once per order and leaves out lines with no item and orders with none', () => {
    const found = basketRules(linesOf([[0, 0, 1], [-1], [0, 1, -1], [1]], 2), {
      minSupport: 0.5,
      minConfidence: 0.5,
      maxItems: 3,
    });
    // 3 orders with an item; P0 in 2, P1 in 3, both in 2.
    expect(found.orders).toBe(3);
    expect(found.rules.map((r) => [r.antecedent[0].key, r.orders, r.antecedentOrders, r.consequentOrders])).toEqual([
      ['P0', 2, 2, 3],
      ['P1', 2, 3, 2],
    ]);
  });

  it('stops when asked to cancel, inside the mining', () => {
    // 60 orders of the same 30 items: every set of up to 3 of them is frequent.
    const lines = linesOf(
      Array.from({ length: 60 }, () => Array.from({ length: 30 }, (_, i) => i)),
      30,
    );
    let calls = 0;
    const check = () => {
      if (++calls > 2) throw new Error('cancelled');
    };
    expect(() => basketRules(lines, { minSupport: 0.5, minConfidence: 0.5, maxItems: 3 }, null, check)).toThrow(
      'cancelled',
    );
    expect(calls).toBe(3);
  });

  it('gives up with E_BASKET_TOO_MANY past a million sets of items', () => {
    // One order of 185 items: C(185, 3) + C(185, 2) + 185 = 1,055,425 sets, all frequent.
    const lines = linesOf([Array.from({ length: 185 }, (_, i) => i)], 185);
    expect(() => basketRules(lines, { minSupport: 0.5, minConfidence: 0.5, maxItems: 3 })).toThrow(
      expect.objectContaining({ code: 'E_BASKET_TOO_MANY' }),
    );
  });
});
