import { join } from 'node:path';
import type { Language } from '../../src/shared/schemas';
import { sharedData, tempDir } from '../helpers/paths';
import { type AppHarness, expect } from './harness';

/**
 * Online Retail imported through the wizard as it suggests — StockCode and Description as the
 * product's id and name, checked on the Meaning step — into a new workspace named `workspace`,
 * then an RFM run made on the Segments page. The run, its result and the dataset.
 */
export async function retailRunThroughUi(app: AppHarness, lang: Language, workspace: string) {
  const { page, dialogs, service } = app;
  service.setLanguage(lang);
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), workspace));
  await page.getByTestId('welcome-new').click();
  dialogs.dataFile.push(sharedData('online_retail_uci.csv.gz'));
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('wizard-preview')).toBeVisible();
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('role-productId')).toContainText('StockCode');
  await expect(page.getByTestId('role-productName')).toContainText('Description');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-import').click();
  await expect.poll(() => service.current()?.datasets.length, { timeout: 120_000 }).toBe(1);
  const dataset = service.current()!.datasets[0];
  expect(dataset.rowCount).toBe(397_884);
  expect([dataset.roles.productId, dataset.roles.productName]).toEqual(['StockCode', 'Description']);
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();
  await expect.poll(() => service.current()!.runs.length, { timeout: 120_000 }).toBe(1);
  const run = service.current()!.runs[0];
  return { run, result: service.runDetails(run.id).result, dataset };
}
