import { join } from 'node:path';
import { modelSpecSchema } from '../../src/shared/segments';
import { sharedData, tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { openOrdersRfmRun } from './open-orders-rfm-run';
import { isDefaultNonProduct, type RetailLine, retailLines } from '../helpers/retail-lines';
import { distinctiveProducts } from '../helpers/retail-products';
import { type AppHarness, expect, test } from './harness';
import { retailRunThroughUi } from './retail-run-through-ui';

type Lang = 'en' | 'zh-CN';

/** The raw rows' clean lines, read once per test worker. */
let raw: RetailLine[] | null = null;
const lines = () => {
  raw ??= retailLines();
  return raw;
};

const WORDS = {
  en: {
    buys: (item: string) => `Buys ${item}`,
    times: (n: string) => `${n}×`,
    often: 'as often as the average customer',
    lead: (n: string, name: string) => `${n} customers of ${name} bought a product`,
    leftOut: (n: string, money: string) => `Left out of this run’s data: ${n} order lines, ${money} of revenue.`,
    notProducts: 'Not products: POST, DOT, C2, M, D, S',
  },
  'zh-CN': {
    buys: (item: string) => `购买${item}`,
    times: (n: string) => `${n}倍`,
    often: '的频率分别是平均客户的',
    lead: (n: string, name: string) => `${name}中有 ${n} 位客户购买过商品`,
    leftOut: (n: string, money: string) => `本次分群数据中已排除：${n} 个订单行，销售额 ${money}。`,
    notProducts: '不计为商品：POST, DOT, C2, M, D, S',
  },
};

/** Numbers as the UI writes them: counts, shares with one decimal, lifts to one decimal, money in the dataset's currency. */
const formats = (lang: Lang, currency: string) => ({
  int: (n: number) => n.toLocaleString(lang),
  pct: (n: number) =>
    new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n),
  times: (lift: number) =>
    WORDS[lang].times(new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(Math.round(lift * 10) / 10)),
  money: (n: number) => new Intl.NumberFormat(lang, { style: 'currency', currency }).format(n),
});

/** Online Retail imported through the wizard and an RFM run (retailRunThroughUi); each customer's segment. */
async function retailWithRun(app: AppHarness, lang: Lang) {
  const { run, result, dataset } = await retailRunThroughUi(app, lang, 'Products.segdesk');
  const { service } = app;
  const members = service.runMembers(run.id);
  const ids = members.getChild('customerId')!;
  const segment = members.getChild('segment')!;
  const segmentOf = new Map<string, number>();
  for (let r = 0; r < members.numRows; r++) segmentOf.set(String(ids.get(r)), Number(segment.get(r)));
  return { result, segmentOf, currency: dataset.currency ?? 'GBP' };
}

/**
 * The Champions' panel: opened from their persona card, its lead, and the first row of what sets
 * them apart as counted from the raw rows (name, share of their buyers, times as often); the persona
 * line names the same product; the codes that are not products and what they left out.
 */
