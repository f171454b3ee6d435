import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/paths';
import { expect, pickDay, test, workspaceWith } from './harness';
import { chooseOption } from './choose-option';

test('re-apply an RFM run to a later date and compare: the migration matrix, the Sankey, the KPIs', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await workspaceWith(app, 'compare', [['online_retail_uci.csv.gz', '397,884']]);
  await page.getByTestId('nav-compare').click();
  await expect(page.getByTestId('compare-empty')).toBeVisible();

  // RFM as of 2011-06-30 on the Segments page.
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await pickDay(app, 'run-analysis-date', '2011-06-30');
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('analysed as of 2011-06-30');

  // Re-applied at 2011-12-10 from the Compare page, then compared.
  await page.getByTestId('nav-compare').click();
  await expect(page.getByTestId('compare-page')).toContainText('Re-apply the run to a later date');
  await page.getByTestId('reapply-open').click();
  await pickDay(app, 'reapply-date', '2011-12-10');
  await page.getByTestId('reapply-run').click();
  await expect.poll(() => app.service.current()!.runs.length, { timeout: 60_000 }).toBe(2);
  const [june, december] = app.service.current()!.runs;
  await expect(page.getByTestId('compare-to')).toHaveText('RFM · 2011-12-10');
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-matrix')).toBeVisible({ timeout: 60_000 });

  const comparison = await app.service.comparison(june.id, december.id);
  const total = comparison.counts.flat().reduce((s, v) => s + v, 0);
  // Every customer of either run: December (no window) has all 4,338, June's are among them.
  expect(total).toBe(4338);
  await expect(page.getByTestId('compare-moves')).toHaveText(
    `Moved up ${comparison.moves.up.toLocaleString('en-US')} · moved down ${comparison.moves.down.toLocaleString('en-US')} · stayed ${comparison.moves.stayed.toLocaleString('en-US')} · new ${comparison.moves.new.toLocaleString('en-US')} · gone ${comparison.moves.gone.toLocaleString('en-US')}.`,
  );
  await expect(page.getByTestId('compare-matrix').locator('tr', { hasText: 'Champions' }).first()).toBeVisible();
  await expect(page.getByTestId('compare-periods')).toContainText(
    'Before: 2011-01-18 up to 2011-06-30; after: 2011-06-30 up to 2011-12-10',
  );
  const champions = comparison.kpis.find((k) => k.segment === 'champions')!;
  await expect(page.getByTestId('compare-kpis').locator('tr', { hasText: 'Champions' })).toContainText(
    `${(champions.retention! * 100).toFixed(1)}%`,
  );
  await expect(page.getByTestId('compare-sankey').locator('.echarts-for-react svg')).toBeVisible();
  await app.screenshot('compare-matrix-en', { docs: true });

  // June's Champions who moved down, saved as CSV from the row's menu.
  const file = join(tempDir(), 'champions-down.csv');
  app.dialogs.saveFile.push(file);
  await page.getByTestId('moves-export-champions').click();
  await page.getByRole('menuitem', { name: 'Moved down (CSV)' }).click();
  await expect(page.getByText('Saved champions-down.csv')).toBeVisible();
  const saved = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(saved[0]).toBe('Customer ID,Segment before,Segment after,Move');
  expect(saved.length - 1).toBe(comparison.movesByRow[comparison.rows.indexOf('champions')].down);
  expect(app.dialogs.savedAs.at(-1)!.defaultName).toContain('champions-down');
  await page.getByTestId('compare-sankey').scrollIntoViewIfNeeded();
  await app.screenshot('compare-sankey-en', { docs: true });

  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('compare-moves')).toContainText('升级');
  await page.getByTestId('compare-kpis').scrollIntoViewIfNeeded();
  await app.screenshot('compare-kpis-zh-CN', { docs: true });
});
