import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BasketResult } from '../../../../src/shared/products';
import { tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

/**
 * Seven invoices, counted by hand:
 *   1001 AA BB CC · 1002 AA AA BB (AA on two lines) · 1003 AA CC · 1004 BB CC · 1005 AA BB POST · 1006 POST · 1007 DD
 * (A, B, D alone are non-product codes of Online Retail: the items are AA, BB, CC, DD; below, A stands for AA and so on.)
 * POST is not a product, so 1006 holds no item: 6 orders. Orders with A 4, B 4, C 3, D 1;
 * A+B 3, A+C 2, B+C 2, A+B+C 1. Support 30 % of 6 = 1.8 → at least 2 orders: A, B, C; AB, AC, BC.
 * Confidence 60 %: A→B 3/4, B→A 3/4 (lift 3·6/(4·4) = 1.125); C→A 2/3, C→B 2/3 (lift 2·6/(3·4) = 1);
 * A→C, B→C 2/4 fall short.
 */
const LINES = [
  ['1001', 'AA', 'Apple'],
  ['1001', 'BB', 'Bread'],
  ['1001', 'CC', 'Cheese'],
  ['1002', 'AA', 'Apple'],
  ['1002', 'AA', 'Apple'],
  ['1002', 'BB', 'Bread'],
  ['1003', 'AA', 'Apple'],
  ['1003', 'CC', 'Cheese'],
  ['1004', 'BB', 'Bread'],
  ['1004', 'CC', 'Cheese'],
  ['1005', 'AA', 'Apple'],
  ['1005', 'BB', 'Bread'],
  ['1005', 'POST', 'POSTAGE'],
  ['1006', 'POST', 'POSTAGE'],
  ['1007', 'DD', 'Dates'],
];

/**
 * No order id: a customer's lines on one day are one order. Customer 1 on the 3rd: AA BB, on the
 * 4th: AA; customer 2 on the 3rd (two visits): AA BB CC; customer 3 on the 5th: BB — 4 orders.
 * AA in 3, BB in 3, both in 2: at support 50 % and confidence 50 %, AA→BB and BB→AA (2/3), lift 2·4/(3·3).
 */
const DAY_LINES = [
  ['12341', 'AA', '2011-01-03 09:00'],
  ['12341', 'BB', '2011-01-03 09:00'],
  ['12341', 'AA', '2011-01-04 09:00'],
  ['12342', 'AA', '2011-01-03 10:00'],
  ['12342', 'BB', '2011-01-03 10:00'],
  ['12342', 'CC', '2011-01-03 17:30'],
  ['12343', 'BB', '2011-01-05 12:00'],
];

let t: TestService;
let datasetId: number;
let dayDatasetId: number;
let customersId: number;

beforeAll(async () => {
  const dir = tempDir();
  const file = join(dir, 'basket.csv');
  const rows = LINES.map(
    ([invoice, code, name], i) =>
      `${invoice},${code},${name},1,2011-01-0${1 + (i % 5)} 10:00,2.5,${12340 + Number(invoice.slice(-1))}`,
  );
  writeFileSync(
    file,
    ['InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID', ...rows].join('\n'),
  );
  t = createTestService();
  await t.service.createAt(join(dir, 'basket.segdesk'));
  const info = await t.service.importFile(file);
  datasetId = info.id;
  const dayFile = join(dir, 'days.csv');
  const dayRows = DAY_LINES.map(([customer, code, date]) => `${customer},${code},${code} thing,1,${date},2.5`);
  writeFileSync(dayFile, ['CustomerID,StockCode,Description,Quantity,InvoiceDate,UnitPrice', ...dayRows].join('\n'));
  dayDatasetId = (await t.service.importFile(dayFile)).id;
  const customersFile = join(dir, 'customers.csv');
  writeFileSync(customersFile, 'CustomerID,Country\n12341,France\n12342,Spain\n12343,Italy\n');
  const customers = await t.service.importFile(customersFile);
  expect(customers.kind).toBe('customers');
  customersId = customers.id;
}, 120_000);
afterAll(async () => {
  await t?.service.dispose();
});

const rule = (r: BasketResult['rules'][number]) => ({
  rule: `${r.antecedent.map((i) => i.key).join('+')}→${r.consequent.map((i) => i.key).join('+')}`,
  orders: r.orders,
  antecedentOrders: r.antecedentOrders,
  consequentOrders: r.consequentOrders,
});

/** A dataset's rules (by default the first fixture's by product, at support 30 %, confidence 60 %). */
const rulesOf = (id = datasetId, by: 'product' | 'category' = 'product', minSupport = 0.3, minConfidence = 0.6) =>
  t.service.shop.basket.rules({ datasetId: id, by, minSupport, minConfidence, maxItems: 3 });

describe('basket rules (service → worker → result)', () => {
  it('finds the hand-counted rules of a small order file, POST left out', async () => {
    const result = await rulesOf();
    expect(result.needs).toBeNull();
    expect([result.orders, result.items, result.frequentItems, result.found, result.truncated]).toEqual([
      6,
      4,
      3,
      4,
      false,
    ]);
    expect(result.rules.map(rule)).toEqual([
      { rule: 'AA→BB', orders: 3, antecedentOrders: 4, consequentOrders: 4 },
      { rule: 'BB→AA', orders: 3, antecedentOrders: 4, consequentOrders: 4 },
      { rule: 'CC→AA', orders: 2, antecedentOrders: 3, consequentOrders: 4 },
      { rule: 'CC→BB', orders: 2, antecedentOrders: 3, consequentOrders: 4 },
    ]);
    expect(result.rules[0].antecedent[0]).toEqual({ key: 'AA', name: 'Apple' });
    expect(result.rules[0].support).toBeCloseTo(3 / 6, 12);
    expect(result.rules[0].confidence).toBeCloseTo(3 / 4, 12);
    expect(result.rules[0].lift).toBeCloseTo(1.125, 12);
    expect(result.rules[2].confidence).toBeCloseTo(2 / 3, 12);
    expect(result.rules[2].lift).toBeCloseTo(1, 12);
    expect(result.excluded!.codes).toEqual([{ key: 'POST', name: 'POST', lines: 2, revenue: 5 }]);
  });

  it('says a category column is needed to find rules by category', async () => {
    const result = await rulesOf(datasetId, 'category');
    expect(result.needs).toBe('productOrCategory');
    expect(result.rules).toEqual([]);
  });

  it('without an order id, takes a customer’s lines on one day as one order', async () => {
    const result = await rulesOf(dayDatasetId, 'product', 0.5, 0.5);
    expect([result.orderedBy, result.orders, result.items, result.frequentItems]).toEqual(['customerDay', 4, 3, 2]);
    expect(result.rules.map(rule)).toEqual([
      { rule: 'AA→BB', orders: 2, antecedentOrders: 3, consequentOrders: 3 },
      { rule: 'BB→AA', orders: 2, antecedentOrders: 3, consequentOrders: 3 },
    ]);
    expect(result.rules[0].lift).toBeCloseTo(8 / 9, 12);
  });

  it('says basket rules need order lines on a dataset of customers', async () => {
    const result = await rulesOf(customersId);
    expect([result.needs, result.orders, result.rules]).toEqual(['transactions', 0, []]);
  });

  it('refuses a run without a segment', () => {
    const spec = { datasetId, runId: 1, by: 'product', minSupport: 0.3, minConfidence: 0.6, maxItems: 3 } as const;
    expect(() => t.service.shop.basket.rules(spec)).toThrow(
      'Give both a run and one of its segments, or neither (all orders).',
    );
  });
});
