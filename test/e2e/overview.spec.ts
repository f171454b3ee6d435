import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../helpers/paths';
import { englishWords, latinWordsOf } from './english-words';
import { expect, test, type AppHarness } from './harness';
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
  expect(await expectFigures(page, overview, 'en')).toBeGreaterThanOrEqual(8);
  await expect(page.getByTestId('overview-period-words')).toContainText(
    `${overview.period.from} – ${overview.period.until}`,
  );
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  await expect(page.getByTestId('customers-chart')).toBeVisible();
  await expect(page.getByTestId('cohort-heatmap')).toBeVisible();
  await expect(page.getByTestId('concentration-read')).toContainText('The top 20% of customers');
  await expect(page.getByTestId('largest-customers')).toContainText(overview.concentration!.largest[0].id);
  await app.screenshot('overview-en', { docs: true });
  for (const panel of ['cohort-panel', 'concentration-panel', 'where-panel', 'month-of-year-chart']) {
    await page.getByTestId(panel).scrollIntoViewIfNeeded();
    await app.screenshot(`overview-en-${panel}`);
  }

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
  expect(await expectFigures(page, overview, 'zh-CN')).toBeGreaterThanOrEqual(8);
  await expect(page.getByTestId('nav-overview')).toHaveText('概览');
  await expect(page.getByTestId('cohort-heatmap')).toBeVisible();
  // The demo's own words: its name, customer ids, cities and column names.
  const own = latinWordsOf(`${readFileSync(join(resourcesDir, 'demo', 'orders.csv'), 'utf8')} SegmentDesk Demo`);
  expect(englishWords(await page.locator('body').innerText(), own)).toEqual([]);
  await app.screenshot('overview-zh-CN', { docs: true });
});
