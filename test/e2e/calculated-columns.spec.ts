import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData, tempDir } from '../helpers/paths';
import { EDUCATION_MARITAL_RULES, marketingCustomers, ruleFigures } from '../helpers/marketing-campaign';
import { chooseOption } from './choose-option';
import { expect, test, workspaceWith, type AppHarness } from './harness';

type Locator = ReturnType<AppHarness['page']['getByTestId']>;

/** Types into a select and picks each option named (a multiple select's list is closed after). */
async function choose(app: AppHarness, select: Locator, ...options: string[]) {
  await select.click();
  for (const option of options) {
    await app.page.keyboard.type(option);
    await chooseOption(app.page, select, option);
  }
  if (options.length > 1 || (await select.evaluate((el) => el.classList.contains('ant-select-multiple'))))
    await app.page.keyboard.press('Escape');
}

const money = (n: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(n);
const count = (n: number) => n.toLocaleString('en-US');

/** Adds a sum column in the dialog, with its meaning; the preview shows the first row's sum and no empty cell. */
async function addSum(app: AppHarness, name: string, columns: string[], role: string, first: number, shot?: string) {
  const { page } = app;
  await page.getByTestId('calc-open').click();
  await expect(page.getByTestId('calc-dialog')).toBeVisible();
  await page.getByTestId('calc-name').fill(name);
  await choose(app, page.getByTestId('calc-columns'), ...columns);
  await choose(app, page.getByTestId('calc-role'), role);
  const preview = page.getByTestId('calc-preview');
  await expect(preview.locator('tbody tr.ant-table-row').first()).toContainText(count(first));
  await expect(page.getByTestId('calc-empty')).toHaveText('No cell comes out empty (2,240 rows).');
  if (shot) {
    await page.getByTestId('calc-preview').scrollIntoViewIfNeeded();
    await app.screenshot(shot, { docs: true });
  }
  await page.getByTestId('calc-add').click();
  await expect(page.getByText(`Added the column “${name}”.`)).toBeVisible();
  await expect(page.getByTestId('calc-dialog')).toHaveCount(0);
}

test('marketing_campaign: spend and purchases as calculated columns, then RFM (11 segments) and a rule run on Education × Marital_Status, equal to sums made from the file', async ({
  app,
}) => {
  const { page } = app;
  const raw = marketingCustomers(readFileSync(sharedData('marketing_campaign.csv'), 'utf8'));
  await workspaceWith(app, 'Marketing', [['marketing_campaign.csv', '2,240']]);
  const [imported] = app.service.current()!.datasets;
  expect([imported.kind, imported.roles.recency]).toEqual(['customers', 'Recency']);

  const mnt = ['MntWines', 'MntFruits', 'MntMeatProducts', 'MntFishProducts', 'MntSweetProducts', 'MntGoldProds'];
  await addSum(app, 'spend', mnt, 'Total revenue', raw[0].spend, 'calc-column-sum-en');
  await addSum(
    app,
    'purchases',
    ['NumWebPurchases', 'NumCatalogPurchases', 'NumStorePurchases'],
    'Number of orders',
    raw[0].purchases,
  );
  const grid = page.getByTestId('data-preview');
  await expect(grid.locator('thead')).toContainText('purchases');
  await expect(grid.locator('tbody tr.ant-table-row').first()).toContainText(count(raw[0].spend));
  const [dataset] = app.service.current()!.datasets;
  expect(dataset.roles).toMatchObject({ revenue: 'spend', orderCount: 'purchases', recency: 'Recency' });

  // A ratio says how many cells come out empty, and why: MntFruits is 0 for some customers.
  await page.getByTestId('calc-open').click();
  await page.getByTestId('calc-name').fill('gold_per_fruit');
  await choose(app, page.getByTestId('calc-shape'), 'Ratio (a ÷ b)');
  await choose(app, page.getByTestId('calc-a'), 'MntGoldProds');
  await choose(app, page.getByTestId('calc-b'), 'MntFruits');
  const zero =
    raw.length -
    readFileSync(sharedData('marketing_campaign.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .filter((l) => l.split('\t')[10] !== '0').length;
  await expect(page.getByTestId('calc-empty')).toHaveText(
    `${count(zero)} of 2,240 cells come out empty. ${count(zero)} of them because the divisor is 0.`,
  );
  await page.getByTestId('calc-preview').scrollIntoViewIfNeeded();
  await app.screenshot('calc-column-ratio-en', { docs: true });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('calc-dialog')).toHaveCount(0);

  // RFM, 11 segments, from Recency / purchases / spend.
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('2,240 customers');
  const run = app.service.current()!.runs[0];
  const { result } = app.service.runDetails(run.id);
  expect(result.segments.slice(0, 11).map((s) => s.key)).toEqual([
    'champions',
    'loyal',
    'potential_loyalist',
    'new',
    'promising',
    'need_attention',
    'about_to_sleep',
    'cant_lose',
    'at_risk',
    'hibernating',
    'lost',
  ]);
  // The run's own per-customer segments, joined to the sums made here from the file.
  const members = app.service.runMembers(run.id);
  const spendOf = new Map(raw.map((c) => [c.id, c]));
  const ids = members.getChild('customerId')!;
  const segs = members.getChild('segment')!;
  const bySegment = new Map<string, { customers: number; revenue: number }>();
  for (let i = 0; i < members.numRows; i++) {
    const c = spendOf.get(String(ids.get(i)))!;
    expect([
      members.getChild('recency')!.get(i),
      members.getChild('frequency')!.get(i),
      members.getChild('monetary')!.get(i),
    ]).toEqual([c.recency, c.purchases, c.spend]);
    const key = String(segs.get(i));
    const s = bySegment.get(key) ?? { customers: 0, revenue: 0 };
    s.customers++;
    s.revenue += c.spend;
    bySegment.set(key, s);
  }
  const summary = page.getByTestId('segment-summary');
  for (const [index, seg] of result.segments.entries()) {
    const mine = bySegment.get(seg.name.en) ??
      bySegment.get(seg.key) ??
      bySegment.get(String(index)) ?? { customers: 0, revenue: 0 };
    expect([seg.name.en, seg.customers, seg.revenue]).toEqual([seg.name.en, mine.customers, mine.revenue]);
    if (seg.customers === 0) continue;
    const row = summary.locator('tr', { hasText: seg.name.en }).first();
    await expect(row).toContainText(count(mine.customers));
    await expect(row).toContainText(money(mine.revenue));
  }
  await expect(summary.locator('tr', { hasText: 'All customers' })).toContainText(
    money(raw.reduce((n, c) => n + c.spend, 0)),
  );

  // A rule run on Education × Marital_Status in the rule builder, with live counts.
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-scheme').getByText('Own rules').click();
  await expect(page.getByTestId('rule-builder')).toBeVisible();
  const direct = ruleFigures(raw);
  // The builder starts from a ready-made set (age bands): cleared first.
  const segments = page.getByTestId('rule-segment');
  for (let n = await segments.count(); n > 0; n--) {
    await segments.first().getByTestId('rule-remove').click();
    await expect(segments).toHaveCount(n - 1);
  }
  for (const [k, rule] of EDUCATION_MARITAL_RULES.entries()) {
    await page.getByTestId('rule-add-segment').click();
    const own = page.getByTestId('rule-segment').last();
    await own.getByTestId('rule-name').fill(rule.name.en);
    const [education, marital] = rule.when.all;
    await choose(app, own.getByTestId('rule-field'), 'Education');
    await choose(app, own.getByTestId('rule-values'), education.values[0]);
    await own.getByTestId('rule-add-condition').first().click();
    const second = own.getByTestId('rule-condition').nth(1);
    await choose(app, second.getByTestId('rule-field'), 'Marital_Status');
    await choose(app, second.getByTestId('rule-values'), marital.values[0]);
    await expect(own.getByTestId('rule-count')).toHaveText(`${count(direct[k].customers)} customers`);
  }
  await expect(page.getByTestId('rule-others')).toContainText(`${count(direct[4].customers)} customers`);
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('2,240 customers in 5 segments');
  const rules = app.service.runDetails(app.service.current()!.runs.at(-1)!.id).result;
  expect(rules.segments.map((s) => ({ customers: s.customers, revenue: s.revenue }))).toEqual(direct);
  for (const [k, rule] of EDUCATION_MARITAL_RULES.entries()) {
    const row = summary.locator('tr', { hasText: rule.name.en }).first();
    await expect(row).toContainText(count(direct[k].customers));
    await expect(row).toContainText(money(direct[k].revenue));
  }
  await app.screenshot('calc-column-rules-run-en');
});

test.describe('in Chinese', () => {
  test.use({ systemLocale: 'zh-CN' });

  test('天猫订单：收货地址按现成的“中国省份 → 七大地区”归组，预览、添加，华东的订单数等于直接计数', async ({ app }) => {
    const { page } = app;
    await app.service.createAt(join(tempDir(), '天猫.segdesk'));
    const dataset = await app.service.importFile(sharedData('tmall_order_report_gbk.csv'));
    await app.open();
    // Orders open on their Overview; calculated columns are made on the Data page.
    await page.getByTestId('nav-data').click();
    await page.getByTestId('calc-open').click();
    await page.getByTestId('calc-name').fill('地区');
    await choose(app, page.getByTestId('calc-shape'), '按值归组');
    await choose(app, page.getByTestId('calc-column'), '收货地址');
    await choose(app, page.getByTestId('calc-preset'), '中国省份 → 七大地区');
    const groups = page.getByTestId('calc-groups');
    await expect(groups.locator('tr', { hasText: '上海' }).first().locator('input')).toHaveValue('华东');
    await expect(page.getByTestId('calc-other')).toHaveValue('其他');
    await expect(page.getByTestId('calc-empty')).toHaveText('没有空单元格（共 28,010 行）。');
    await app.screenshot('calc-column-map-zh-CN', { docs: true });
    await page.getByTestId('calc-add').click();
    await expect(page.getByText('已添加列“地区”。')).toBeVisible();

    // East China, counted straight from the file by the provinces' names (short or full).
    const east = ['上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '台湾'];
    const lines = readFileSync(sharedData('tmall_order_report.csv'), 'utf8').trim().split('\n').slice(1);
    const direct = lines.filter((l) => east.some((p) => l.split(',')[3].startsWith(p))).length;
    const { columns } = await app.service.stats(dataset.id);
    const region = columns[app.service.current()!.datasets[0].columns.findIndex((c) => c.name === '地区')];
    expect(region.top.find((v) => v.value === '华东')?.count).toBe(direct);
    expect(region.top.reduce((n, v) => n + v.count, 0)).toBe(28010);
  });
});
