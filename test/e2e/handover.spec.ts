import { join } from 'node:path';
import { openFromCommandLine } from '../../src/main/open-request';
import { tempDir } from '../helpers/paths';
import { encodeForPage } from './bridge-codec';
import { expect, test, type AppHarness } from './harness';

/** Sends an event to the page as the main process does (webContents.send). */
async function send(app: AppHarness, event: string, payload: unknown) {
  await app.page.evaluate(
    ([e, p]) => (window as unknown as { __segdeskEmit(e: string, p: string): void }).__segdeskEmit(e, p),
    [event, encodeForPage(payload)] as const,
  );
}

test('a workspace double-clicked while the app runs opens in the window; one that cannot be opened is explained', async ({
  app,
}) => {
  const { page, service } = app;
  const dir = tempDir();
  const file = join(dir, 'Autumn.segdesk');
  await service.createAt(file);
  await service.close();
  await app.open();
  await expect(page.getByTestId('welcome')).toBeVisible();

  // What Electron's second-instance event runs, with the second launch's command line.
  const emit = (event: string, payload: unknown) => void send(app, event, payload);
  await openFromCommandLine(service, ['/opt/SegmentDesk/segmentdesk', 'Autumn.segdesk'], dir, emit as never);
  await expect(page.getByTestId('workspace-name')).toHaveText('Autumn');
  await expect(page).toHaveTitle('Autumn — SegmentDesk');

  await openFromCommandLine(service, ['/opt/SegmentDesk/segmentdesk', 'missing.segdesk'], dir, emit as never);
  await expect(page.getByTestId('error-dialog')).toHaveAttribute('data-code', 'E_FILE_NOT_FOUND');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('workspace-name')).toHaveText('Autumn');
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`About names the version, where things live, the licences and how to uninstall (${lang})`, async ({ app }) => {
    app.service.setLanguage(lang);
    await app.open();
    await send(app, 'menu:command', { command: 'app:about' });
    const about = app.page.getByTestId('about');
    await expect(about).toContainText(lang === 'en' ? 'Version 0.1.0' : '版本 0.1.0');
    await expect(about).toContainText(app.stateDir);
    await expect(about).toContainText('SIL Open Font License 1.1');
    await expect(about).toContainText('CC0');
    // the world map's data and its licences
    for (const words of ['world-atlas 2.0.2', 'Natural Earth', 'topojson-client', 'ISC'])
      await expect(about).toContainText(words);
    await expect(about).toContainText(lang === 'en' ? 'writes no log files' : '不写日志文件');
    await expect(about).toContainText(lang === 'en' ? 'To uninstall' : '卸载');
    await app.screenshot(`about-${lang}`);
  });
}
