import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData, tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { expect, test, workspaceWith } from './harness';

test('campaign results named by e-mail address are matched to the run; a file without a customer column is refused in the user’s language', async ({
  app,
}) => {
  test.setTimeout(150_000);
  const { page, dialogs } = app;
  await workspaceWith(app, 'match-file', [['rfm_data_orders.csv', '4,906']]);
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('995 customers');

  // The file names customers by their e-mail (in capitals), as a platform's export does: 60 customers, 2 strangers.
  const emails = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[5]);
  const chosen = [...new Set(emails)].slice(0, 60);
  const rows = chosen.map((e, i) => `${e.toUpperCase()},${i % 2 ? 'test' : 'control'},${i % 5 === 0 ? 1 : 0}`);
  const file = join(tempDir(), 'platform-results.csv');
  writeFileSync(
    file,
    `Email Address,group,responded\n${rows.join('\n')}\nstranger@example.com,test,1\nnobody@example.com,control,0\n`,
  );
  const responders = (side: number) => chosen.filter((_, i) => i % 2 === side && i % 5 === 0).length;

  await page.getByTestId('nav-campaign').click();
  dialogs.dataFile.push(file);
  await page.getByTestId('campaign-import').click();
  const allRow = page.getByTestId('campaign-table').locator('tr', { hasText: 'All customers' });
  // "All customers" counts the two strangers too (one per group; the one in test responded), as for ids not in the run.
  await expect(allRow).toContainText(`(${responders(1) + 1}/31)`);
  await expect(allRow).toContainText(`(${responders(0)}/31)`);

  // No column says who the customer is: the dialog names the file's columns, in English then in Chinese.
  const bad = join(tempDir(), 'no-customers.csv');
  writeFileSync(bad, 'campaign,clicks\nspring,3\nsummer,0\n');
  dialogs.dataFile.push(bad);
  await page.getByTestId('campaign-import').click();
  const dialog = page.getByTestId('error-dialog');
  await expect(dialog).toHaveAttribute('data-code', 'E_MISSING_ROLE');
  await expect(dialog.getByTestId('missing-role')).toHaveText(
    'No column of this file says who each customer is. Give it a column headed customer id, e-mail or mobile phone (English or Chinese, e.g. “Email Address” or “手机号”) and choose it again. Its columns now: campaign, clicks.',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  dialogs.dataFile.push(bad);
  await page.getByTestId('campaign-import').click();
  await expect(dialog.getByTestId('missing-role')).toHaveText(
    '这个文件中没有哪一列能说明每行是哪位客户。请加上标题为客户ID、邮箱或手机号的一列（中文或英文，例如“手机号”或“Email Address”），再选择一次。文件现有的列：campaign, clicks。',
  );
  await app.screenshot('match-file-no-column-zh-CN');
});
