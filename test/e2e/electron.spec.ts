import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { findElectron } from '../helpers/find-electron';
import { repoRoot, tempDir } from '../helpers/paths';
import { type BootDriver, demoImportRunReport, welcomeThroughPreload } from './boot-scenario';

/**
 * The boot scenario of boot.spec.ts against real Electron, where its binary exists (it cannot be
 * downloaded on an offline machine, so these are skipped there, saying why). The stand-in's
 * boot tests run everywhere; these prove what the stand-in cannot (see README, "Testing").
 */
const found = findElectron();
const builtMain = join(repoRoot, 'out', 'main', 'index.js');

function launchApp(userData: string, ...args: string[]): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: found.path!,
    args: [builtMain, ...args],
    env: { ...process.env, SEGMENTDESK_USER_DATA: userData, LANG: 'en_US.UTF-8' },
  });
}

/** Native dialogs answered and menu items clicked inside Electron's main process. */
const electronDriver = (app: ElectronApplication, page: Page): BootDriver => ({
  page,
  answerOpen: (path) =>
    app.evaluate(({ dialog }, answer) => {
      const original = dialog.showOpenDialog;
      dialog.showOpenDialog = (async () => {
        dialog.showOpenDialog = original;
        return { canceled: false, filePaths: [answer] };
      }) as typeof dialog.showOpenDialog;
    }, path),
  answerSave: (path) =>
    app.evaluate(({ dialog }, answer) => {
      const original = dialog.showSaveDialog;
      dialog.showSaveDialog = (async () => {
        dialog.showSaveDialog = original;
        return { canceled: false, filePath: answer };
      }) as typeof dialog.showSaveDialog;
    }, path),
  clickMenu: (...labels) =>
    app.evaluate(({ Menu }, path) => {
      let items = Menu.getApplicationMenu()?.items ?? [];
      let item: Electron.MenuItem | undefined;
      for (const label of path) {
        item = items.find((i) => i.label === label);
        items = item?.submenu?.items ?? [];
      }
      if (!item) throw new Error(`No menu item ${path.join(' › ')}`);
      item.click();
    }, labels),
});

function workspaceFile(name: string): string {
  const file = join(tempDir('segdesk-electron-ws-'), `${name}.segdesk`);
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'segmentdesk.cjs'), 'workspace', 'create', file], {
    stdio: 'pipe',
  });
  return file;
}

test.describe('the real Electron app', () => {
  test.skip(!found.path, `Electron binary not installed: ${found.why}`);

  test('opens one secure window on the welcome screen through the preload, and blocks navigation and window.open', async () => {
    const app = await launchApp(tempDir('segdesk-electron-'));
    const page = await app.firstWindow();
    await welcomeThroughPreload(page);
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

  test('first start to a printed report, then a clean quit', async () => {
    test.setTimeout(240_000);
    const userData = tempDir('segdesk-electron-');
    const app = await launchApp(userData);
    const page = await app.firstWindow();
    await welcomeThroughPreload(page);
    await demoImportRunReport(electronDriver(app, page));
    const demo = join(userData, 'SegmentDesk Demo.segdesk');
    expect(existsSync(`${demo}-lock`)).toBe(true);
    await app.close();
    for (const suffix of ['-wal', '-shm', '-lock']) expect(existsSync(demo + suffix), suffix).toBe(false);
  });

  test('a second launch naming a workspace hands it to the running window and exits', async () => {
    const userData = tempDir('segdesk-electron-');
    const app = await launchApp(userData);
    const page = await app.firstWindow();
    await expect(page.getByTestId('welcome')).toBeVisible();
    const file = workspaceFile('Shop');
    const second = spawn(found.path!, [builtMain, 'Shop.segdesk'], {
      cwd: join(file, '..'),
      env: { ...process.env, SEGMENTDESK_USER_DATA: userData },
      stdio: 'ignore',
    });
    await expect(new Promise((resolve) => second.on('exit', resolve))).resolves.toBe(0);
    await expect(page.getByTestId('workspace-name')).toHaveText('Shop');
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });
});
