import { expect, pickDay, test, workspaceWith } from './harness';
import { chooseOption } from './choose-option';

test('lifetime value from the UI on CDNOW master and on Online Retail: fits, warnings, the validation view', async ({
  app,
}) => {
  test.setTimeout(180_000);
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
    await expect(page.getByTestId('clv-facts')).toContainText(`bought by ${calibration}`, { timeout: 60_000 });

    const run = app.service.current()!.runs.at(-1)!;
    const { result } = app.service.runDetails(run.id);
    const clv = result.clv!;
    expect(clv.calibrationEnd).toBe(calibration);
    expect(clv.holdoutEnd).toBe(holdout);
    await expect(page.getByTestId('clv-facts')).toContainText(
      `${clv.customers.toLocaleString('en-US')} customers bought by ${calibration}, ${clv.repeatCustomers.toLocaleString('en-US')} of them more than once; time in weeks.`,
    );
    await expect(page.getByTestId('clv-params')).toContainText(
      `r ${clv.bgnbd.r.toFixed(4)}, α ${clv.bgnbd.alpha.toFixed(4)}`,
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
      await expect(page.getByTestId('clv-params')).toContainText('no dropout (a = b = 0)');
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

  // The same view in Chinese.
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('clv-facts')).toContainText('位客户购买');
  await page.getByTestId('clv-by-frequency').scrollIntoViewIfNeeded();
  await app.screenshot('clv-retail-validation-zh-CN', { docs: true });
  expect(app.service.current()!.runs).toHaveLength(2);
});
