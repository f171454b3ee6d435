import { isAbsolute, join } from 'node:path';
import { sharedData, tempDir } from '../helpers/paths';
import { expect, type AppHarness } from './harness';

/** Opens the app, makes a new workspace and opens the import wizard on one of the shared data files (or a file's full path), at its preview. */
export async function openImportWizard(app: AppHarness, file: string): Promise<void> {
  const { page, dialogs } = app;
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), 'shop.segdesk'));
  await page.getByTestId('welcome-new').click();
  dialogs.dataFile.push(isAbsolute(file) ? file : sharedData(file));
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('wizard-preview')).toBeVisible();
}
