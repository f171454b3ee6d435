import { copyFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceStore } from '../../src/main/store/workspace-store';
import { sha256, sideFiles } from '../helpers/files';
import { sharedData, tempDir } from '../helpers/paths';
import { encodeForPage } from './bridge-codec';
import { expect, test } from './harness';
import { openOrdersRfmRun } from './open-orders-rfm-run';
import { englishWords } from './english-words';

test('opening a file that is not a workspace explains why, and the file is not modified', async ({ app }) => {
  const { page, dialogs } = app;
  const file = join(tempDir(), 'customers.segdesk');
  copyFileSync(sharedData('Mall_Customers.csv'), file);
  const before = sha256(file);
  await app.open();

  dialogs.workspace.push(file);
  await page.getByTestId('welcome-open').click();
  const dialog = page.getByTestId('error-dialog');
  await expect(dialog).toContainText(
    'This file is not a SegmentDesk workspace. Choose a .segdesk file. The file was not changed.',
  );
  await expect(dialog).toHaveAttribute('data-code', 'E_NOT_A_WORKSPACE');
  await dialog.getByText('Details').click();
  await expect(dialog).toContainText(
    'E_NOT_A_WORKSPACE: This file is not a SegmentDesk workspace (it is not a SQLite database).',
  );
  await app.screenshot('error-not-a-workspace-en', { docs: true });
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('welcome')).toBeVisible();
  expect(sha256(file)).toBe(before);
  expect(sideFiles(file)).toEqual([]);
});

test('a damaged workspace gets a readable message in Chinese', async ({ app }) => {
  const { page, dialogs } = app;
  const file = join(tempDir(), 'damaged.segdesk');
  const store = WorkspaceStore.create(file);
  store.db.prepare("INSERT INTO meta (key, value) VALUES ('pad', ?)").run('x'.repeat(30000));
  store.close();
  truncateSync(file, 8192);
  const before = sha256(file);
  app.service.setLanguage('zh-CN');
  await app.open();
  dialogs.workspace.push(file);
  await page.getByTestId('welcome-open').click();
  await expect(page.getByTestId('error-dialog')).toContainText('这个工作区文件已损坏，无法读取。');
  await expect(page.getByTestId('error-dialog')).toHaveAttribute('data-code', 'E_WORKSPACE_CORRUPT');
  // The details in Chinese: the code, no English technical line (it is kept for the copy button).
  await page.getByTestId('error-dialog').getByText('详细信息', { exact: true }).click();
  await expect(page.getByTestId('error-details')).toHaveText('E_WORKSPACE_CORRUPT');
  expect(englishWords(await page.getByTestId('error-dialog').innerText(), new Set(['e_workspace_corrupt']))).toEqual(
    [],
  );
  expect(sha256(file)).toBe(before);
});

test('a CSV with an unclosed quote fails the import with a clear message and adds nothing', async ({ app }) => {
  const { page, dialogs } = app;
  const bad = join(tempDir(), 'unclosed.csv');
  writeFileSync(bad, 'customer,amount\nA,1\n"B,2\nC,3\n');
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), 'w.segdesk'));
  await page.getByTestId('welcome-new').click();
  dialogs.dataFile.push(bad);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('error-dialog')).toHaveAttribute('data-code', 'E_BAD_CSV');
  await expect(page.getByTestId('import-wizard')).toBeHidden();
  await expect(page.getByTestId('error-dialog')).toContainText('a quoted cell is never closed');
  await page.getByTestId('error-dialog').getByText('Details', { exact: true }).click();
  await expect(page.getByTestId('error-dialog')).toContainText(
    'E_BAD_CSV: A quoted cell that starts on line 3 is never closed.',
  );
  expect(app.service.current()?.datasets).toEqual([]);
});

test('a menu command that needs a workspace, with none open, says so in the UI language (not as an internal error)', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await page.evaluate(
    ([e, p]) => (window as unknown as { __segdeskEmit(e: string, p: string): void }).__segdeskEmit(e, p),
    ['menu:command', encodeForPage({ command: 'dataset:import' })] as const,
  );
  const dialog = page.getByTestId('error-dialog');
  await expect(dialog).toHaveAttribute('data-code', 'E_NO_WORKSPACE');
  await expect(dialog).toContainText('Open or create a workspace first.');
});

test('a chart that cannot be saved shows the translated error, with the technical message under Details', async ({
  app,
}) => {
  const { page, dialogs } = app;
  await openOrdersRfmRun(app);
  // A folder that does not exist: the file cannot be written.
  dialogs.saveFile.push(join(tempDir(), 'missing-folder', 'heatmap'));
  const heatmap = page.getByTestId('rfm-heatmap');
  await heatmap.hover();
  await heatmap.getByTestId('chart-save').click();
  await page.getByRole('menuitem', { name: 'Save chart as PNG' }).click();
  const dialog = page.getByTestId('error-dialog');
  await expect(dialog).toHaveAttribute('data-code', 'E_WRITE_FAILED');
  await expect(dialog).toContainText('The file could not be written (see Details).');
  await dialog.getByText('Details', { exact: true }).click();
  await expect(dialog).toContainText('E_WRITE_FAILED: Could not write');
});
