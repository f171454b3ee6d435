import { expect, test } from './harness';
import { chooseOption } from './choose-option';

test.describe('welcome screen', () => {
  test('shows the three choices in English, switches to Chinese, and remembers it', async ({ app }) => {
    const { page } = app;
    await app.open();
    await expect(page.getByRole('heading', { name: 'SegmentDesk' })).toBeVisible();
    await expect(page.getByTestId('welcome-demo')).toContainText('Open demo workspace');
    await expect(page.getByTestId('welcome-new')).toContainText('New workspace');
    await expect(page.getByTestId('welcome-open')).toContainText('Open workspace…');
    await expect(page.getByTestId('recent-list')).toContainText('Workspaces you open will be listed here.');
    await expect(page).toHaveTitle('SegmentDesk');
    await app.screenshot('welcome-en', { docs: true });

    await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
    await expect(page.getByTestId('welcome-demo')).toContainText('打开示例工作区');
    await expect(page.getByTestId('welcome-new')).toContainText('新建工作区');
    await expect(page.getByTestId('recent-list')).toContainText('打开过的工作区会列在这里。');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await app.screenshot('welcome-zh-CN', { docs: true });

    expect(app.service.getSettings()).toEqual({ language: 'zh-CN' });
    await app.open(); // reload: the choice persists
    await expect(page.getByTestId('welcome-open')).toContainText('打开工作区…');
  });
});

test.describe('welcome screen on a Chinese system', () => {
  test.use({ systemLocale: 'zh-CN' });

  test('starts in Chinese when the OS locale is Chinese and nothing was chosen', async ({ app }) => {
    await app.open();
    await expect(app.page.getByTestId('welcome-demo')).toContainText('打开示例工作区');
    expect(app.service.getSettings()).toEqual({ language: null });
  });
});
