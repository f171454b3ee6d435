import { join } from 'node:path';
import { sharedData, tempDir } from '../helpers/paths';
import { expect, test } from './harness';

test('a CSV opened as a workspace offers to import it into a new workspace instead, which opens the wizard on it', async ({
  app,
}) => {
  const { page, dialogs } = app;
  await app.open();
  dialogs.workspace.push(sharedData('Mall_Customers.csv'));
  await page.getByTestId('welcome-open').click();
  const dialog = page.getByTestId('error-dialog');
  await expect(dialog).toHaveAttribute('data-code', 'E_NOT_A_WORKSPACE');
  await expect(dialog).toContainText('This file is not a SegmentDesk workspace.');
  const instead = page.getByTestId('import-instead');
  await expect(instead).toHaveText('Import Mall_Customers.csv into a new workspace instead');
  await app.screenshot('error-not-a-workspace-import-instead-en');

  dialogs.newWorkspace.push(join(tempDir(), 'Mall.segdesk'));
  await instead.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-wizard')).toContainText('Import data — Mall_Customers.csv');
  await expect(page.getByTestId('wizard-preview')).toContainText('Female');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-import').click();
  await expect(page.getByText('Imported 200 rows from Mall_Customers.csv.')).toBeVisible();
  expect(app.service.current()).toMatchObject({ name: 'Mall', datasets: [{ name: 'Mall_Customers', rowCount: 200 }] });
});

test.describe('简体中文', () => {
  test.use({ systemLocale: 'zh-CN' });

  test('把 Excel 文件当作工作区打开：可以改为导入新工作区；取消新建则什么也不变', async ({ app }) => {
    const { page, dialogs } = app;
    await app.open();
    dialogs.workspace.push(sharedData('online_retail_sample40k.xlsx'));
    await page.getByTestId('welcome-open').click();
    const instead = page.getByTestId('import-instead');
    await expect(instead).toHaveText('改为把 online_retail_sample40k.xlsx 导入新工作区');
    await app.screenshot('error-not-a-workspace-import-instead-zh-CN');
    // No path chosen for the new workspace: nothing is created, the welcome screen stays.
    await instead.click();
    await expect(page.getByTestId('error-dialog')).toBeHidden();
    await expect(page.getByTestId('welcome')).toBeVisible();
    expect(app.service.current()).toBeNull();
  });
});
