import { join } from 'node:path';
import { sharedData, tempDir } from '../helpers/paths';
import type { AppHarness } from './harness';

/** Picks options of an antd multiple select by typing each and pressing Enter. */
export async function pick(app: AppHarness, testId: string, options: string[]) {
  const select = app.page.getByTestId(testId);
  await select.click();
  for (const option of options) {
    await app.page.keyboard.type(option);
    await app.page.keyboard.press('Enter');
  }
  await app.page.keyboard.press('Escape');
}

/**
 * A workspace with Mall_Customers.csv (one row a customer), opened in the app with the new-run
 * dialog on clustering and these numeric fields picked.
 */
export async function newMallClustering(app: AppHarness, fields: string[]) {
  const { page } = app;
  await app.service.createAt(join(tempDir(), 'Mall.segdesk'));
  await app.service.importFile(sharedData('Mall_Customers.csv'), {
    kind: 'customers',
    roles: { customerId: 'CustomerID' },
  });
  await app.open();
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-scheme').getByText('Clusters').click();
  await pick(app, 'cluster-numeric', fields);
}
