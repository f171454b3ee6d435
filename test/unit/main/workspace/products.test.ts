import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../../../src/main/workspace/create-handlers';
import type { ItemStat, RunProducts } from '../../../../src/shared/products';
import { RFM_ELEVEN } from '../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../helpers/paths';
import {
  isDefaultNonProduct,
  productNames,
  RETAIL_PRODUCT_ROLES,
  retailLines,
  type RetailLine,
} from '../../../helpers/retail-lines';
import { createTestService, type TestService } from '../../../helpers/service';

/** One segment's figures per product, counted here from the raw lines. */
interface Counted {
  buyers: number;
  revenue: Map<string, number>;
  customers: Map<string, Set<string>>;
}

/** Per segment: revenue and buyers per product code; and all buyers per code (independent of the engine). */
function countBySegment(lines: readonly RetailLine[], segmentOf: Map<string, number>, segments: number) {
  const per: Counted[] = Array.from({ length: segments }, () => ({
    buyers: 0,
    revenue: new Map(),
    customers: new Map(),
  }));
  const all = new Map<string, Set<string>>();
  const buyersSeen = Array.from({ length: segments }, () => new Set<string>());
  for (const l of lines) {
    const s = segmentOf.get(l.customer)!;
    const c = per[s];
    c.revenue.set(l.code, (c.revenue.get(l.code) ?? 0) + l.quantity * l.price);
    if (!c.customers.has(l.code)) c.customers.set(l.code, new Set());
    c.customers.get(l.code)!.add(l.customer);
    if (!all.has(l.code)) all.set(l.code, new Set());
    all.get(l.code)!.add(l.customer);
    buyersSeen[s].add(l.customer);
  }
  per.forEach((c, s) => (c.buyers = buyersSeen[s].size));
  return { per, all, customers: new Set(lines.map((l) => l.customer)).size };
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

let t: TestService;
let products: RunProducts;
let lines: RetailLine[];
let segmentOf: Map<string, number>;
let segments: number;
let runId: number;

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir('segdesk-products-'), 'retail.segdesk'));
  const dataset = await t.service.importFile(sharedData('online_retail_uci.csv.gz'), {
    kind: 'transactions',
    roles: RETAIL_PRODUCT_ROLES,
  });
  const { run, result } = await t.service.createRun(dataset.id, RFM_ELEVEN);
  segments = result.segments.length;
  runId = run.id;
  // The run's own segment per customer (the products are counted below without the engine).
  const members = t.service.runMembers(run.id);
  const ids = members.getChild('customerId')!;
  const segment = members.getChild('segment')!;
  segmentOf = new Map(
    Array.from({ length: members.numRows }, (_, r) => [String(ids.get(r)), segment.get(r) as number]),
  );
  products = await t.service.shop.products.runProducts(run.id);
  lines = retailLines();
}, 120_000);

afterAll(async () => {
  await t?.service.dispose();
});