async function checkChampions(app: AppHarness, lang: Lang) {
  const { page } = app;
  const { result, segmentOf, currency } = await retailWithRun(app, lang);
  const fmt = formats(lang, currency);
  const words = WORDS[lang];
  const index = result.segments.findIndex((s) => s.key === 'champions');
  const name = result.segments[index].name[lang];
  const products = lines().filter((l) => !isDefaultNonProduct(l.code));
  const distinctive = distinctiveProducts(products, segmentOf, index);
  const top = distinctive[0];
  const buyers = new Set(products.filter((l) => segmentOf.get(l.customer) === index).map((l) => l.customer)).size;

  const card = page.getByTestId('persona-card').filter({ hasText: name });
  await expect(card.getByTestId('persona-buys').first()).toContainText(words.buys(top.name), { timeout: 120_000 });
  await card.scrollIntoViewIfNeeded();
  await app.screenshot(`products-persona-${lang}`, { docs: true });
  await card.getByTestId('segment-products').click();
  const panel = page.getByTestId('products-panel');
  await expect(panel.getByTestId('products-segment')).toContainText(name);
  await expect(panel.getByTestId('products-lead')).toContainText(words.lead(fmt.int(buyers), name));
  const first = panel.getByTestId('products-distinctive').locator('tbody tr.ant-table-row').first();
  await expect(first).toContainText(top.name);
  await expect(first).toContainText(top.code);
  await expect(first).toContainText(fmt.pct(top.share));
  await expect(first.getByTestId('item-often')).toHaveText(fmt.times(top.lift));
  await expect(panel.getByTestId('products-buys')).toContainText(words.buys(top.name));
  await expect(panel.getByTestId('products-buys')).toContainText(fmt.times(top.lift));
  await expect(panel.getByTestId('products-buys')).toContainText(words.often);
  await expect(panel.getByTestId('products-distinctive').locator('tbody tr.ant-table-row')).toHaveCount(
    Math.min(10, distinctive.length),
  );

  const left = lines().filter((l) => isDefaultNonProduct(l.code));
  const leftRevenue = left.reduce((sum, l) => sum + l.quantity * l.price, 0);
  await expect(panel.getByTestId('non-products-codes')).toContainText(words.notProducts);
  await expect(panel.getByTestId('non-products-left-out')).toHaveText(
    words.leftOut(fmt.int(left.length), fmt.money(leftRevenue)),
  );
  await panel.scrollIntoViewIfNeeded();
  await app.screenshot(`products-panel-${lang}`, { docs: true });
  await panel.getByTestId('non-products').scrollIntoViewIfNeeded();
  await app.screenshot(`products-panel-end-${lang}`);
  return { panel, fmt, words, left, leftRevenue, segmentOf };
}

/**
 * Country taken as the category on the Data page's column meanings: the panel switches between
 * products and categories; the Champions' top category by revenue is the country they spent most
 * in, as summed from the raw rows (every line counts at the category level).
 */
async function checkCategories(app: AppHarness, segmentOf: Map<string, number>) {
  const { page, service } = app;
  const dataset = service.current()!.datasets[0];
  await page.getByTestId('nav-data').click();
  await page.getByTestId('meanings-tab').click();
  await chooseOption(page, page.getByTestId('meaning-role-Country'), 'Category', { exact: true });
  await expect.poll(() => service.current()!.datasets[0].roles.category).toBe('Country');
  await page.getByTestId('nav-segments').click();
  const { result } = service.runDetails(service.current()!.runs[0].id);
  const index = result.segments.findIndex((s) => s.key === 'champions');
  const spent = new Map<string, number>();
  for (const l of lines())
    if (segmentOf.get(l.customer) === index) spent.set(l.country, (spent.get(l.country) ?? 0) + l.quantity * l.price);
  const [country, revenue] = [...spent].sort((a, b) => b[1] - a[1])[0];
  const card = page.getByTestId('persona-card').filter({ hasText: 'Champions' });
  await card.getByTestId('segment-products').click();
  const panel = page.getByTestId('products-panel');
  await panel.getByTestId('products-level').getByText('Categories').click();
  await expect(panel.getByTestId('products-lead')).toContainText(
    `${new Set(lines().map((l) => l.country)).size} categories in the data`,
  );
  const first = panel.getByTestId('products-top').locator('tbody tr.ant-table-row').first();
  await expect(first).toContainText(country);
  await expect(first).toContainText(formats('en', dataset.currency ?? 'GBP').money(revenue));
  await expect(panel.getByTestId('non-products')).toHaveCount(0);
  await app.screenshot('products-categories-en');
}

