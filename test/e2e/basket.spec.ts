import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CountedRule, countedRules, type RetailBaskets, retailBaskets } from '../helpers/retail-baskets';
import { tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { ordersRfmRun } from '../helpers/orders-rfm-run';
import { type AppHarness, expect, test } from './harness';
import { retailRunThroughUi } from './retail-run-through-ui';

type Lang = 'en' | 'zh-CN';

/** The raw rows' orders and their rules at 1 % / 30 %, counted once per test worker. */
let counted: { baskets: RetailBaskets; rules: CountedRule[] } | null = null;
const count = () => {
  if (!counted) {
    const baskets = retailBaskets();
    counted = { baskets, rules: countedRules(baskets.orders, 0.01, 0.3) };
  }
  return counted;
};

/** Numbers as the UI writes them in each language (Intl, one decimal for shares and lifts). */
const formats = (lang: Lang) => ({
  int: (n: number) => n.toLocaleString(lang),
  pct: (n: number) =>
    new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n),
  dec1: (n: number) => new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n),
});

/** Names in a sentence as the language lists them ("A and B", "A和B"). */
const listed = (lang: Lang, names: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);

const WORDS = {
  en: {
    rule: (a: string, b: string) => `Orders with ${a} also hold ${b}`,
    orders: (n: string, s: string) => `${n} orders (${s})`,
    confidence: (c: string, a: string) => `${c} of orders with ${a}`,
    lift: (l: string) => `${l}× as often as usual`,
    preview: (n: string) => `${n} customers on this list`,
    action: (n: string, s: string, a: string, b: string) => `Offer ${b} to ${n} ${s} who buy ${a}`,
  },
  'zh-CN': {
    rule: (a: string, b: string) => `含 ${a} 的订单也含 ${b}`,
    orders: (n: string, s: string) => `${n} 笔订单（${s}）`,
    confidence: (c: string, a: string) => `含 ${a} 的订单中有 ${c}`,
    lift: (l: string) => `是平常的 ${l}×`,
    preview: (n: string) => `名单上有 ${n} 位客户`,
    action: (n: string, s: string, a: string, b: string) => `向购买了${a}的${n}位${s}推荐${b}`,
  },
};

/**
 * The basket page at its defaults (all customers, products, 1 %, 30 %): the top row of the rules
 * table is a rule with the highest lift of the independent count, with its orders, support,
 * confidence and lift as counted; the summary gives the count's rules and orders; the network is drawn.
 */
async function checkRules(app: AppHarness, lang: Lang): Promise<CountedRule> {
  const { page } = app;
  const { baskets, rules } = count();
  const fmt = formats(lang);
  const words = WORDS[lang];
  const names = (codes: string[]) =>
    listed(
      lang,
      codes.map((c) => baskets.names.get(c)!),
    );
  await page.getByTestId('nav-basket').click();
  await expect(page.getByTestId('basket-support')).toHaveValue('1.0');
  await expect(page.getByTestId('basket-confidence')).toHaveValue('30');
  await page.getByTestId('basket-find').click();
  const first = page.getByTestId('basket-rules').locator('tbody tr.ant-table-row').first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('basket-summary')).toContainText(fmt.int(rules.length));
  await expect(page.getByTestId('basket-summary')).toContainText(fmt.int(baskets.orders.size));

  // A → B and B → A of a pair share their lift: the row is one of the rules with the top lift.
  const top = rules.filter((r) => Math.abs(r.lift - rules[0].lift) < 1e-9);
  const shown = await first.getByTestId('rule-text').innerText();
  const rule = top.find((r) => words.rule(names(r.antecedent), names(r.consequent)) === shown);
  expect(rule, `${shown} is one of ${top.length} rules with lift ${rules[0].lift}`).toBeDefined();
  await expect(first.getByTestId('rule-orders')).toHaveText(
    words.orders(fmt.int(rule!.orders), fmt.pct(rule!.support)),
  );
  await expect(first.getByTestId('rule-confidence')).toHaveText(
    words.confidence(fmt.pct(rule!.confidence), names(rule!.antecedent)),
  );
  await expect(first.getByTestId('rule-lift')).toHaveText(words.lift(fmt.dec1(rule!.lift)));

  const chart = page.getByTestId('basket-chart');
  await expect(chart.locator('.echarts-for-react svg')).toBeVisible();
  await expect(chart.locator('.echarts-for-react svg')).toContainText(
    baskets.names.get(rule!.consequent[0])!.slice(0, 20),
  );
  await page.getByTestId('basket-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await app.screenshot(`basket-rules-${lang}`, { docs: true });
  return rule!;
}

