import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { appPaths } from '../../src/main/app-paths';
import { requests } from '../../src/shared/contract';
import type { StandIn } from '../electron-standin/electron';
import { builtMainDir, launch, type LaunchOptions } from '../electron-standin/launch';
import { repoRoot, sharedData, tempDir } from '../helpers/paths';
import { type BootDriver, demoImportRunReport, welcomeThroughPreload } from './boot-scenario';

/**
 * The desktop app as a user starts it: the built out/main/index.js and out/preload/index.js, run
 * in Node against a stand-in for Electron's API (test/electron-standin) whose windows are
 * Chromium pages. Where Electron's binary exists, electron.spec.ts runs the same scenario for real.
 */

let running: StandIn[] = [];
test.afterEach(async ({}, testInfo) => {
  // What each launch recorded (calls the stand-in cannot perform as Electron would), for a failed test.
  for (const [i, s] of running.entries())
    await testInfo.attach(`stand-in-${i + 1}.json`, {
      body: JSON.stringify(s.records, null, 1),
      contentType: 'application/json',
    });
  for (const s of running) await s.close();
  running = [];
});

function start(options: LaunchOptions): StandIn {
  const standIn = launch(options);
  running.push(standIn);
  return standIn;
}

/** The app's one window, once its preload has run (a preload that cannot load fails here, saying why). */
async function onlyWindow(standIn: StandIn) {
  await expect.poll(() => standIn.windows.length).toBe(1);
  const { page } = await standIn.windows[0].opened;
  const outcome = () => [...standIn.recorded('preload-ran'), ...standIn.recorded('preload-error')];
  await expect.poll(outcome).not.toEqual([]);
  expect(standIn.recorded('preload-error'), 'the preload').toEqual([]);
  return page;
}

const driver = (standIn: StandIn, page: BootDriver['page']): BootDriver => ({
  page,
  answerOpen: async (path) => void standIn.dialogAnswers.open.push(path),
  answerSave: async (path) => void standIn.dialogAnswers.save.push(path),
  clickMenu: async (...labels) => standIn.clickMenu(...labels),
});

/** A workspace file made by the CLI, as another session of the user would have left it. */
function workspaceFile(name: string): string {
  const file = join(tempDir('segdesk-boot-ws-'), `${name}.segdesk`);
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'segmentdesk.cjs'), 'workspace', 'create', file], {
    stdio: 'pipe',
  });
  return file;
}

test('the built app starts on a fresh profile: one secure window, the built renderer and its CSP, a handler for every request and no other, the welcome screen through the real preload', async () => {
  const standIn = start({ userData: tempDir('segdesk-boot-') });
  const page = await onlyWindow(standIn);
  await welcomeThroughPreload(page);
  const win = standIn.windows[0];
  expect(win.options).toMatchObject({ width: 1280, height: 820, minWidth: 900, minHeight: 600, show: false });
  expect(win.options.webPreferences).toEqual(
    expect.objectContaining({
      // The paths the packaging test checks are the ones the built app uses.
      preload: appPaths(builtMainDir).preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    }),
  );
  expect(win.isVisible()).toBe(true); // shown on 'ready-to-show'
  expect(page.url()).toBe(pathToFileURL(appPaths(builtMainDir).rendererIndex).href);
  expect([...standIn.handlers.keys()].sort()).toEqual(requests.map((r) => r.name).sort());
  // The preload's own world stays its own: the page sees the API and none of the preload's globals.
  expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__standinDeliver)).toBe(
    'undefined',
  );
  expect(standIn.recorded('preload-ran')).toEqual([win.id]);
  for (const kind of [
    'preload-error',
    'world-exception',
    'page-error',
    'ipc-unhandled',
    'request-cancelled',
    'error-box',
  ])
    expect(standIn.recorded(kind), kind).toEqual([]);
  // The File menu, built in the system's language.
  expect(standIn.applicationMenu?.template.map((m) => m.label)).toEqual(['File', 'View', 'Help']);
});

test('first start to a printed report: the demo, a file imported through File › Import… and the open dialog, an RFM run, its report printed to PDF; quitting checkpoints the workspace and frees its lock', async () => {
  test.setTimeout(240_000);
  const userData = tempDir('segdesk-boot-');
  const standIn = start({ userData });
  const page = await onlyWindow(standIn);
  await welcomeThroughPreload(page);
  await demoImportRunReport(driver(standIn, page));
  // The dialogs were asked for over the window, with the app's filters; the PDF was printed from the report's CSS.
  const dialogs = standIn.recorded('dialog') as {
    type: string;
    parent: boolean;
    options: { filters: { extensions: string[] }[] };
  }[];
  expect(dialogs.map((d) => [d.type, d.parent])).toEqual([
    ['open', true],
    ['save', true],
  ]);
  expect(dialogs[0].options.filters[0].extensions).toContain('csv');
  expect(dialogs[1].options.filters[0].extensions).toEqual(['pdf']);
  expect(standIn.recorded('print-to-pdf')).toEqual([
    { pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false },
  ]);
  expect(standIn.recorded('dialog-unscripted')).toEqual([]);

  const demo = join(userData, 'SegmentDesk Demo.segdesk');
  expect(existsSync(`${demo}-lock`)).toBe(true);
  standIn.clickMenu('File', 'Quit');
  await expect(standIn.app.exited).resolves.toBe(0);
  for (const suffix of ['-wal', '-shm', '-lock']) expect(existsSync(demo + suffix), suffix).toBe(false);
  const db = new Database(demo, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.prepare('SELECT COUNT(*) AS n FROM runs').get()).toEqual({ n: 2 });
  db.close();
});

