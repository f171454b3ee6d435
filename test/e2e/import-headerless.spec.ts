import { expect, test, type AppHarness } from './harness';
import { openImportWizard } from './open-import-wizard';

/** Names a column of the preview: the ✎ beside its name, the new name, Enter. */
async function renameColumn(app: AppHarness, from: string, to: string) {
  const name = app.page.getByTestId(`column-name-${from}`).first();
  await name.getByRole('button').click();
  const box = app.page.getByRole('textbox').last();
  await box.fill(to);
  await box.press('Enter');
  await expect(app.page.getByTestId(`column-name-${to}`).first()).toBeVisible();
}

test('a file without a header is taken for order lines when it has a date and a repeating id, and its columns can be named', async ({
  app,
}) => {
  const { page } = app;
  await openImportWizard(app, 'CDNOW_sample.txt');
  await expect(page.getByText('This file has no header row: click ✎ beside a column to name it')).toBeVisible();
  await renameColumn(app, 'column_1', 'customer');
  await renameColumn(app, 'column_3', 'day');
  await renameColumn(app, 'column_4', 'CDs');
  await renameColumn(app, 'column_5', 'dollars');
  await app.screenshot('import-headerless-named-en');

  await page.getByTestId('wizard-next').click();
  await expect(page.getByRole('radio', { name: 'One row is an order line (transactions)' })).toBeChecked();
  await expect(page.getByTestId('kind-why')).toHaveText('Taken for order lines: customer ids repeat (customer).');
  await expect(page.getByTestId('role-customerId')).toContainText('customer');
  await expect(page.getByTestId('role-orderDate')).toContainText('day');
  await expect(page.getByTestId('role-quantity')).toContainText('CDs');
  await expect(page.getByTestId('role-amount')).toContainText('dollars');
  await app.screenshot('import-headerless-meaning-en');

  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('quality-report')).toContainText('6,919 rows read, 6,919 would be imported.');
  await page.getByTestId('wizard-import').click();
  await expect(page.getByText('Imported 6,919 rows from CDNOW_sample.txt.')).toBeVisible();
  const [dataset] = app.service.current()!.datasets;
  expect([dataset.kind, dataset.columns.map((c) => c.name), dataset.roles]).toEqual([
    'transactions',
    ['customer', 'column_2', 'day', 'CDs', 'dollars'],
    { customerId: 'customer', orderDate: 'day', amount: 'dollars', quantity: 'CDs' },
  ]);
});

test.describe('简体中文', () => {
  test.use({ systemLocale: 'zh-CN' });

  test('没有标题行的文件：按订单明细读取，可以给列命名', async ({ app }) => {
    const { page } = app;
    await openImportWizard(app, 'CDNOW_sample.txt');
    await renameColumn(app, 'column_1', '客户');
    await app.screenshot('import-headerless-named-zh-CN');
    await page.getByTestId('wizard-next').click();
    await expect(page.getByTestId('kind-why')).toHaveText('判断为订单明细：客户ID有重复（客户）。');
    await expect(page.getByTestId('role-customerId')).toContainText('客户');
  });
});
