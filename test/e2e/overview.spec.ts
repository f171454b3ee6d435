import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resourcesDir, sharedData, tempDir } from '../helpers/paths';
import { englishWords, latinWordsOf } from './english-words';
import { chooseOption } from './choose-option';
import { expect, test, workspaceWith, type AppHarness } from './harness';
import { expectFigures } from './overview-figures';

/** Opens the demo workspace (on its Overview) and gives the Overview the service works out for its orders. */
async function openDemo(app: AppHarness) {
  await app.open();
  await app.page.getByTestId('welcome-demo').click();
  await expect(app.page.getByTestId('overview-page')).toBeVisible({ timeout: 60_000 });
  const dataset = app.service.current()!.datasets[0];
  return app.service.overview(dataset.id, { kind: 'auto' });
}

test('the demo opens on its Overview: the key figures are the service’s; Find my customer groups makes the 11-segment RFM run and opens it', async ({
  app,
}) => {
  const { page } = app;
  const overview = await openDemo(app);
  await expect(page.getByTestId('key-figures')).toBeVisible();
  expect(await expectFigures(page, overview, 'en')).toBe(8);
  await expect(page.getByTestId('overview-period-words')).toContainText(
    `${overview.period.from} – ${overview.period.until}`,
  );
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  await expect(page.getByTestId('customers-chart')).toBeVisible();
  await expect(page.getByTestId('cohort-heatmap')).toBeVisible();
  await expect(page.getByTestId('concentration-read')).toContainText('The top 20% of customers');
  await expect(page.getByTestId('largest-customers')).toContainText(overview.concentration!.largest[0].id);
  await app.screenshot('overview-en', { docs: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('overview-en-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  for (const panel of ['cohort-panel', 'concentration-panel', 'where-panel', 'month-of-year-chart']) {
    await page.getByTestId(panel).scrollIntoViewIfNeeded();
    await app.screenshot(`overview-en-${panel}`);
  }

  // The first-time buyers' finding opens the welcome-series playbook: its four steps in order.
  await page.getByTestId('finding-action-firstRepeat').click();
  const drawer = page.getByTestId('playbook-drawer');
  await expect(drawer).toContainText('Welcome series: turn first-time buyers into regulars');
  await expect(page.getByTestId('playbook-steps').locator('li')).toHaveCount(4);
  await expect(page.getByTestId('playbook-steps').locator('li').first()).toHaveText(
    'Day 0: thank them and say what to expect (delivery, service).',
  );
  await app.screenshot('overview-en-playbook');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('playbook-steps')).toBeHidden();

  // A range of days: compared with the half-year before it, each figure's change said.
  await chooseOption(page, page.getByTestId('overview-period'), 'Custom range', { exact: true });
  const range = page.getByTestId('overview-range').locator('input');
  await range.nth(0).fill('2025-07-01');
  await range.nth(0).press('Enter');
  await range.nth(1).fill('2025-12-31');
  await range.nth(1).press('Enter');
  const half = await app.service.overview(app.service.current()!.datasets[0].id, {
    kind: 'range',
    from: '2025-07-01',
    until: '2025-12-31',
  });
  // The 184 days before: 2024-12-29 – 2025-06-30.
  expect(half.previous).toEqual({ from: '2024-12-29', until: '2025-06-30' });
  await expect(page.getByTestId('overview-period-words')).toHaveText(
    '2025-07-01 – 2025-12-31, compared with 2024-12-29 – 2025-06-30',
  );
  await expectFigures(page, half, 'en');
  const revenue = half.figures.find((f) => f.key === 'revenue')!;
  const change = revenue.value! / revenue.previous! - 1;
  await expect(page.getByTestId('figure-revenue').getByTestId('figure-change')).toHaveText(
    `${change > 0 ? '▲' : '▼'} ${new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(change))} vs previous period`,
  );
  await page.getByTestId('figure-revenue').scrollIntoViewIfNeeded();
  await app.screenshot('overview-en-range');

  // The Overview-only report of the period on screen, as HTML where the save dialog says.
  const saved = join(tempDir(), 'Demo overview');
  app.dialogs.saveFile.push(saved);
  await page.getByTestId('overview-export').click();
  await page.getByRole('menuitem', { name: 'Report as HTML…' }).click();
  await expect(page.getByText('Saved Demo overview.html.')).toBeVisible();
  const html = readFileSync(`${saved}.html`, 'utf8');
  expect(html).toContain('Business overview');
  expect(html).toContain(
    new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(
      half.figures.find((f) => f.key === 'orders')!.value!,
    ),
  );

  const before = app.service.current()!.runs.length;
  await page.getByTestId('find-groups').click();
  await expect(page.getByTestId('segments-page')).toBeVisible();
  await expect.poll(() => app.service.current()!.runs.length).toBe(before + 1);
  const run = app.service.current()!.runs.at(-1)!;
  await expect(page.getByTestId('run-select')).toHaveText(new RegExp(`^RFM · ${run.analysisDate} \\(\\d+\\)$`));
  const details = app.service.runDetails(run.id);
  expect([details.spec.model, details.spec.model === 'rfm' && details.spec.scheme]).toEqual(['rfm', 'eleven']);
  expect(details.result.segments.filter((s) => s.key !== 'others').length).toBe(11);

  await page.getByTestId('back-to-overview').click();
  await expect(page.getByTestId('overview-page')).toBeVisible();
  await expect(page.getByTestId('key-figures')).toBeVisible();
});

test('the Overview in 简体中文 shows no English beyond the demo’s own words', async ({ app }) => {
  const { page } = app;
  app.service.setLanguage('zh-CN');
  const overview = await openDemo(app);
  expect(await expectFigures(page, overview, 'zh-CN')).toBe(8);
  await expect(page.getByTestId('nav-overview')).toHaveText('概览');
  await expect(page.getByTestId('cohort-heatmap')).toBeVisible();
  // The demo's own words: its name, customer ids, cities and column names.
  const own = latinWordsOf(`${readFileSync(join(resourcesDir, 'demo', 'orders.csv'), 'utf8')} SegmentDesk Demo`);
  expect(englishWords(await page.locator('body').innerText(), own)).toEqual([]);
  await app.screenshot('overview-zh-CN', { docs: true });
});

/** The Overview of the only dataset, as the service works it out for the automatic period. */
const serviceOverview = (app: AppHarness) =>
  app.service.overview(app.service.current()!.datasets[0].id, { kind: 'auto' });

/** Switches the UI to 简体中文 and checks the Overview has no English left beyond `own` words. */
async function walkInChinese(app: AppHarness, own: Set<string>) {
  const { page } = app;
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('nav-overview')).toHaveText('概览');
  await expect(page.getByTestId('key-figures')).toBeVisible();
  expect(englishWords(await page.locator('body').innerText(), own)).toEqual([]);
}

