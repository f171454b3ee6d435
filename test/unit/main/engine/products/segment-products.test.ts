import { describe, expect, it } from 'vitest';
import { minDistinctiveBuyers } from '../../../../../src/main/engine/products/rank-level';
import { segmentProducts } from '../../../../../src/main/engine/products/segment-products';
import { DEFAULT_NON_PRODUCT_CODES } from '../../../../../src/shared/products';
import { prepareCsvText } from '../../../../helpers/csv-text';
import { PRODUCT_LINE_ROLES } from '../../../../helpers/product-roles';

// Segment 0: c1 … c6 (all buy X, c1 also Y, c2 also Z); segment 1: c7 … c12 (all buy Y, c7 also X).
// c13 is not a member; c8's Z on 2024-07-05 is after the analysis day; POST is not a product.
const LINES = `order,customer,date,code,description,category,amount
1,c1,2024-06-15,X,Xmas lights,Gifts,10
1,c1,2024-06-15,Y,Yarn,Craft,4
1,c1,2024-06-15,POST,Postage,Service,5
2,c2,2024-06-15,X,Xmas lights,Gifts,10
2,c2,2024-06-15,Z,Zip bag,Craft,30
3,c3,2024-01-01,X,Xmas lights,Gifts,10
4,c4,2024-03-01,X,Xmas lights,Gifts,10
5,c5,2024-01-01,X,Xmas light,Gifts,10
6,c5,2024-06-01,X,Xmas lights,Gifts,10
7,c6,2024-06-15,X,Xmas lights,Gifts,10
8,c7,2024-06-15,X,Xmas lights,Gifts,10
8,c7,2024-06-15,Y,Yarn,Craft,4
9,c8,2024-06-20,Y,Yarn,Craft,4
10,c9,2024-06-20,Y,Yarn,Craft,4
11,c10,2024-06-20,Y,Yarn,Craft,4
12,c11,2024-06-20,Y,Yarn,Craft,4
13,c12,2024-06-20,Y,Yarn,Craft,4
14,c8,2024-07-05,Z,Zip bag,Craft,30
15,c13,2024-06-20,Z,Zip bag,Craft,30
`;
const ROLES = PRODUCT_LINE_ROLES;
const IDS = Array.from({ length: 12 }, (_, k) => `c${k + 1}`);
const MEMBERS = { ids: IDS, segment: Int32Array.from(IDS, (_, k) => (k < 6 ? 0 : 1)), segments: 2 };

async function fixture(analysisDate = Date.UTC(2024, 6, 1)) {
  const data = await prepareCsvText(LINES, { kind: 'transactions', roles: ROLES });
  return segmentProducts({
    table: data.table,
    roles: data.roles,
    members: MEMBERS,
    analysisDate,
    nonProducts: DEFAULT_NON_PRODUCT_CODES,
  });
}