/** The customers of one segment who bought every product of A and none of B, from the raw rows and the run's members. */
function expectedList(app: AppHarness, runId: number, segment: number, rule: CountedRule): string[] {
  const { bought } = count().baskets;
  const members = app.service.runMembers(runId);
  const ids = members.getChild('customerId')!;
  const segments = members.getChild('segment')!;
  const out: string[] = [];
  for (let i = 0; i < members.numRows; i++) {
    if (segments.get(i) !== segment) continue;
    const has = bought.get(String(ids.get(i))) ?? new Set<string>();
    if (rule.antecedent.every((c) => has.has(c)) && !rule.consequent.some((c) => has.has(c)))
      out.push(String(ids.get(i)));
  }
  return out.sort();
}

/**
 * A cross-sell list from the top rule for the Champions: its preview and kept count equal the
 * independent count, its action sentence says what to offer whom; exported as CSV, its rows are
 * exactly those customers, each of them a Champion.
 */
async function checkList(
  app: AppHarness,
  lang: Lang,
  rule: CountedRule,
  run: { id: number },
  champions: { index: number; name: string },
) {
  const { page, dialogs } = app;
  const fmt = formats(lang);
  const words = WORDS[lang];
  const { names } = count().baskets;
  const expected = expectedList(app, run.id, champions.index, rule);
  expect(expected.length).toBeGreaterThan(0);
  await page.getByTestId('basket-rules').locator('tbody tr.ant-table-row').first().getByTestId('rule-list').click();
  await chooseOption(page, page.getByTestId('list-segment'), champions.name);
  await expect(page.getByTestId('list-preview')).toHaveText(words.preview(fmt.int(expected.length)), {
    timeout: 60_000,
  });
  await app.screenshot(`cross-sell-dialog-${lang}`, { docs: true });
  await page.getByTestId('list-keep').click();
  const row = page.getByTestId('run-lists').locator('tbody tr.ant-table-row').first();
  await expect(row.getByTestId('list-customers')).toHaveText(fmt.int(expected.length), { timeout: 60_000 });
  const a = listed(
    lang,
    rule.antecedent.map((c) => names.get(c)!),
  );
  const b = listed(
    lang,
    rule.consequent.map((c) => names.get(c)!),
  );
  await expect(row.getByTestId('list-action')).toHaveText(words.action(fmt.int(expected.length), champions.name, a, b));
  await row.scrollIntoViewIfNeeded();
  await app.screenshot(`cross-sell-lists-${lang}`, { docs: true });

  const file = join(tempDir('segdesk-cross-sell-'), `cross-sell-${lang}.csv`);
  dialogs.saveFile.push(file);
  await row.getByTestId('list-csv').click();
  await expect(page.getByTestId('export-list')).toBeVisible();
  await expect(page.getByTestId('export-segments')).toHaveCount(0);
  await page.getByTestId('export-members-save').click();
  // The message that says it was saved (the dialog's "Writing …" line can still be on screen beside it).
  await expect(page.locator('.ant-message-notice', { hasText: `cross-sell-${lang}.csv` })).toBeVisible({
    timeout: 60_000,
  });
  const [header, ...rows] = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const segmentAt = header.split(',').findIndex((h) => h === (lang === 'en' ? 'Segment' : '客户分群'));
  expect(segmentAt).toBeGreaterThan(0);
  const cells = rows.map((r) => r.split(','));
  expect(cells.map((c) => c[0]).sort()).toEqual(expected);
  for (const c of cells) expect(c[segmentAt]).toBe(champions.name);

  // Deleted after one question: the run keeps no list.
  await row.getByTestId('list-delete').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('lists-empty')).toBeVisible();
  expect(app.service.shop.lists.lists(run.id)).toEqual([]);
}

