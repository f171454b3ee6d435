import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData, tempDir } from '../helpers/paths';
import { expect, test, type AppHarness } from './harness';

/** The UCI file cut to its first 60 %, as a download that stopped. */
function cutDownload(): string {
  const bytes = readFileSync(sharedData('online_retail_uci.csv.gz'));
  const file = join(tempDir(), 'online_retail_uci.csv.gz');
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  return file;
}

async function chooseForImport(app: AppHarness, file: string) {
  const { page, dialogs } = app;
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), 'shop.segdesk'));
  await page.getByTestId('welcome-new').click();
  dialogs.dataFile.push(file);
  await page.getByTestId('import-button').click();
}

test('a cut .gz is named at the preview, in plain words, before anything is imported', async ({ app }) => {
  await chooseForImport(app, cutDownload());
  const dialog = app.page.getByTestId('error-dialog');
  await expect(dialog).toHaveAttribute('data-code', 'E_GZIP_TRUNCATED');
  await expect(dialog).toContainText('The compressed file is damaged (it ends early)');
  await app.screenshot('import-damaged-gzip-en');
  await app.page.getByRole('button', { name: 'OK' }).click();
  await expect(app.page.getByTestId('import-wizard')).toBeHidden();
  expect(app.service.current()!.datasets).toEqual([]);
});

test.describe('简体中文', () => {
  test.use({ systemLocale: 'zh-CN' });

  test('数据有误的 .gz 在预览时就说明原因', async ({ app }) => {
    const bytes = Buffer.from(readFileSync(sharedData('online_retail_uci.csv.gz')));
    bytes[bytes.length >> 1] ^= 0xff;
    const file = join(tempDir(), 'online_retail_uci.csv.gz');
    writeFileSync(file, bytes);
    await chooseForImport(app, file);
    const dialog = app.page.getByTestId('error-dialog');
    await expect(dialog).toHaveAttribute('data-code', 'E_BAD_GZIP');
    await expect(dialog).toContainText('压缩文件已损坏（其中的数据有误）');
    await app.screenshot('import-damaged-gzip-zh-CN');
  });
});
