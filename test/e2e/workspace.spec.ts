import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { writeBigCsv } from '../helpers/big-csv';
import { sharedData, tempDir } from '../helpers/paths';
import { expect, test } from './harness';
import { chooseOption } from './choose-option';

test('create a workspace, see the empty states, switch language, reopen it from the recent list', async ({ app }) => {
  const { page, dialogs } = app;
  const dir = tempDir();
  const file = join(dir, 'Spring campaign.segdesk');
  await app.open();

  dialogs.newWorkspace.push(file);
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('Spring campaign');
  await expect(page).toHaveTitle('Spring campaign — SegmentDesk');
  await expect(page.getByTestId('data-empty')).toContainText('No data yet');
  await expect(page.getByTestId('data-empty')).toContainText('Import a CSV file of orders or customers');
  expect(existsSync(file)).toBe(true);
  await app.screenshot('workspace-empty-en');

  for (const [nav, id, text] of [
    ['nav-segments', 'segments-empty', 'No segmentation runs yet'],
    ['nav-compare', 'compare-empty', 'Nothing to compare yet'],
    ['nav-reports', 'reports-empty', 'No reports yet'],
  ] as const) {
    await page.getByTestId(nav).click();
    await expect(page.getByTestId(id)).toContainText(text);
    await app.screenshot(`${id}-en`);
  }

  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('reports-empty')).toContainText('还没有报告');
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('data-empty')).toContainText('还没有数据');
  await expect(page.getByTestId('nav-segments')).toContainText('客户分群');
  await app.screenshot('workspace-empty-zh-CN');

  await page.getByTestId('close-workspace').click();
  await expect(page.getByTestId('welcome')).toBeVisible();
  await expect(page).toHaveTitle('SegmentDesk');
  await expect(page.getByTestId('recent-list')).toContainText(file);
  await app.screenshot('welcome-recent-zh-CN');

  await page.getByTestId('recent-item').filter({ hasText: 'Spring campaign' }).click();
  await expect(page.getByTestId('workspace-name')).toHaveText('Spring campaign');
  await expect(page.getByTestId('data-empty')).toContainText('还没有数据');
});

test('import a CSV, preview its typed columns, rename it and delete it after confirming', async ({ app }) => {
  const { page, dialogs } = app;
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), 'Import test.segdesk'));
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('data-empty')).toBeVisible();

  dialogs.dataFile.push(sharedData('rfm_data_orders.csv'));
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('wizard-preview')).toContainText('Brion Stark');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('quality-report')).toContainText('4,906 rows read, 4,906 would be imported.');
  await page.getByTestId('wizard-import').click();
  await expect(page.getByText('Imported 4,906 rows from rfm_data_orders.csv.')).toBeVisible();
  // Orders just imported open their Overview; the rows are on the Data page.
  await expect(page.getByTestId('overview-page')).toBeVisible();
  await page.getByTestId('nav-data').click();
  const table = page.getByTestId('dataset-table');
  await expect(table).toContainText('rfm_data_orders');
  await expect(table).toContainText('4,906');
  const preview = page.getByTestId('data-preview');
  await expect(page.getByTestId('grid-total')).toHaveText('4,906 of 4,906 rows');
  await expect(preview.locator('thead')).toContainText('revenue');
  await expect(preview.locator('th', { hasText: 'revenue' }).getByTestId('column-kind')).toHaveText('integer');
  await expect(preview.locator('th', { hasText: 'order_date' }).getByTestId('column-kind')).toHaveText('date');
  await expect(preview.locator('tbody tr').nth(1)).not.toBeEmpty();
  await app.screenshot('data-preview-en', { docs: true });

  // Search and sort run in the worker, one page at a time.
  await page.getByTestId('grid-search').fill('kizzy doyle');
  await expect(page.getByTestId('grid-total')).toHaveText('13 of 4,906 rows');
  await preview.locator('th', { hasText: 'revenue' }).first().click();
  await expect(preview.locator('tbody tr').nth(1)).toContainText('Kizzy');
  await page.getByTestId('grid-search').fill('');
  await expect(page.getByTestId('grid-total')).toHaveText('4,906 of 4,906 rows');
  await page.getByRole('tab', { name: 'Columns' }).click();
  await expect(page.getByTestId('column-stats')).toContainText('Distinct');
  await expect(page.getByTestId('column-stats').locator('.echarts-for-react svg').first()).toBeVisible();
  await app.screenshot('dataset-columns-en', { docs: true });
  await page.getByRole('tab', { name: 'Import report' }).click();
  await expect(page.getByTestId('dataset-quality')).toContainText('4,906 rows read, 4,906 imported.');
  await page.getByRole('tab', { name: 'Rows' }).click();

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByTestId('rename-input').fill('Orders 2001–2006');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(table).toContainText('Orders 2001–2006');

  await page.getByTestId('delete-dataset').click();
  await expect(page.locator('.ant-modal-confirm-title')).toHaveText('Delete dataset “Orders 2001–2006”?');
  await expect(page.getByText('Its 4,906 rows and 0 segmentation runs made from it will be removed')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(table).toContainText('Orders 2001–2006');
  await page.getByTestId('delete-dataset').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('data-empty')).toBeVisible();
  expect(app.service.current()?.datasets).toEqual([]);
});

