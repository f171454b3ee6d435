import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, tempDir } from '../helpers/paths';
import { expect, test } from './harness';

test('joins a customers dataset to a transactions dataset and shows how they match', async ({ app }) => {
  const data = tempDir();
  execFileSync(process.execPath, [join(repoRoot, '..', 'shared', 'bench', 'gen_data.mjs'), '--customers', '2000', '--transactions', '20000', '--only', 'transactions,customers', '--out', data]);
  await app.service.createAt(join(tempDir(), 'join.segdesk'));
  await app.service.importFile(join(data, 'transactions.csv'));
  await app.service.importFile(join(data, 'customers.csv'));
  await app.open();
  const { page } = app;
  await page.getByTestId('dataset-table').getByText('transactions', { exact: true }).click();
  await page.getByTestId('customer-link-select').click();
  await page.locator('.ant-select-dropdown:visible').getByText('customers', { exact: true }).click();
  await expect(page.getByTestId('customer-match')).toHaveText('20,000 of 20,000 rows matched a customer (100%)');
  await app.screenshot('customer-link-en');
  expect(app.service.current()!.datasets[0].customersDatasetId).toBe(2);
});
