import { createFormatters } from '../../src/renderer/src/hooks/create-formatters';
import { AppError } from '../../src/shared/errors';
import { sharedData } from '../helpers/paths';
import { expect, test, type AppHarness } from './harness';
import { openImportWizard } from './open-import-wizard';

/**
 * Holds the wizard's every-row check until the page stops it (job:cancel), as a check of a file too
 * long to finish at once would be: the Stop button is then there to press whatever the machine's
 * speed. Returns the undo (later checks run as usual).
 */
function holdEveryRowCheck(app: AppHarness): () => void {
  const { service } = app;
  const inspect = service.inspectImport.bind(service);
  const cancel = service.cancelJob.bind(service);
  const held = new Map<string, () => void>();
  service.inspectImport = (token, settings, jobId, maxRows) =>
    maxRows === null && jobId
      ? new Promise((_, reject) => held.set(jobId, () => reject(new AppError('E_CANCELLED', 'The check was stopped.'))))
      : inspect(token, settings, jobId, maxRows);
  service.cancelJob = (jobId) => {
    const stop = held.get(jobId);
    if (!stop) return cancel(jobId);
    held.delete(jobId);
    stop();
    return true;
  };
  return () => {
    service.inspectImport = inspect;
    service.cancelJob = cancel;
  };
}

/** A new workspace and the import wizard open on one file, on its check step. */
async function checkStepOf(app: AppHarness, file: string) {
  await openImportWizard(app, file);
  await app.page.getByTestId('wizard-next').click();
  await app.page.getByTestId('wizard-next').click();
}

test.describe('English', () => {
  test('the UK Excel file is in pounds, and the check says why', async ({ app }) => {
    const { page } = app;
    await checkStepOf(app, 'online_retail_sample40k.xlsx');
    await expect(page.getByTestId('quality-report')).toContainText('40,000 rows read, 29,292 would be imported.');
    await expect(page.getByTestId('import-currency')).toHaveText('GBP');
    await expect(page.getByTestId('currency-why')).toHaveText(
      'from the Country column: most orders are from United Kingdom',
    );
    await app.screenshot('import-check-currency-en');
    await page.getByTestId('wizard-import').click();
    await expect(page.getByText('Imported 29,292 rows from online_retail_sample40k.xlsx.')).toBeVisible();
    expect(app.service.current()!.datasets[0]).toMatchObject({
      currency: 'GBP',
      source: { currencyDecision: { reason: 'country', column: 'Country', value: 'United Kingdom' } },
    });
  });

  test('the check counts every row of the date-sorted UCI file, with progress and a stop, and the import keeps exactly that', async ({
    app,
  }) => {
    const { page } = app;
    await checkStepOf(app, 'online_retail_uci.csv.gz');
    // Its first 1,000 rows keep 989; every row: 397,884 of 541,909.
    await expect(page.getByTestId('quality-report')).toContainText('541,909 rows read, 397,884 would be imported.', {
      timeout: 60_000,
    });
    await expect(page.getByTestId('checked-on-first')).toHaveCount(0);
    await expect(page.getByTestId('issue-missing_customer_id')).toContainText('135,080 rows have no customer id');
    await app.screenshot('import-check-all-rows-en');
    await page.getByTestId('wizard-import').click();
    await expect(page.getByText('Imported 397,884 rows from online_retail_uci.csv.gz.')).toBeVisible({
      timeout: 60_000,
    });
    expect(app.service.current()!.datasets[0].quality).toMatchObject({ rowsRead: 541909, rowsKept: 397884 });
  });

  test('stopping the every-row check says plainly that the figures are for the first rows', async ({ app }) => {
    const { page } = app;
    const release = holdEveryRowCheck(app);
    await checkStepOf(app, 'online_retail_uci.csv.gz');
    await expect(page.getByTestId('checking-all')).toContainText('Checking every row');
    await app.screenshot('import-checking-en');
    await page.getByTestId('stop-checking').click();
    await expect(page.getByTestId('checked-on-first')).toHaveText(
      'Checked on the first 1,000 rows; the import checks every row.',
    );
    await expect(page.getByTestId('quality-report')).toContainText('1,000 rows read, 989 would be imported.');
    await app.screenshot('import-check-stopped-en');
    release();
    await page.getByTestId('check-all').click();
    await expect(page.getByTestId('quality-report')).toContainText('541,909 rows read, 397,884 would be imported.', {
      timeout: 60_000,
    });
  });

  test('the same file imported again is told, with its date; going on gives the second dataset its own name', async ({
    app,
  }) => {
    const { page, dialogs } = app;
    await checkStepOf(app, 'Mall_Customers.csv');
    await page.getByTestId('wizard-import').click();
    await expect(page.getByText('Imported 200 rows from Mall_Customers.csv.')).toBeVisible();
    const first = app.service.current()!.datasets[0];

    dialogs.dataFile.push(sharedData('Mall_Customers.csv'));
    await page.getByTestId('import-button').click();
    const warning = page.getByTestId('already-imported');
    await expect(warning).toContainText(
      `This file was already imported as dataset “Mall_Customers” on ${createFormatters('en').dateTime(first.createdAt)}.`,
    );
    await app.screenshot('import-already-imported-en');
    await page.getByTestId('import-not-again').click();
    await expect(page.getByTestId('import-wizard')).toBeHidden();
    expect(app.service.current()!.datasets).toHaveLength(1);

    dialogs.dataFile.push(sharedData('Mall_Customers.csv'));
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-again').click();
    await expect(page.getByTestId('already-imported')).toBeHidden();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-import').click();
    await expect
      .poll(() => app.service.current()!.datasets.map((d) => d.name))
      .toEqual(['Mall_Customers', 'Mall_Customers (2)']);
  });
});

test.describe('简体中文', () => {
  test.use({ systemLocale: 'zh-CN' });

  test('英国的 Excel 文件用英镑，检查步骤说明原因', async ({ app }) => {
    const { page } = app;
    await checkStepOf(app, 'online_retail_sample40k.xlsx');
    await expect(page.getByTestId('import-currency')).toHaveText('GBP');
    await expect(page.getByTestId('currency-why')).toHaveText('根据“Country”列：大多数订单来自 United Kingdom');
    await app.screenshot('import-check-currency-zh-CN');
    await page.getByTestId('wizard-import').click();
    await expect.poll(() => app.service.current()?.datasets[0]?.currency).toBe('GBP');
  });
});