/**
 * From the segment page's products panel: the Champions' top five products by customers as a list
 * of the Champions who bought none of them; its preview equals the count from the raw rows.
 */
async function checkTopProductsList(
  app: AppHarness,
  lang: Lang,
  run: { id: number },
  champions: { index: number; name: string },
) {
  const { page, service } = app;
  const { bought } = count().baskets;
  const products = await service.shop.products.runProducts(run.id);
  const top = products.product!.segments.find((s) => s.segment === champions.index)!.byBuyers.slice(0, 5);
  const members = service.runMembers(run.id);
  const ids = members.getChild('customerId')!;
  const segments = members.getChild('segment')!;
  let expected = 0;
  for (let i = 0; i < members.numRows; i++) {
    const has = bought.get(String(ids.get(i))) ?? new Set<string>();
    if (segments.get(i) === champions.index && !top.some((item) => has.has(item.key))) expected++;
  }
  await page.getByTestId('nav-segments').click();
  await chooseOption(page, page.getByTestId('products-segment'), champions.name);
  await page.getByTestId('top-products-list').click();
  await expect(page.getByTestId('list-segment')).toContainText(champions.name);
  await expect(page.getByTestId('list-preview')).toHaveText(WORDS[lang].preview(formats(lang).int(expected)), {
    timeout: 60_000,
  });
  await app.screenshot(`cross-sell-top-products-${lang}`);
  await page.getByTestId('list-keep').click();
  await expect
    .poll(() => service.shop.lists.lists(run.id).map((l) => [l.spec.source, l.customers]))
    .toEqual([['topProducts', expected]]);
}

/** Thresholds no pair of products reaches: the page says what to lower, with the thresholds used. */
async function checkNoRules(app: AppHarness) {
  const { page } = app;
  await page.getByTestId('nav-basket').click();
  await page.getByTestId('basket-support').fill('50');
  await page.getByTestId('basket-find').click();
  await expect(page.getByTestId('basket-none')).toHaveText(
    `No rules at these thresholds in ${count().baskets.orders.size.toLocaleString('en')} orders. Lower the minimum share of orders (now 50.0%) or the minimum share of orders with the first products (now 30.0%).`,
    { timeout: 60_000 },
  );
  await expect(page.getByTestId('basket-rules')).toHaveCount(0);
}

for (const lang of ['en', 'zh-CN'] as const)
  test(`what sells together on Online Retail (${lang}): the top rule as counted from the raw rows, the network, a cross-sell list for the Champions exported row by row`, async ({
    app,
  }) => {
    test.setTimeout(360_000);
    const { run, result } = await retailRunThroughUi(app, lang, 'Baskets.segdesk');
    const index = result.segments.findIndex((s) => s.key === 'champions');
    const champions = { index, name: result.segments[index].name[lang] };
    const rule = await checkRules(app, lang);
    await checkList(app, lang, rule, run, champions);
    await checkTopProductsList(app, lang, run, champions);
    if (lang === 'en') await checkNoRules(app);
  });

test('what sells together on orders without a product or category column: one sentence on what to map, and a button to the column meanings', async ({
  app,
}) => {
  const { page, service } = app;
  await ordersRfmRun(service, join(tempDir(), 'No products.segdesk'));
  await app.open();
  await page.getByTestId('nav-basket').click();
  await page.getByTestId('basket-find').click();
  await expect(page.getByTestId('basket-needs')).toContainText(
    'Basket rules need a product or category column: on the Data page, mark the column with the product code (or name) as "Product ID" or "Product name", or a category column as "Category".',
  );
  await page.getByTestId('basket-map').click();
  await expect(page.getByTestId('meanings-panel')).toBeVisible();
});
