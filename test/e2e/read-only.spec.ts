import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ordersRfmRun } from '../helpers/orders-rfm-run';
import { sha256, sideFiles } from '../helpers/files';
import { sharedData, tempDir } from '../helpers/paths';
import { encodeForPage } from './bridge-codec';
import { chooseOption } from './choose-option';
import type { Locator } from '@playwright/test';
import { expect, test } from './harness';

/** The workspaces this test's disk write-protects (their file, EROFS), once they are made. */
const protectedFiles = new Set<string>();
test.use({
  // A fixture that provides the function (a bare function here would be taken for the fixture itself).
  writeBlocker: async ({}, use) => use((file) => (protectedFiles.has(file) ? { reason: 'file', code: 'EROFS' } : null)),
});

test('a write-protected workspace opens read-only: every change is disabled and says why, viewing, exports and Save as stay; a damaged dataset is listed as such', async ({
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
  // It opens on its Overview, to be read: the run it offers to make is a change, so it is disabled.
  await expect(page.getByTestId('key-figures')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('find-groups')).toBeDisabled();
  await page.getByTestId('nav-data').click();
  const damaged = page.getByTestId('damaged-datasets');
  await expect(damaged).toContainText('Damaged in the workspace file: 1 dataset cannot be used');
  await expect(damaged).toContainText('“Spring orders” (4,906 rows) was altered or damaged in the file');
  await expect(page.getByTestId('dataset-table')).toContainText('rfm_data_orders');
  await expect(page.getByTestId('dataset-kind')).toHaveText(
    'Taken for order lines: customer ids repeat (customer_id).',
  );

  // Data: import, append, rename, delete (also of the damaged dataset), the currency and the customer link are disabled.
  const row = page.getByTestId('dataset-table').locator('tbody tr', { hasText: 'rfm_data_orders' });
  const disabled = [
    page.getByTestId('import-button'),
    row.getByTestId('append-dataset'),
    row.getByRole('button', { name: 'Rename' }),
    row.getByTestId('delete-dataset'),
    damaged.getByTestId('delete-damaged-dataset'),
  ];
  for (const control of disabled) await expect(control).toBeDisabled();
  await expect(page.getByTestId('dataset-currency')).toHaveClass(/ant-select-disabled/);
  await expect(page.getByTestId('customer-link-select')).toHaveClass(/ant-select-disabled/);
  // Each says why, and what to do instead.
  const tooltip = page.getByRole('tooltip');
  /** Hovers a control and expects the read-only tooltip there (the one shown before gone first). */
  const saysReadOnly = async (control: Locator) => {
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
    await control.hover();
    await expect(tooltip).toContainText('This workspace is read-only');
  };
  await page.getByTestId('import-button').hover();
  await expect(tooltip).toHaveText(
    'This workspace is read-only: its file or folder is write-protected. To change it, save a copy (Workspace file › Save as…) and work in the copy.',
  );
  await app.screenshot('read-only-en');
  await saysReadOnly(row.getByTestId('delete-dataset'));
  await saysReadOnly(page.getByTestId('dataset-currency'));
  // Viewing stays: the rows and the columns of the dataset.
  await expect(page.getByTestId('data-preview').locator('tbody')).toContainText('Brion Stark');
  // The column meanings: what a column means, its type and its name cannot be changed either.
  await page.getByTestId('meanings-tab').click();
  await expect(page.getByTestId('meaning-role-first_name')).toHaveClass(/ant-select-disabled/);
  await expect(page.getByTestId('meaning-type-first_name')).toHaveClass(/ant-select-disabled/);
  await expect(page.getByTestId('meaning-rename-first_name')).toBeDisabled();
  await saysReadOnly(page.getByTestId('meaning-role-first_name'));

  // Ctrl+I (File › Import…) says so instead of asking for a file.
  await page.evaluate(
    ([e, p]) => (window as unknown as { __segdeskEmit(e: string, p: string): void }).__segdeskEmit(e, p),
    ['menu:command', encodeForPage({ command: 'dataset:import' })] as const,
  );
  await expect(page.getByTestId('error-dialog')).toHaveAttribute('data-code', 'E_WORKSPACE_READ_ONLY');
  await expect(page.getByTestId('error-dialog')).toContainText('This workspace can only be read');
  await page.getByRole('button', { name: 'OK' }).click();
  expect(dialogs.dataFile).toEqual([]);
  // So does a file dropped on the window: the overlay says it first, and no wizard opens.
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['customer_id,order_date,revenue\nA,2024-01-01,5\n'], 'more.csv', { type: 'text/csv' }));
    return dt;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toContainText('This workspace is read-only');
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('error-dialog')).toHaveAttribute('data-code', 'E_WORKSPACE_READ_ONLY');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);

  // Segments: a new run, editing the run, renaming a segment and the notes are disabled; export stays.
  await page.getByTestId('nav-segments').click();
  await expect(page.getByTestId('segment-summary')).toContainText('Champions');
  await expect(page.getByTestId('new-run')).toBeDisabled();
  await expect(page.getByTestId('edit-run')).toBeDisabled();
  await expect(page.getByTestId('rename-segment').first()).toBeDisabled();
  await expect(page.getByTestId('segment-notes').first()).toBeDisabled();
  await saysReadOnly(page.getByTestId('new-run'));
  await saysReadOnly(page.getByTestId('rename-segment').first());
  await expect(page.getByTestId('export-menu')).toBeEnabled();
  await page.getByTestId('export-menu').click();
  await expect(page.getByRole('menuitem', { name: 'Report (PDF or HTML)…' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await app.screenshot('read-only-segments-en');
  await page.keyboard.press('Escape');
  const notes = page.getByTestId('segment-notes').first();
  await notes.scrollIntoViewIfNeeded();
  await saysReadOnly(notes);
  await app.screenshot('read-only-notes-en');

  // Compare: re-applying a run (a new run) is disabled; Campaigns: importing results (kept with the run) is disabled.
  await page.getByTestId('nav-compare').click();
  await expect(page.getByTestId('reapply-open')).toBeDisabled();
  await page.getByTestId('nav-campaign').click();
  await expect(page.getByTestId('campaign-import')).toBeDisabled();
  // Reports export, and Save as… stays in the header and the banner.
  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('reports-export-1')).toBeEnabled();
  await expect(page.getByTestId('read-only-save-as')).toBeEnabled();
  await page.getByTestId('workspace-file').click();
  await expect(page.getByTestId('workspace-save-as')).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-data').click();
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(banner).toContainText('只读：此处无法修改这个工作区');
  await expect(banner).toContainText('它的文件禁止写入（EROFS）');
  await expect(damaged).toContainText('工作区文件中有损坏：1 个数据集无法使用');
  await expect(page.getByTestId('dataset-kind')).toHaveText('判断为订单明细：客户ID有重复（customer_id）。');
  await page.getByTestId('import-button').hover();
  await expect(tooltip).toHaveText(
    '该工作区为只读：它的文件或所在文件夹禁止写入。要修改，请保存一个副本（工作区文件 › 另存为…），在副本中继续工作。',
  );
  await app.screenshot('read-only-zh-CN');

  await app.service.close();
  expect(sha256(file)).toBe(before);
  expect(sideFiles(file)).toEqual([]);
});
