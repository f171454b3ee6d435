import { benchTransactions } from '../helpers/bench-data';
import { expect, test, type AppHarness } from './harness';
import { openImportWizard } from './open-import-wizard';

/** 5,000 order lines of 500 customers from the bench's generator, with 10 categories and 4 channels. */
const smallBench = () => benchTransactions('--transactions', '5000', '--customers', '500');

/** Summarises an order file through the wizard (its check step ticked); `said`: what the import's message says. */
async function summarise(app: AppHarness, file: string, said: string) {
  await checkStepOf(app, file);
  await app.page.getByTestId('summarise').check();
  await app.page.getByTestId('wizard-import').click();
  await expect(app.page.getByText(said)).toBeVisible();
  await expect(app.page.getByTestId('key-figures')).toBeVisible();
  await app.page.getByTestId('nav-data').click();
}

/** A new workspace and the import wizard open on one file, on its check step. */
async function checkStepOf(app: AppHarness, file: string) {
  await openImportWizard(app, file);
  await app.page.getByTestId('wizard-next').click();
  await app.page.getByTestId('wizard-next').click();
  await expect(app.page.getByTestId('quality-report')).toBeVisible();
}

test.describe('English', () => {
  test('an order file can be kept as one row per customer: offered, chosen, summarised, and said so', async ({
    app,
  }) => {
    const { page } = app;
    await checkStepOf(app, 'rfm_data_orders.csv');
    const choice = page.getByTestId('summarise-choice');
    await expect(choice).toContainText('Keep one row per customer (summarise the order lines)');
    // A small file is offered it, not given it: the box is empty until the user ticks it.
    await expect(choice).toContainText('For files too large to keep row by row (338.8 KB here).');
    await expect(page.getByTestId('summarise')).not.toBeChecked();
    await page.getByTestId('summarise').check();
    await app.screenshot('import-summarise-en');
    await page.getByTestId('wizard-import').click();
    await expect(
      page.getByText('Summarised 4,906 order lines of rfm_data_orders.csv into 995 customers.'),
    ).toBeVisible();
    // Orders summarised are pictured as orders are: the Overview opens, in whole months, saying what a summary leaves out.
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await expect(page.getByTestId('overview-summarised')).toContainText('periods are whole months');
    await expect(page.getByTestId('figure-customers').getByTestId('figure-value')).toHaveText('995');
    await expect(page.getByTestId('figure-medianDaysBetween')).toHaveCount(0);
    await app.screenshot('overview-summary-en', { docs: true });
    await page.getByTestId('nav-data').click();
    await expect(page.getByTestId('summarised-from')).toHaveText('one row per customer, from 4,906 order lines');
    expect(app.service.current()!.datasets[0]).toMatchObject({
      kind: 'customers',
      rowCount: 995,
      roles: { customerId: 'customer_id', orderCount: 'orders', revenue: 'spend', lastPurchase: 'last_purchase' },
      source: { summarised: { transactions: 4906 } },
    });
    // Lifetime value from the summary (summary-overview.test.ts runs it): fitted on every order, no holdout to choose, said so.
    await page.getByTestId('nav-segments').click();
    await page.getByTestId('new-run').click();
    await page.getByTestId('run-scheme').getByText('Lifetime value (CLV)').click();
    await expect(page.getByTestId('clv-summarised')).toContainText('without a holdout period');
    await expect(page.getByTestId('clv-holdout-end')).toHaveCount(0);
    await expect(page.getByTestId('clv-calibration-end')).toBeVisible();
  });

  test.describe('past the spend shares a summary keeps (lowered here to 1,000 customers × values)', () => {
    test.use({ summaryShareCells: 1000 });

    test('says so when it imports and beside the dataset', async ({ app }) => {
      const { page } = app;
      const why =
        'Spend shares per category and channel are not kept: 500 customers × 14 values is more than the 1,000 a summary keeps.';
      await summarise(app, smallBench(), `Summarised 5,000 order lines of transactions.csv into 500 customers. ${why}`);
      await expect(page.getByTestId('shares-left-out')).toHaveText(why);
      await app.screenshot('summary-shares-left-out-en');
    });
  });

  test('a customers table is not offered it', async ({ app }) => {
    await checkStepOf(app, 'Mall_Customers.csv');
    await expect(app.page.getByTestId('summarise-choice')).toHaveCount(0);
  });
});

test.describe('简体中文', () => {
  test.use({ systemLocale: 'zh-CN' });

  test('订单文件可按客户汇总为每位客户一行', async ({ app }) => {
    const { page } = app;
    await checkStepOf(app, 'rfm_data_orders.csv');
    await expect(page.getByTestId('summarise-choice')).toContainText('每位客户只保留一行（按客户汇总订单明细）');
    await page.getByTestId('summarise').check();
    await app.screenshot('import-summarise-zh-CN');
    await page.getByTestId('wizard-import').click();
    await expect(page.getByText('已将 rfm_data_orders.csv 的 4,906 行订单明细按客户汇总为 995 位客户。')).toBeVisible();
    await expect(page.getByTestId('overview-summarised')).toContainText('统计期按整月计');
    await expect(page.getByTestId('figure-customers').getByTestId('figure-value')).toHaveText('995');
    await app.screenshot('overview-summary-zh-CN', { docs: true });
    await page.getByTestId('nav-data').click();
    await expect(page.getByTestId('summarised-from')).toHaveText('每位客户一行，汇总自 4,906 行订单明细');
  });

  test.describe('超出汇总可保留的消费占比', () => {
    test.use({ summaryShareCells: 1000 });

    test('导入时与数据集旁均说明未保留', async ({ app }) => {
      const why = '未保留各品类、渠道的消费占比：500 位客户 × 14 个取值，超过汇总可保留的 1,000 个。';
      await summarise(app, smallBench(), `已将 transactions.csv 的 5,000 行订单明细按客户汇总为 500 位客户。${why}`);
      await expect(app.page.getByTestId('shares-left-out')).toHaveText(why);
      await app.screenshot('summary-shares-left-out-zh-CN');
    });
  });
});