describe('products per segment of an RFM run of Online Retail', () => {
  it('come through the app’s request products:run (its output schema holds), with the job’s progress', async () => {
    const dispatch = createDispatcher(createHandlers(t.service));
    expect(await dispatch('products:run', { runId, jobId: 'products-retail' })).toEqual({ ok: true, value: products });
    const progress = t.events.filter(
      (e) => e.event === 'job:progress' && (e.payload as { jobId: string }).jobId === 'products-retail',
    );
    expect(progress.map((e) => (e.payload as { message: { key: string } }).message.key)).toEqual(['exportReading']);
    expect(await dispatch('products:run', { runId: 999, jobId: 'products-none' })).toMatchObject({
      ok: false,
      error: { code: 'E_NOT_FOUND' },
    });
  });

  it('leaves out the non-product codes, names codes by their most frequent description', () => {
    expect(lines.length).toBe(397_884);
    expect(products.needs).toBeNull();
    expect(products.analysisDate).toBe('2011-12-10');
    expect(products.category).toBeNull();
    const left = lines.filter((l) => isDefaultNonProduct(l.code));
    const byCode = new Map<string, number>();
    for (const l of left) byCode.set(l.code, (byCode.get(l.code) ?? 0) + 1);
    expect(products.excluded!.lines).toBe(left.length);
    expect(new Map(products.excluded!.codes.map((c) => [c.key, c.lines]))).toEqual(byCode);
    expect(Object.fromEntries(byCode)).toEqual({ POST: 1099, M: 284, C2: 133, DOT: 16, 'BANK CHARGES': 12, PADS: 3 });
    const kept = lines.filter((l) => !isDefaultNonProduct(l.code));
    expect(products.product!.items).toBe(new Set(kept.map((l) => l.code)).size);
    expect(products.product!.customers).toBe(new Set(kept.map((l) => l.customer)).size);
  });

  it('ranks each segment’s top products by revenue and by buyers with the lift of an independent count', () => {
    const kept = lines.filter((l) => !isDefaultNonProduct(l.code));
    const names = productNames(kept);
    const { per, all, customers } = countBySegment(kept, segmentOf, segments);
    const level = products.product!;
    expect(level.segments.map((s) => s.buyers)).toEqual(per.map((c) => c.buyers));
    // Champions: 910 customers; their top product by revenue is the cake stand, bought by 312 of them.
    expect(per[0].buyers).toBe(910);
    expect([...per[0].revenue].sort((a, b) => b[1] - a[1])[0][0]).toBe('22423');
    expect(per[0].customers.get('22423')!.size).toBe(312);
    // Lost customers (segment 10) buy little more often than anyone: 2 products clear max(5, 2 % of 774) = 16 buyers with lift > 1.
    expect(level.segments.map((s) => s.distinctive.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 8, 2, 6]);
    per.forEach((c, s) => {
      const got = level.segments[s];
      const stat = (code: string) => {
        const buyers = c.customers.get(code)!.size;
        const allBuyers = all.get(code)!.size;
        return {
          key: code,
          name: names.get(code),
          buyers,
          allBuyers,
          lift: buyers / c.buyers / (allBuyers / customers),
        };
      };
      const codes = [...c.customers.keys()];
      const byRevenue = [...codes].sort((a, b) => c.revenue.get(b)! - c.revenue.get(a)! || byKey(a, b)).slice(0, 10);
      const byBuyers = [...codes]
        .sort((a, b) => c.customers.get(b)!.size - c.customers.get(a)!.size || byKey(a, b))
        .slice(0, 10);
      const shape = (i: ItemStat) => ({
        key: i.key,
        name: i.name,
        buyers: i.buyers,
        allBuyers: i.allBuyers,
        lift: i.lift,
      });
      expect(got.byRevenue.map(shape)).toEqual(byRevenue.map(stat));
      expect(got.byBuyers.map(shape)).toEqual(byBuyers.map(stat));
      got.byRevenue.forEach((i, k) => expect(i.revenue).toBeCloseTo(c.revenue.get(byRevenue[k])!, 6));
      // Distinctive: bought by at least max(5, 2 % of the segment's buyers), lift above 1, by lift (then buyers, key).
      const min = Math.max(5, Math.ceil(0.02 * c.buyers));
      const distinctive = codes
        .map(stat)
        .filter((i) => i.buyers >= min && i.lift > 1)
        .sort((a, b) => b.lift - a.lift || b.buyers - a.buyers || byKey(a.key, b.key))
        .slice(0, 10);
      expect(got.minBuyers).toBe(min);
      expect(got.distinctive.map(shape)).toEqual(distinctive);
    });
  });

  it('finds what each segment stopped buying in the last 90 days (bought before 2011-09-11, not since)', () => {
    const kept = lines.filter((l) => !isDefaultNonProduct(l.code));
    const cutoff = '2011-09-11'; // 2011-12-10 − 90 days
    const before = new Map<string, Set<string>>();
    const since = new Set<string>();
    for (const l of kept) {
      const pair = `${l.customer}\u0000${l.code}`;
      if (l.day < cutoff) {
        if (!before.has(l.code)) before.set(l.code, new Set());
        before.get(l.code)!.add(l.customer);
      } else since.add(pair);
    }
    for (let s = 0; s < segments; s++) {
      const stopped = new Map<string, { customers: number; before: number }>();
      for (const [code, who] of before) {
        const mine = [...who].filter((c) => segmentOf.get(c) === s);
        const gone = mine.filter((c) => !since.has(`${c}\u0000${code}`)).length;
        if (gone > 0) stopped.set(code, { customers: gone, before: mine.length });
      }
      const top = [...stopped]
        .sort((a, b) => b[1].customers - a[1].customers || byKey(a[0], b[0]))
        .slice(0, 10)
        .map(([key, v]) => ({ key, customers: v.customers, share: v.customers / v.before }));
      const got = products.product!.segments[s].stopped.find((w) => w.days === 90)!;
      expect(got.items.map(({ key, customers, share }) => ({ key, customers, share }))).toEqual(top);
    }
  });
});
