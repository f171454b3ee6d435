import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { repoRoot, sharedData, tempDir } from '../helpers/paths';
import { expect, test } from './harness';
import { chooseOption } from './choose-option';

test('joins a customers dataset to a transactions dataset and shows how they match', async ({ app }) => {
  const data = tempDir();
  execFileSync(process.execPath, [
    join(repoRoot, '..', 'shared', 'bench', 'gen_data.mjs'),
    '--customers',
    '2000',
    '--transactions',
    '20000',
    '--only',
    'transactions,customers',
    '--out',
    data,
  ]);
  await app.service.createAt(join(tempDir(), 'join.segdesk'));
  await app.service.importFile(join(data, 'transactions.csv'));
  await app.service.importFile(join(data, 'customers.csv'));
  await app.open();
  const { page } = app;
  // A workspace of orders opens on its Overview; datasets are on the Data page.
  await page.getByTestId('nav-data').click();
  await page.getByTestId('dataset-table').getByText('transactions', { exact: true }).click();
  await chooseOption(page, page.getByTestId('customer-link-select'), 'customers', { exact: true });
  await expect(page.getByTestId('customer-match')).toHaveText('20,000 of 20,000 rows matched a customer (100%)');
  await app.screenshot('customer-link-en');
  expect(app.service.current()!.datasets[0].customersDatasetId).toBe(2);
});

test('appends next period’s export to a transactions dataset, counting the overlap', async ({ app }) => {
  const dir = tempDir();
  const lines = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trimEnd().split('\n');
  const date = (l: string) => l.split(',')[1];
  writeFileSync(
    join(dir, 'orders-2001-2004.csv'),
    [lines[0], ...lines.slice(1).filter((l) => date(l) < '2005-01-01')].join('\n'),
  );
  writeFileSync(
    join(dir, 'orders-2004-2006.csv'),
    [lines[0], ...lines.slice(1).filter((l) => date(l) >= '2004-06-01')].join('\n'),
  );
  const overlap = lines.slice(1).filter((l) => date(l) >= '2004-06-01' && date(l) < '2005-01-01').length;
  await app.service.createAt(join(dir, 'history.segdesk'));
  const base = await app.service.importFile(join(dir, 'orders-2001-2004.csv'));
  await app.open();
  const { page, dialogs } = app;
  await page.getByTestId('nav-data').click();
  dialogs.dataFile.push(join(dir, 'orders-2004-2006.csv'));
  await page.getByTestId('append-dataset').click();
  await expect(
    page.getByText(
      `Added ${(4906 - base.rowCount).toLocaleString('en-US')} rows from orders-2004-2006.csv; ${overlap.toLocaleString('en-US')} were already there.`,
    ),
  ).toBeVisible();
  await expect(page.getByTestId('dataset-table')).toContainText('4,906');
  await page.getByRole('tab', { name: 'Import report' }).click();
  await expect(page.getByTestId('append-record')).toContainText('appended orders-2004-2006.csv');
});
