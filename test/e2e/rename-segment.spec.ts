import { chooseOption } from './choose-option';
import { expect, test, workspaceWith } from './harness';

test('rename a segment: the UI language’s name first and required, the other optional (falls back), in English and in Chinese', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await workspaceWith(app, 'rename', [['rfm_data_orders.csv', '4,906']]);
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('995 customers in');
  const runId = app.service.current()!.runs[0].id;
  const nameOf = (key: string) => app.service.runDetails(runId).result.segments.find((s) => s.key === key)!.name;
  const summary = page.getByTestId('segment-summary');
  const dialog = page.getByRole('dialog');

  // English UI: the English name comes first; emptied (spaces only), the dialog stays open and says why.
  await summary.locator('tr', { hasText: 'Champions' }).getByTestId('rename-segment').click();
  await expect(dialog.locator('label')).toHaveText(['Name in English', 'Name in Chinese (optional)']);
  await page.getByTestId('rename-en').fill('   ');
  await page.getByTestId('rename-zh').fill('');
  await page.getByTestId('rename-ok').click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('Enter a name.');
  await expect(dialog).toBeVisible();
  await app.screenshot('rename-empty-en');
  // A name with spaces around it, the Chinese left empty: both languages take the English one, trimmed.
  await page.getByTestId('rename-en').fill('  Best buyers  ');
  await page.getByTestId('rename-ok').click();
  await expect(page.getByTestId('run-edited')).toContainText('Renamed to “Best buyers”.');
  await expect(summary.locator('tr', { hasText: 'Best buyers' })).toBeVisible();
  expect(nameOf('champions')).toEqual({ en: 'Best buyers', 'zh-CN': 'Best buyers' });

  // Chinese UI: the Chinese name comes first and is required; the English one is kept when not changed.
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await summary.locator('tr[data-row-key="loyal"]').getByTestId('rename-segment').click();
  await expect(dialog.locator('label')).toHaveText(['中文名称', '英文名称（可选）']);
  await page.getByTestId('rename-zh').fill('');
  await page.getByTestId('rename-ok').click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('请输入名称。');
  await app.screenshot('rename-empty-zh-CN');
  await page.getByTestId('rename-zh').fill('老主顾');
  await page.getByTestId('rename-ok').click();
  await expect(page.getByTestId('run-edited')).toContainText('老主顾');
  await expect(summary.locator('tr', { hasText: '老主顾' })).toBeVisible();
  expect(nameOf('loyal')).toEqual({ en: 'Loyal Customers', 'zh-CN': '老主顾' });
});