test('Online Retail: the Overview opens after the import with the service’s figures; the slipping regulars’ button makes their rules run', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await workspaceWith(app, 'Online Retail', [['online_retail_uci.csv.gz', '397,884']]);
  await expect(page.getByTestId('overview-page')).toBeVisible();
  const overview = await serviceOverview(app);
  await expect(page.getByTestId('key-figures')).toBeVisible({ timeout: 60_000 });
  expect(await expectFigures(page, overview, 'en')).toBe(8);
  const slipping = overview.findings.find((f) => f.key === 'slippingRegulars')!;
  const customers = Number(slipping.values.customers.value);
  await expect(page.getByTestId('finding-slippingRegulars').getByTestId('finding-title')).toContainText(
    `${customers.toLocaleString('en-US')} customers who used to buy every month`,
  );
  await expect(page.getByTestId('where-panel')).toBeVisible();
  await expect(page.getByTestId('weekday-hour-chart')).toBeVisible();
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await app.screenshot('overview-online-retail-en', { docs: true });

  await page.getByTestId('finding-action-slippingRegulars').click();
  await expect(page.getByTestId('segments-page')).toBeVisible();
  await expect.poll(() => app.service.current()!.runs.length).toBe(1);
  const run = app.service.current()!.runs[0];
  expect([run.model, run.name]).toEqual(['rules', 'Overview · Regulars slipping away']);
  const segment = app.service.runDetails(run.id).result.segments.find((s) => s.key === 'slipping_regulars')!;
  expect(segment.customers).toBe(customers);
  await expect(page.getByTestId('run-select')).toHaveText(`${run.name} · ${run.analysisDate}`);

  await page.getByTestId('back-to-overview').click();
  // The user's own words: the workspace's name and the file's column names (the map says which column it read).
  const header = gunzipSync(readFileSync(sharedData('online_retail_uci.csv.gz')))
    .subarray(0, 200)
    .toString('utf8');
  await walkInChinese(app, latinWordsOf(`Online Retail ${header.split('\n')[0]}`));
  await app.screenshot('overview-online-retail-zh-CN', { docs: true });
});

