import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { CSP } from '../../src/shared/csp';
import { findElectron } from '../helpers/find-electron';
import { repoRoot, tempDir } from '../helpers/paths';

const found = findElectron();

test.describe('the real Electron app', () => {
  test.skip(!found.path, `Electron binary not installed: ${found.why}`);

  test('opens one secure window on the welcome screen and blocks navigation and window.open', async () => {
    const app = await electron.launch({
      executablePath: found.path!,
      args: [join(repoRoot, 'out', 'main', 'index.js')],
      env: { ...process.env, SEGMENTDESK_USER_DATA: tempDir('segdesk-electron-'), LANG: 'en_US.UTF-8' },
    });
    const page = await app.firstWindow();
    await expect(page.getByTestId('welcome')).toBeVisible();
    // No Node in the page (nodeIntegration off, context isolated): only the preload's two functions.
    expect(
      await page.evaluate(() => [
        typeof (window as unknown as { require?: unknown }).require,
        typeof (window as unknown as { process?: unknown }).process,
      ]),
    ).toEqual(['undefined', 'undefined']);
    const csp = await page.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    );
    expect(csp).toBe(CSP);
    expect(await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual([
      'invoke',
      'on',
    ]);
    // Waits for the main process to see the navigation attempt: its own will-navigate handler, added
    // first, has refused it by then (and window.open, asked before, has been answered).
    type Waiting = { navigationTried?: Promise<void> };
    await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0].webContents;
      (globalThis as Waiting).navigationTried = new Promise<void>((resolve) =>
        contents.once('will-navigate', () => resolve()),
      );
    });
    await page.evaluate(() => window.open('https://example.com/'));
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await app.evaluate(() => (globalThis as Waiting).navigationTried);
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toMatch(/^file:.*index\.html$/);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'screens', 'electron-welcome.png') });
    await app.close();
  });
});
