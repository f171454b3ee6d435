import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BasketResult } from '../../../../src/shared/products';
import { directRules, retailBaskets } from '../../../helpers/basket-direct';
import { COUNTRY_RULES, uciCountries } from '../../../helpers/online-retail';
import { sharedData, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';

let t: TestService;
let datasetId: number;
const baskets = retailBaskets();

beforeAll(async () => {
  t = createTestService();
  await t.service.createAt(join(tempDir(), 'basket-retail.segdesk'));
  const info = await t.service.importFile(sharedData('online_retail_uci.csv.gz'));
  expect([info.roles.productId, info.roles.productName]).toEqual(['StockCode', 'Description']);
  datasetId = info.id;
}, 180_000);
afterAll(async () => {
  await t?.service.dispose();
});

/** A rule of the result in the test's terms. */
const asDirect = (r: BasketResult['rules'][number]) => ({
  antecedent: r.antecedent.map((i) => i.key),
  consequent: r.consequent.map((i) => i.key),
  orders: r.orders,
  antecedentOrders: r.antecedentOrders,
  consequentOrders: r.consequentOrders,
});

/** The top rules of the result equal the direct count's: items, counts, and support, confidence, lift. */
function expectTop(result: BasketResult, direct: ReturnType<typeof directRules>, top: number) {
  expect([result.orders, result.items, result.frequentItems]).toEqual([
    direct.orders,
    direct.items,
    direct.frequentItems,
  ]);
  expect(result.found).toBe(direct.rules.length);
  const expected = direct.rules.slice(0, top);
  expect(result.rules.slice(0, top).map(asDirect)).toEqual(
    expected.map(({ support: _s, confidence: _c, lift: _l, ...counts }) => counts),
  );
  result.rules.slice(0, top).forEach((r, k) => {
    expect(r.support).toBeCloseTo(expected[k].support, 12);
    expect(r.confidence).toBeCloseTo(expected[k].confidence, 12);
    expect(r.lift).toBeCloseTo(expected[k].lift, 9);
  });
}

describe('basket rules on Online Retail (cleaned), products, support 1 %, confidence 30 %', () => {
  it('the top 20 rules by lift equal a count from the raw rows', async () => {
    const result = await t.service.shop.basket.rules({
      datasetId,
      by: 'product',
      minSupport: 0.01,
      minConfidence: 0.3,
      maxItems: 3,
    });
    const direct = directRules(
      [...baskets.values()].map((o) => o.codes),
      1,
      30,
    );
    // 18,532 invoices, 130 of them with service lines only (POST, M …); 3,659 products, 627 in 1 % of the orders or more.
    expect([direct.orders, direct.items, direct.frequentItems, direct.rules.length]).toEqual([18_402, 3659, 627, 699]);
    expectTop(result, direct, 20);
    // Named by their most frequent description.
    expect(result.rules.flatMap((r) => r.antecedent).find((i) => i.key === '22697')?.name).toBe(
      'GREEN REGENCY TEACUP AND SAUCER',
    );
    expect(result.excluded!.codes.map((c) => c.key)).toContain('POST');
  });

  it('within one segment: the orders of the EU customers of the Country rule run', async () => {
    const run = await t.service.createRun(datasetId, { model: 'rules', rules: COUNTRY_RULES, frequency: 'orders' });
    const eu = run.result.segments.findIndex((s) => s.key === 'eu');
    const result = await t.service.shop.basket.rules({
      datasetId,
      runId: run.run.id,
      segment: eu,
      by: 'product',
      minSupport: 0.03,
      minConfidence: 0.3,
      maxItems: 3,
    });
    const { country } = uciCountries();
    const euOrders = [...baskets.values()].filter((o) =>
      COUNTRY_RULES[1].when.all[0].values.includes(country.get(o.customer)!),
    );
    expectTop(
      result,
      directRules(
        euOrders.map((o) => o.codes),
        3,
        30,
      ),
      20,
    );
  });
});