test('Tmall orders without customer ids: the order panels only, one sentence on why, provinces as bars', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await workspaceWith(app, 'Tmall', [['tmall_order_report.csv', '28,010']]);
  await expect(page.getByTestId('overview-page')).toBeVisible();
  const overview = await serviceOverview(app);
  expect(overview.hasCustomers).toBe(false);
  await expect(page.getByTestId('overview-orders-only')).toContainText('These orders have no customer id');
  expect(await expectFigures(page, overview, 'en')).toBe(3);
  await expect(page.getByTestId('figure-customers')).toHaveCount(0);
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  await expect(page.getByTestId('customers-chart')).toHaveCount(0);
  await expect(page.getByTestId('cohort-panel')).toHaveCount(0);
  await expect(page.getByTestId('concentration-panel')).toHaveCount(0);
  await expect(page.getByTestId('find-groups')).toHaveCount(0);
  await expect(page.getByTestId('where-panel')).toBeVisible();
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await app.screenshot('overview-tmall-en', { docs: true });
  await walkInChinese(app, latinWordsOf('Tmall tmall_order_report'));
  await expect(page.getByTestId('overview-orders-only')).toContainText('这些订单没有客户ID');
  await app.screenshot('overview-tmall-zh-CN', { docs: true });
});

test('several datasets: the newest orders first, another chosen; customers alone get a pointer to the Data page', async ({
  app,
}) => {
  const { page } = app;
  await app.service.createAt(join(tempDir(), 'Two shops.segdesk'));
  const mall = await app.service.importFile(sharedData('Mall_Customers.csv'));
  expect(mall.kind).toBe('customers');
  await app.open();
  // Customers alone: nothing over time to picture; the workspace opens on the Data page.
  await expect(page.getByTestId('dataset-table')).toBeVisible();
  await page.getByTestId('nav-overview').click();
  await expect(page.getByTestId('overview-empty')).toContainText('list customers, not orders');
  await page.getByTestId('overview-go-data').click();
  await expect(page.getByTestId('dataset-table')).toBeVisible();

  const orders = await app.service.importFile(sharedData('rfm_data_orders.csv'));
  const cdnow = await app.service.importFile(sharedData('CDNOW_sample.txt'));
  expect([orders.kind, cdnow.kind]).toEqual(['transactions', 'transactions']);
  await app.open();
  await expect(page.getByTestId('overview-dataset')).toHaveText(cdnow.name);
  await expectFigures(page, await app.service.overview(cdnow.id, { kind: 'auto' }), 'en');
  await chooseOption(page, page.getByTestId('overview-dataset'), orders.name, { exact: true });
  expect(
    await expectFigures(page, await app.service.overview(orders.id, { kind: 'auto' }), 'en'),
  ).toBeGreaterThanOrEqual(7);
});