describe('segmentProducts', () => {
  it('ranks each segment’s products by revenue and by buyers, with lift against all the run’s customers', async () => {
    const { product, excluded } = await fixture();
    // 12 members bought a product; X: 7 of them, Y: 7, Z: 1 (c8's Z is after the analysis day, c13 is no member).
    expect(product!.customers).toBe(12);
    expect(product!.items).toBe(3);
    const [s0, s1] = product!.segments;
    expect(s0.buyers).toBe(6);
    // X: 6 of 6 in segment 0 against 7 of 12 overall → 12/7; Y: 1/6 ÷ 7/12 = 2/7; Z: 1/6 ÷ 1/12 = 2.
    expect(s0.byRevenue.map((i) => [i.key, i.name, i.revenue, i.buyers, i.allBuyers])).toEqual([
      ['X', 'Xmas lights', 70, 6, 7],
      ['Z', 'Zip bag', 30, 1, 1],
      ['Y', 'Yarn', 4, 1, 7],
    ]);
    expect(s0.byRevenue.map((i) => i.lift)).toEqual([12 / 7, 2, 2 / 7]);
    expect(s0.byRevenue[0].share).toBe(1);
    expect(s0.byRevenue[0].allShare).toBe(7 / 12);
    // Ties on buyers go to the key that sorts first.
    expect(s0.byBuyers.map((i) => i.key)).toEqual(['X', 'Y', 'Z']);
    expect(s1.byRevenue.map((i) => [i.key, i.revenue, i.buyers])).toEqual([
      ['Y', 24, 6],
      ['X', 10, 1],
    ]);
    expect(excluded).toEqual({ codes: [{ key: 'POST', name: 'POST', lines: 1, revenue: 5 }], lines: 1, revenue: 5 });
  });

  it('takes as distinctive only items bought by at least minBuyers of the segment, with lift above 1', async () => {
    const { product } = await fixture();
    const [s0, s1] = product!.segments;
    // Z has the highest lift in segment 0 (2) but 1 buyer < 5.
    expect(s0.minBuyers).toBe(5);
    expect(s0.distinctive.map((i) => [i.key, i.lift])).toEqual([['X', 12 / 7]]);
    expect(s1.distinctive.map((i) => [i.key, i.lift])).toEqual([['Y', 12 / 7]]);
    expect([
      minDistinctiveBuyers(10),
      minDistinctiveBuyers(250),
      minDistinctiveBuyers(251),
      minDistinctiveBuyers(1000),
    ]).toEqual([5, 5, 6, 20]);
  });

  it('finds the items a segment stopped buying in the last 90 and 180 days', async () => {
    const { product } = await fixture();
    const [s0, s1] = product!.segments;
    // 90 days before 2024-07-01 is 2024-04-02: c3 (Jan) and c4 (Mar) bought X before it and not since;
    // c5 bought it in Jan and June. 180 days: 2024-01-03: only c3 (c4's March is within the window).
    expect(s0.stopped).toEqual([
      { days: 90, items: [{ key: 'X', name: 'Xmas lights', customers: 2, share: 2 / 3 }] },
      { days: 180, items: [{ key: 'X', name: 'Xmas lights', customers: 1, share: 1 / 2 }] },
    ]);
    expect(s1.stopped).toEqual([
      { days: 90, items: [] },
      { days: 180, items: [] },
    ]);
  });

  it('counts up to the day after the last line when the run has no analysis day', async () => {
    // 2024-07-06: c8's Z of 2024-07-05 counts, so Z has 2 buyers.
    const { product } = await fixture(Number.NaN);
    expect(product!.segments[1].byBuyers.map((i) => [i.key, i.buyers, i.allBuyers])).toEqual([
      ['Y', 6, 7],
      ['X', 1, 7],
      ['Z', 1, 2],
    ]);
    expect(product!.segments[0].stopped[0].items.map((i) => [i.key, i.customers])).toEqual([['X', 2]]);
  });

  it('counts categories as they are (service lines included), and has no level without its column', async () => {
    const { category } = await fixture();
    const s0 = category!.segments[0];
    // Gifts: 6 of 6 vs 7 of 12; Craft: c1, c2 = 2 of 6 vs 8 of 12; Service: c1 = 1 of 6 vs 1 of 12.
    expect(s0.byBuyers.map((i) => [i.key, i.buyers, i.allBuyers, i.lift])).toEqual([
      ['Gifts', 6, 7, 12 / 7],
      ['Craft', 2, 8, 0.5],
      ['Service', 1, 1, 2],
    ]);
    const data = await prepareCsvText(LINES, { kind: 'transactions', roles: ROLES });
    const none = segmentProducts({
      table: data.table,
      roles: { ...data.roles, category: undefined },
      members: MEMBERS,
      analysisDate: Date.UTC(2024, 6, 1),
      nonProducts: [],
    });
    expect(none.category).toBeNull();
    // With no non-product codes, POST is a product: c1's.
    expect(none.product!.segments[0].byBuyers.map((i) => i.key)).toEqual(['X', 'POST', 'Y', 'Z']);
  });
});