test('a second launch naming a workspace hands it to the running window and quits', async () => {
  const userData = tempDir('segdesk-boot-');
  const first = start({ userData });
  const page = await onlyWindow(first);
  await expect(page.getByTestId('welcome')).toBeVisible();
  const file = workspaceFile('Shop');
  // As a double-click on Shop.segdesk: the launch's working folder and its path relative to it.
  const second = start({ userData, argv: ['/opt/SegmentDesk/segmentdesk', 'Shop.segdesk'], cwd: join(file, '..') });
  await expect(second.app.exited).resolves.toBe(0);
  expect(second.windows).toEqual([]);
  expect(second.handlers.size).toBe(0);
  await expect(page.getByTestId('workspace-name')).toHaveText('Shop');
  expect(first.windows).toHaveLength(1);
  expect(first.recorded('window-focus')).toEqual([first.windows[0].id]);
});

test('a first launch naming a workspace (a double-click while the app is closed) opens it', async () => {
  const file = workspaceFile('Opened at launch');
  const standIn = start({ userData: tempDir('segdesk-boot-'), holdReady: true });
  // The built main reads the launch's own command line (process.argv) once the app is ready.
  const argv = process.argv;
  process.argv = ['/opt/SegmentDesk/segmentdesk', file];
  try {
    standIn.app.becomeReady();
    await expect.poll(() => standIn.windows.length).toBe(1);
  } finally {
    process.argv = argv;
  }
  const page = await onlyWindow(standIn);
  await expect(page.getByTestId('workspace-name')).toHaveText('Opened at launch');
});

test('macOS hands over a workspace (open-file) before the app is ready: it opens once the window is there', async () => {
  const file = workspaceFile('Handed over');
  const standIn = start({ userData: tempDir('segdesk-boot-'), holdReady: true });
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  standIn.app.emit('open-file', event, file);
  expect(event.defaultPrevented).toBe(true);
  expect(standIn.windows).toEqual([]);
  standIn.app.becomeReady();
  const page = await onlyWindow(standIn);
  await expect(page.getByTestId('workspace-name')).toHaveText('Handed over');
});

test('the session refuses what is not the app: other files, other windows, navigation away, every permission', async () => {
  const standIn = start({ userData: tempDir('segdesk-boot-') });
  const page = await onlyWindow(standIn);
  await expect(page.getByTestId('welcome')).toBeVisible();
  // A file outside the renderer's folder: the CSP lets file: through ('self'), the session's filter does not.
  expect(
    await page.evaluate(() =>
      fetch('file:///etc/hostname').then(
        () => 'read',
        () => 'refused',
      ),
    ),
  ).toBe('refused');
  expect(standIn.recorded('request-cancelled')).toEqual(['file:///etc/hostname']);
  await page.evaluate(() => window.open('https://example.com/'));
  await expect.poll(() => standIn.recorded('window-open')).toEqual([{ url: expect.any(String), action: 'deny' }]);
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await expect.poll(() => standIn.recorded('navigation-prevented')).toEqual(['https://example.com/']);
  await expect(page.getByTestId('welcome')).toBeVisible();
  expect(page.url()).toMatch(/^file:.*\/out\/renderer\/index\.html$/);
  expect(await standIn.permissionAsked('geolocation')).toBe(false);
  expect(standIn.permissionChecked('notifications')).toBe(false);
});

test('a file dropped from the desktop is imported by the path the preload reads (webUtils); the page itself can name no path', async () => {
  const standIn = start({ userData: tempDir('segdesk-boot-') });
  const page = await onlyWindow(standIn);
  standIn.dialogAnswers.save.push(join(tempDir('segdesk-boot-ws-'), 'Dropped.segdesk'));
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('data-empty')).toBeVisible();
  type Api = { invoke(n: string, i: unknown): Promise<unknown>; dropFile(f: File): Promise<unknown> };
  const refused = await page.evaluate(() =>
    Promise.all([
      (window as unknown as { api: Api }).api.invoke('import:drop', { path: '/etc/passwd' }),
      (window as unknown as { api: Api }).api.dropFile(new File(['a,b'], 'made-up.csv')),
    ]),
  );
  expect(refused).toMatchObject([
    { ok: false, error: { code: 'E_UNKNOWN_CHANNEL' } },
    { ok: false, error: { code: 'E_READ_FAILED' } },
  ]);
  // As Electron's webUtils knows the path of a File dropped from the desktop.
  const file = sharedData('rfm_data_orders.csv');
  await standIn.windows[0].webContents.dropPath('rfm_data_orders.csv', statSync(file).size, file);
  const dataTransfer = await page.evaluateHandle((size) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(size)], 'rfm_data_orders.csv', { type: 'text/csv' }));
    return dt;
  }, statSync(file).size);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('wizard-preview').locator('thead')).toContainText('customer_id');
});