test('what each segment buys on an RFM run of Online Retail (en): the Champions against a count from the raw rows; the codes that are not products edited and reset', async ({
  app,
}) => {
  const { page } = app;
  const { panel, fmt, words, left, leftRevenue, segmentOf } = await checkChampions(app, 'en');

  // The top by customers: each row's customers, most first.
  await panel.getByTestId('products-top-by').getByText('By customers').click();
  const counts = await panel
    .getByTestId('products-top')
    .locator('tbody tr.ant-table-row td:nth-child(4)')
    .allInnerTexts();
  const numbers = counts.map((c) => Number(c.replace(/,/g, '')));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

  // One more code left out (85123A, the white hanging heart): its lines join the left-out ones; then back to the defaults.
  const heart = lines().filter((l) => l.code === '85123A');
  expect(heart.length).toBeGreaterThan(1000);
  await panel.getByTestId('non-products-edit').click();
  const editor = page.getByTestId('non-products-editor');
  await expect(editor.getByTestId('non-products-which')).toHaveText('The default list');
  const post = left.filter((l) => l.code === 'POST').length;
  await expect(editor.getByTestId('non-products-found').locator('tr', { hasText: 'POST' })).toContainText(
    fmt.int(post),
  );
  await app.screenshot('products-non-products-en', { docs: true });
  await editor.getByTestId('non-products-input').locator('input').fill('85123a');
  await editor.getByTestId('non-products-input').locator('input').press('Enter');
  await expect(editor.getByTestId('non-products-which')).toHaveText('Your own list');
  await editor.getByTestId('non-products-save').click();
  await expect(editor).toHaveCount(0);
  const heartRevenue = heart.reduce((sum, l) => sum + l.quantity * l.price, 0);
  await expect(panel.getByTestId('non-products-left-out')).toHaveText(
    words.leftOut(fmt.int(left.length + heart.length), fmt.money(leftRevenue + heartRevenue)),
    { timeout: 120_000 },
  );
  await expect(panel.getByTestId('non-products-codes')).toContainText('(15 codes)');
  await expect(panel.getByTestId('products-distinctive')).not.toContainText('85123A');

  await panel.getByTestId('non-products-edit').click();
  await editor.getByTestId('non-products-reset').click();
  await expect(editor.getByTestId('non-products-which')).toHaveText('The default list');
  await editor.getByTestId('non-products-save').click();
  await expect(panel.getByTestId('non-products-left-out')).toHaveText(
    words.leftOut(fmt.int(left.length), fmt.money(leftRevenue)),
    { timeout: 120_000 },
  );
  const dataset = app.service.current()!.datasets[0];
  expect(app.service.shop.products.nonProducts(dataset.id).edited).toBe(false);
  await checkCategories(app, segmentOf);
});

test('what each segment buys on an RFM run of Online Retail (zh-CN): the Champions against a count from the raw rows', async ({
  app,
}) => {
  await checkChampions(app, 'zh-CN');
});

test('a run whose dataset has no product or category column says which column it needs, and the button opens its column meanings', async ({
  app,
}) => {
  const { page } = app;
  await openOrdersRfmRun(app);
  const panel = page.getByTestId('products-panel');
  await expect(panel.getByTestId('products-needs')).toContainText(
    'To see what each segment buys, choose which column of the dataset holds the product ID, the product name or the category.',
  );
  await expect(page.getByTestId('persona-buys')).toHaveCount(0);
  await panel.getByTestId('products-map-role').click();
  await expect(page.getByTestId('meanings-panel')).toBeVisible();
  await expect(page.getByTestId('meanings-focus')).toContainText('Product ID');
});

test('a run on a dataset of customers says in one sentence (zh-CN) that what each segment buys needs order lines', async ({
  app,
}) => {
  const { page, service } = app;
  service.setLanguage('zh-CN');
  await service.createAt(join(tempDir(), 'Mall.segdesk'));
  const mall = await service.importFile(sharedData('Mall_Customers.csv'), {
    kind: 'customers',
    roles: { customerId: 'CustomerID' },
  });
  await service.createRun(
    mall.id,
    modelSpecSchema.parse({ model: 'kmeans', k: 3, features: [{ field: 'Annual Income (k$)' }, { field: 'Age' }] }),
  );
  await app.open();
  await page.getByTestId('nav-segments').click();
  await expect(page.getByTestId('products-needs')).toHaveText(
    '各分群购买偏好需要订单明细数据（每行一笔订单或一个订单行）；本次分群基于客户数据。',
  );
  await expect(page.getByTestId('products-map-role')).toHaveCount(0);
  await expect(page.getByTestId('products-segment')).toHaveCount(0);
});
