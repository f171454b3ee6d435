import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ordersRfmRun } from '../helpers/orders-rfm-run';
import { sha256, sideFiles } from '../helpers/files';
import { sharedData, tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { expect, test } from './harness';

/** The workspaces this test's disk write-protects (their file, EROFS), once they are made. */
const protectedFiles = new Set<string>();
test.use({
  // A fixture that provides the function (a bare function here would be taken for the fixture itself).
  writeBlocker: async ({}, use) => use((file) => (protectedFiles.has(file) ? { reason: 'file', code: 'EROFS' } : null)),
});

test('a write-protected workspace opens read-only with a banner saying why; a damaged dataset is listed as such', async ({
  app,
}) => {
  const { page, dialogs } = app;
  const file = join(tempDir(), 'Shop.segdesk');
  await ordersRfmRun(app.service, file);
  await app.service.importFile(sharedData('rfm_data_orders.csv'), { name: 'Spring orders' });
  await app.service.close();
  // The second dataset's column list is altered in the file.
  const db = new Database(file);
  db.prepare("UPDATE datasets SET columns_json = '{' WHERE name = 'Spring orders'").run();
  db.close();
  protectedFiles.add(file);
  const before = sha256(file);

  await app.open();
  dialogs.workspace.push(file);
  await page.getByTestId('welcome-open').click();
  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toContainText('Read only: this workspace cannot be changed here');
  await expect(banner).toContainText('Its file is write-protected (EROFS).');
  const damaged = page.getByTestId('damaged-datasets');
  await expect(damaged).toContainText('Damaged in the workspace file: 1 dataset cannot be used');
  await expect(damaged).toContainText('“Spring orders” (4,906 rows) was altered or damaged in the file');
  await expect(page.getByTestId('dataset-table')).toContainText('rfm_data_orders');
  await app.screenshot('read-only-en');

  // A change is refused in plain words; the file is untouched.
  await damaged.getByTestId('delete-damaged-dataset').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('error-dialog')).toHaveAttribute('data-code', 'E_WORKSPACE_READ_ONLY');
  await expect(page.getByTestId('error-dialog')).toContainText('This workspace can only be read');
  await page.getByRole('button', { name: 'OK' }).click();

  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(banner).toContainText('只读：此处无法修改这个工作区');
  await expect(banner).toContainText('它的文件禁止写入（EROFS）');
  await expect(damaged).toContainText('工作区文件中有损坏：1 个数据集无法使用');
  await app.screenshot('read-only-zh-CN');

  await app.service.close();
  expect(sha256(file)).toBe(before);
  expect(sideFiles(file)).toEqual([]);
});
