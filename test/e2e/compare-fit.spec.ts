import { join } from 'node:path';
import { moneyFormat } from '../../src/shared/money-format';
import { modelSpecSchema } from '../../src/shared/segments';
import { sharedData, tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { expect, test, type AppHarness } from './harness';

/** Orders RFM at the end of 2005, re-applied to the end of 2006 twice (all days, the last 365), then a CDNOW CLV run: made through the service. */
async function prepare(app: AppHarness) {
  const { service } = app;
  const file = join(tempDir(), 'compare-fit.segdesk');
  await service.createAt(file);
  const orders = await service.importFile(sharedData('rfm_data_orders.csv'));
  const cdnow = await service.importFile(sharedData('CDNOW_master.txt'));
  const spec = (s: unknown) => modelSpecSchema.parse(s);
  const before = await service.createRun(
    orders.id,
    spec({ model: 'rfm', scheme: 'eleven', analysisDate: '2005-12-31' }),
  );
  await service.reapplyRun(before.run.id, { analysisDate: '2006-12-31' });
  await service.reapplyRun(before.run.id, { analysisDate: '2006-12-31', windowDays: 365 });
  await service.createRun(cdnow.id, spec({ model: 'clv', calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30' }));
  await service.close();
  return file;
}

/** Pairs of text boxes (label, other label) in a chart's SVG that overlap. */
async function overlappingLabels(app: AppHarness, testId: string): Promise<string[]> {
  return app.page
    .getByTestId(testId)
    .locator('.echarts-for-react svg')
    .evaluate((svg) => {
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));
      const hits: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].box, boxes[j].box];
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
            hits.push(`${boxes[i].text} / ${boxes[j].text}`);
        }
      return hits;
    });
}

for (const lang of ['en', 'zh-CN'] as const)
  test(`Compare at 1280 × 800 (${lang}): the latest pair of one model preselected, runs named by model and day, the matrix fits, Sankey labels apart, money with its currency`, async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const file = await prepare(app);
    await app.open();
    if (lang === 'zh-CN') await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
    app.dialogs.workspace.push(file);
    await page.getByTestId('welcome-open').click();
    await page.getByTestId('nav-compare').click();

    // Not CDNOW's CLV run (the newest) against an RFM run: the two latest RFM runs.
    await expect(page.getByTestId('compare-from')).toHaveText('RFM · 2006-12-31');
    await expect(page.getByTestId('compare-to')).toHaveText(
      lang === 'en' ? 'RFM · 2006-12-31 (2)' : 'RFM · 2006-12-31（2）',
    );
    await page.getByTestId('compare-from').click();
    await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveText([
      'RFM · 2005-12-31',
      'RFM · 2006-12-31',
      lang === 'en' ? 'RFM · 2006-12-31 (2)' : 'RFM · 2006-12-31（2）',
      'CLV · 1997-10-01',
    ]);
    await page.keyboard.press('Escape');
    // The list closes with an animation: wait until it is gone, or chooseOption would take the
    // closing list for an open one and wait for it in vain.
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    await chooseOption(page, page.getByTestId('compare-from'), 'RFM · 2005-12-31', { exact: true });
    await chooseOption(page, page.getByTestId('compare-to'), 'RFM · 2006-12-31', { exact: true });
    await page.getByTestId('compare-run').click();
    const matrix = page.getByTestId('compare-matrix');
    await expect(matrix).toBeVisible({ timeout: 60_000 });

    // Every column, "gone" and the total too, inside the window: no scrolling sideways.
    const headers = matrix.locator('thead th');
    await expect(headers.last()).toHaveText(lang === 'en' ? 'Total' : '合计');
    const edge = await headers.last().evaluate((th) => th.getBoundingClientRect().right);
    expect(edge).toBeLessThanOrEqual(1280 - 16);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await app.screenshot(`compare-fit-matrix-${lang}`);

    const sankey = page.getByTestId('compare-sankey');
    await sankey.scrollIntoViewIfNeeded();
    await expect(sankey.locator('.echarts-for-react svg text').first()).toBeVisible();
    expect(await overlappingLabels(app, 'compare-sankey')).toEqual([]);
    await app.screenshot(`compare-fit-sankey-${lang}`);

    const comparison = await app.service.comparison(
      app.service.current()!.runs[0].id,
      app.service.current()!.runs[1].id,
    );
    const champions = comparison.kpis.find((k) => k.segment === 'champions')!;
    const money = (n: number) => moneyFormat(lang, 'USD').format(n);
    await page.getByTestId('compare-kpis').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('compare-kpis').locator('tr[data-row-key="champions"]')).toContainText(
      `${money(champions.revenueBefore)} → ${money(champions.revenueAfter)}`,
    );
    await app.screenshot(`compare-fit-kpis-${lang}`);
  });