test('a long import shows progress and can be cancelled, leaving the workspace unchanged', async ({ app }) => {
  const { page, dialogs } = app;
  const big = join(tempDir(), 'big.csv');
  // Long enough (≈ 1.5 s to import here) that the import cannot end between the progress screenshot and the click on Cancel.
  writeBigCsv(big, 5_000_000);
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), 'Cancel test.segdesk'));
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('data-empty')).toBeVisible();

  dialogs.dataFile.push(big);
  await page.getByTestId('import-button').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-import').click();
  const cancel = page.getByTestId('job-cancel');
  await expect(cancel).toBeVisible();
  await expect(page.getByText('Reading big.csv…')).toBeVisible();
  await app.screenshot('import-progress-en');
  await cancel.click();
  await expect(page.getByText('Cancelled. Nothing was changed.')).toBeVisible();
  await expect(page.getByTestId('data-empty')).toBeVisible();
  expect(app.service.current()?.datasets).toEqual([]);
});

test('the demo workspace opens on its Overview, its finished RFM run one click away; the Segments page keeps the chosen run when you come back', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('SegmentDesk Demo');
  // The Overview first; then the run: 400 customers as of the day after the last order.
  await expect(page.getByTestId('overview-page')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('nav-segments').click();
  await expect(page.getByTestId('segments-page')).toBeVisible();
  await expect(page.getByTestId('run-select')).toHaveText('RFM · 2026-01-01');
  await expect(page.getByTestId('run-facts')).toContainText('400 customers');
  await expect(page.getByTestId('segment-summary').locator('tr', { hasText: 'Champions' })).toBeVisible();
  await app.screenshot('demo-en', { docs: true });

  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('dataset-table')).toContainText('Demo orders');
  await expect(page.getByTestId('dataset-table')).toContainText('2,308');
  await expect(page.getByTestId('data-preview')).toContainText('SO000001');
  await expect(page.getByTestId('data-preview')).toContainText('C0175');

  // A second run (the 8 classes); the first chosen again; away to Data and back: still the first.
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-scheme').getByText('RFM · 8 classes').click();
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-select')).toHaveText('RFM · 2026-01-01 (2)');
  await chooseOption(page, page.getByTestId('run-select'), 'RFM · 2026-01-01', { exact: true });
  await expect(page.getByTestId('segment-summary').locator('tr', { hasText: 'Champions' })).toBeVisible();
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('dataset-table')).toBeVisible();
  await page.getByTestId('nav-segments').click();
  await expect(page.getByTestId('run-select')).toHaveText('RFM · 2026-01-01');
  await expect(page.getByTestId('segment-summary').locator('tr', { hasText: 'Champions' })).toBeVisible();
});

test('Save As continues in a copy, Duplicate writes one and stays; a workspace open elsewhere is refused', async ({
  app,
}) => {
  const { page, dialogs } = app;
  const dir = tempDir();
  await app.open();
  dialogs.newWorkspace.push(join(dir, 'Shop.segdesk'));
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('Shop');

  dialogs.newWorkspace.push(join(dir, 'Shop backup.segdesk'));
  await page.getByTestId('workspace-file').click();
  await app.screenshot('workspace-file-menu-en');
  await page.getByTestId('workspace-duplicate').click();
  await expect(page.getByText(`Copy written: ${join(dir, 'Shop backup.segdesk')}`)).toBeVisible();
  await expect(page.getByTestId('workspace-name')).toHaveText('Shop');
  expect(existsSync(join(dir, 'Shop backup.segdesk'))).toBe(true);

  dialogs.newWorkspace.push(join(dir, 'Shop 2027'));
  await page.getByTestId('workspace-file').click();
  await page.getByTestId('workspace-save-as').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('Shop 2027');
  await expect(page).toHaveTitle('Shop 2027 — SegmentDesk');

  // Another program holds the backup open: opening it is refused in the user's language, nothing changes.
  writeFileSync(
    join(dir, 'Shop backup.segdesk-lock'),
    JSON.stringify({ pid: 1, host: `${hostname()}.other`, program: 'SegmentDesk CLI', since: '2026-11-25T00:00:00Z' }),
  );
  dialogs.workspace.push(join(dir, 'Shop backup.segdesk'));
  await page.getByTestId('close-workspace').click();
  await page.getByTestId('welcome-open').click();
  await expect(page.getByTestId('error-dialog')).toHaveAttribute('data-code', 'E_WORKSPACE_LOCKED');
  await expect(page.getByTestId('error-dialog')).toContainText('This workspace is open in another program.');
  await app.screenshot('workspace-locked-en');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('welcome')).toBeVisible();
});
