import { join } from 'node:path';
import { tempDir, sharedData } from '../helpers/paths';
import { onlineRetailPlaces, tmallPlaces } from '../helpers/where-places';
import { axe } from './axe';
import { chooseOption } from './choose-option';
import { englishWords } from './english-words';
import { expect, test, workspaceWith } from './harness';

const int = (n: number) => n.toLocaleString('en-US');
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

test('Where, Online Retail: countries on the shipped world map (no request leaves the app), the 5 it cannot draw listed beside it', async ({
  app,
}) => {
  const { page } = app;
  const places = onlineRetailPlaces();
  const total = places.rows.reduce((s, r) => s + r.revenue, places.unplaced.revenue);
  const row = (name: string) => places.rows.find((r) => r.name === name)!;
  await workspaceWith(app, 'Retail where', [['online_retail_uci.csv.gz', '397,884']]);
  await expect(page.getByTestId('overview-page')).toBeVisible({ timeout: 60_000 });
  const panel = page.getByTestId('where-panel');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByTestId('where-lead')).toContainText(
    `United Kingdom brings ${pct(row('United Kingdom').revenue / total)} of revenue.`,
  );
  // The map is drawn from the bundled atlas: its shapes are in the SVG once the lazy chunk is in.
  const map = panel.getByTestId('where-map-chart');
  await expect(map.locator('[data-testid="chart-image"] svg path').first()).toBeVisible();
  const offMap = panel.getByTestId('where-off-map').locator('li');
  await expect(offMap).toHaveCount(5);
  await expect(offMap.filter({ hasText: 'Channel Islands' })).toContainText(
    `(too small for this map)Customers ${row('Channel Islands').customers} · `,
  );
  await expect(offMap.filter({ hasText: 'European Community' })).toContainText('(not a country)');
  await map.getByTestId('chart-table-toggle').click();
  const table = map.getByTestId('chart-table');
  await expect(table.locator('tbody tr')).toHaveCount(37);
  await expect(table.locator('tbody tr').first()).toContainText(
    `United Kingdom${int(row('United Kingdom').customers!)}${int(row('United Kingdom').orders)}`,
  );
  await expect(table.locator('tbody tr', { hasText: 'Ireland' })).toContainText(`Ireland${row('Ireland').customers}`);
  await expect(table.locator('tbody tr').last()).toContainText(`Place not known—${int(places.unplaced.orders)}`);
  await map.getByTestId('chart-table-toggle').click();
  await expect(page.getByText('Imported 397,884 rows from online_retail_uci.csv.gz.')).toBeHidden();
  await panel.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await app.screenshot('overview-where-en', { docs: true });

  // A country's tooltip gives its figures; a grey one (Russia: no orders) has none.
  const image = map.getByTestId('chart-image');
  await image.hover({ position: { x: 311, y: 75 } });
  const ukTip = page.getByText(`Customers: ${int(row('United Kingdom').customers!)}`);
  await expect(ukTip).toBeVisible();
  await app.screenshot('overview-where-tooltip-en');
  await image.hover({ position: { x: 520, y: 40 } });
  await expect(ukTip).toBeHidden();
  await app.screenshot('overview-where-grey-en');
  // WCAG 2.1 A and AA on the panel: nothing serious or critical.
  const audit = await axe(page).include('[data-testid="where-panel"]').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
    [],
  );
  await panel.getByTestId('where-metric').getByText('Revenue').click();
  await expect(panel.getByText('Revenue by country', { exact: true })).toBeVisible();
  const bars = panel.getByTestId('where-bars-chart');
  await expect(bars.locator('[data-testid="chart-image"]')).toHaveAttribute('aria-label', /Largest: United Kingdom/);

  // In Chinese: the countries by their Chinese names, no English left but the column's own name and the map's sources.
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(panel.getByTestId('where-off-map')).toContainText('海峡群岛（面积太小，此地图上画不出）');
  await expect(panel.getByTestId('where-lead')).toContainText('英国贡献了');
  expect(englishWords(await panel.innerText(), new Set(['country']))).toEqual([]);
  await panel.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await app.screenshot('overview-where-map-zh-CN');
  expect(app.blocked).toEqual([]);
});

test('Where, the Tmall orders in 简体中文: provinces as sorted bars (no map of China), grouped by the seven regions', async ({
  app,
}) => {
  const { page, dialogs } = app;
  const places = tmallPlaces();
  const shanghai = places.rows.find((r) => r.name === '上海')!;
  await app.open();
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  dialogs.newWorkspace.push(join(tempDir(), '天猫地域.segdesk'));
  await page.getByTestId('welcome-new').click();
  dialogs.dataFile.push(sharedData('tmall_order_report.csv'));
  await page.getByTestId('import-button').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-import').click();
  await expect(page.getByTestId('overview-page')).toBeVisible({ timeout: 60_000 });
  const panel = page.getByTestId('where-panel');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toContainText('订单来自哪里');
  await expect(panel).toContainText('省份用条形图显示，而不是地图');
  await expect(panel.getByTestId('where-map')).toHaveCount(0);
  const bars = panel.getByTestId('where-bars-chart');
  await expect(bars.locator('[data-testid="chart-image"]')).toHaveAttribute(
    'aria-label',
    new RegExp(`最大：上海，${int(shanghai.orders)}`),
  );
  await bars.getByTestId('chart-table-toggle').click();
  const rows = bars.getByTestId('chart-table').locator('tbody tr');
  await expect(rows).toHaveCount(31);
  await expect(rows.first()).toContainText(`上海${int(shanghai.orders)}`);
  await bars.getByTestId('chart-table-toggle').click();
  await panel.getByTestId('where-by-region').click();
  await expect(bars.locator('svg text', { hasText: '华东' })).toBeVisible();
  await expect(page.getByText('已从 tmall_order_report.csv 导入 28,010 行。')).toBeHidden();
  await panel.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await app.screenshot('overview-where-zh-CN', { docs: true });
  expect(app.blocked).toEqual([]);
});
