import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chosenModel } from '../../src/shared/clv';
import { tempDir } from '../helpers/paths';
import { expect, pickDay, test, workspaceWith } from './harness';
import { chooseOption } from './choose-option';

test('lifetime value from the UI on CDNOW master and on Online Retail: fits, warnings, the validation view', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page } = app;
  await workspaceWith(app, 'clv', [
    ['CDNOW_master.txt', '69,659'],
    ['online_retail_uci.csv.gz', '397,884'],
  ]);
  await page.getByTestId('nav-segments').click();

  for (const [dataset, calibration, holdout, shot] of [
    ['CDNOW_master', '1997-09-30', '1998-06-30', 'cdnow'],
    ['online_retail_uci', '2011-09-30', '2011-12-09', 'retail'],
  ] as const) {
    await page.getByTestId('new-run').click();
    await chooseOption(page, page.getByTestId('run-dataset'), dataset, { exact: true });
    await page.getByTestId('run-scheme').getByText('Lifetime value (CLV)').click();
    await expect(page.getByTestId('clv-builder')).toBeVisible();
    // A holdout before the calibration period ends is refused in words, before anything runs.
    await pickDay(app, 'clv-holdout-end', holdout);
    await page.getByTestId('run-create').click();
    await expect(page.getByTestId('run-problem')).toHaveText(
      'Choose the end of the calibration period before a holdout period.',
    );
    await pickDay(app, 'clv-calibration-end', calibration);
    await page.getByTestId('run-create').click();
    await expect(page.getByTestId('clv-facts')).toContainText(`bought by ${calibration}`, { timeout: 120_000 });

    const run = app.service.current()!.runs.at(-1)!;
    const { result } = app.service.runDetails(run.id);
    const clv = result.clv!;
    expect(clv.calibrationEnd).toBe(calibration);
    expect(clv.holdoutEnd).toBe(holdout);
    await expect(page.getByTestId('clv-facts')).toContainText(
      `${clv.customers.toLocaleString('en-US')} customers bought by ${calibration}, ${clv.repeatCustomers.toLocaleString('en-US')} of them more than once; time in weeks.`,
    );
    await expect(page.getByTestId('clv-params')).toContainText(
      `r ${chosenModel(clv).params.r.toFixed(4)}, α ${chosenModel(clv).params.alpha.toFixed(4)}`,
    );
    // The three purchase models compared on the holdout; automatic took the smallest error per customer.
    expect(clv.models.map((m) => m.kind)).toEqual(['pareto', 'bgnbd', 'mbgnbd']);
    // The first model within rounding (a millionth) of the smallest error: two fits of the same no-dropout limit tie.
    const least = Math.min(...clv.models.map((m) => m.holdout!.mae));
    const smallest = clv.models.find((m) => m.holdout!.mae <= least * (1 + 1e-6))!;
    expect(clv.purchaseModel).toEqual({ kind: smallest.kind, chosenBy: 'holdout' });
    expect(clv.validation.errors).toEqual(smallest.holdout);
    for (const fit of clv.models)
      await expect(page.getByTestId(`clv-model-${fit.kind}`)).toContainText(fit.holdout!.mae.toFixed(4));
    await expect(page.getByTestId(`clv-model-${smallest.kind}`).getByTestId('clv-model-chosen')).toHaveText(
      'Chosen: best at predicting the holdout',
    );
    await expect(page.getByTestId('clv-errors')).toContainText(
      `Holdout to ${holdout}: ${clv.validation.errors!.actual.toLocaleString('en-US')} purchases made`,
    );
    await expect(page.getByTestId('segment-summary').locator('tr', { hasText: 'All customers' })).toContainText(
      clv.customers.toLocaleString('en-US'),
    );
    if (shot === 'cdnow') {
      expect(clv.customers).toBe(23_570);
      await expect(page.getByTestId('clv-warning-noDropout')).toHaveCount(0);
    } else {
      // Ten months of Online Retail show nobody leaving: said, not hidden.
      await expect(page.getByTestId('clv-warning-noDropout')).toBeVisible();
      // Pareto/NBD and BG/NBD both end in the same limit, the NBD: the same likelihood, and the tie keeps Pareto/NBD.
      const [pareto, bgnbd] = clv.models;
      expect(pareto.noDropout && bgnbd.noDropout).toBe(true);
      expect(Math.abs(pareto.logLikelihood - bgnbd.logLikelihood)).toBeLessThan(1e-3);
      expect(clv.purchaseModel.kind).toBe('pareto');
      await expect(page.getByTestId('clv-params')).toContainText('no dropout (s = β = 0)');
    }
    for (const chart of ['clv-by-frequency', 'clv-cumulative', 'clv-palive'])
      await expect(page.getByTestId(chart).locator('.echarts-for-react svg')).toBeVisible();
    await page.getByTestId('clv-by-frequency').scrollIntoViewIfNeeded();
    await app.screenshot(`clv-${shot}-validation-en`, { docs: true });
    if (shot === 'cdnow') {
      await page.getByTestId('clv-palive').scrollIntoViewIfNeeded();
      await app.screenshot('clv-cdnow-palive-en', { docs: true });
    }
  }

  // The customer list names the lifetime values for people and writes them as people read them:
  // the chance still active as a percentage, spend and value as money in the data's currency.
  const run = app.service.current()!.runs.at(-1)!;
  const { currency } = app.service.current()!.datasets.find((d) => d.id === run.datasetId)!;
  const grid = page.getByTestId('members-grid');
  const showGrid = () => page.getByTestId('members-heading').evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await showGrid();
  const clvHeaders = [
    'Chance still active',
    'Expected purchases (next 12 months)',
    'Expected spend per purchase',
    'Lifetime value',
  ];
  await expect(grid.locator('thead th')).toContainText(clvHeaders);
  await expect(grid.locator('thead')).not.toContainText(/PAlive|ExpectedPurchases|Clv/);
  const first = grid.locator('tbody tr.ant-table-row').first();
  const id = (await first.locator('td').first().textContent())!;
  const members = app.service.runMembers(run.id);
  const row = Array.from({ length: members.numRows }, (_, i) => i).find(
    (i) => String(members.getChild('customerId')!.get(i)) === id,
  )!;
  const value = (name: string) => members.getChild(name)!.get(row) as number;
  const money = new Intl.NumberFormat('en', { style: 'currency', currency });
  const cells = [
    new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      value('pAlive'),
    ),
    value('expectedPurchases').toFixed(1),
    money.format(value('expectedValue')),
    money.format(value('clv')),
  ];
  await expect(first.locator('td')).toContainText(cells);
  expect(cells[3]).toMatch(/^\D+[\d,]+\.\d\d$/);
  await expect(grid.locator('thead')).toBeInViewport();
  await app.screenshot('clv-members-en');

  // Exported as a workbook: the same names with the currency, number cells in the currency's format.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-members-open').click();
  await page.getByTestId('export-format').getByText('Excel: a sheet per segment').click();
  const xlsx = join(tempDir('segdesk-clv-'), 'clv-list.xlsx');
  app.dialogs.saveFile.push(xlsx);
  await page.getByTestId('export-members-save').click();
  await expect(page.getByText(`to clv-list.xlsx.`)).toBeVisible({ timeout: 30_000 });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheet = book.worksheets[1];
  expect(sheet.getRow(1).values).toEqual(
    expect.arrayContaining([
      'Chance still active (%)',
      'Expected purchases (next 12 months)',
      `Expected spend per purchase (${currency})`,
      `Lifetime value (${currency})`,
    ]),
  );
  const lifetime = (sheet.getRow(1).values as unknown[]).indexOf(`Lifetime value (${currency})`);
  const symbol = money.formatToParts(0).find((p) => p.type === 'currency')!.value;
  expect(sheet.getCell(2, lifetime).numFmt).toBe(`"${symbol}"#,##0.00`);
  expect(sheet.getCell(2, lifetime - 3).numFmt).toBe('0.0%');
  // The segment summary too, as CSV and as a workbook (every export here is scanned for its decimals).
  for (const format of ['csv', 'xlsx'] as const) {
    app.dialogs.saveFile.push(join(tempDir('segdesk-clv-'), `clv-summary.${format}`));
    await page.getByTestId('export-menu').click();
    await page.getByTestId(`export-summary-${format}`).click();
    await expect(page.getByText(`Saved clv-summary.${format}.`)).toBeVisible({ timeout: 30_000 });
  }

  // The same view in Chinese.
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('clv-facts')).toContainText('位客户购买');
  await page.getByTestId('clv-by-frequency').scrollIntoViewIfNeeded();
  await app.screenshot('clv-retail-validation-zh-CN', { docs: true });
  await grid.scrollIntoViewIfNeeded();
  await expect(grid.locator('thead th')).toContainText([
    '仍活跃的可能性',
    '预计购买次数（未来 12 个月）',
    '预计每次购买金额',
    '客户终身价值',
  ]);
  await expect(first.locator('td')).toContainText(cells.slice(0, 2));
  await showGrid();
  await expect(grid.locator('thead')).toBeInViewport();
  await app.screenshot('clv-members-zh-CN');
  const csv = join(tempDir('segdesk-clv-'), 'clv-list-zh.csv');
  app.dialogs.saveFile.push(csv);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-members-open').click();
  await page.getByTestId('export-members-save').click();
  await expect(page.getByText(/保存到 clv-list-zh\.csv/)).toBeVisible({ timeout: 30_000 });
  expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toContain(
    `仍活跃的可能性（%）,预计购买次数（未来 12 个月）,预计每次购买金额（${currency}）,客户终身价值（${currency}）`,
  );
  expect(app.service.current()!.runs).toHaveLength(2);
});
