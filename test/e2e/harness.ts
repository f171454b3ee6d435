import { createReadStream, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { PRELOAD_ONLY } from '../../src/shared/contract';
import { createDispatcher } from '../../src/main/workspace/create-dispatcher';
import { createHandlers } from '../../src/main/workspace/create-handlers';
import { WorkspaceService } from '../../src/main/workspace/workspace-service';
import type { WriteBlocker } from '../../src/main/store/write-blocker';
import { ScriptedDialogs } from '../helpers/service';
import { repoRoot, resourcesDir, sharedData, tempDir, workerPath } from '../helpers/paths';
import { decodeFromPage, encodeForPage, installBridge } from './bridge-codec';
import { keepExports } from './keep-exports';
import { motionSettled } from './motion-settled';

const RENDERER = join(repoRoot, 'out', 'renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves the built renderer on 127.0.0.1 (file:// would block module scripts). */
async function serveRenderer(): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('out/renderer is missing: run "npm run build" first');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    const file = resolve(RENDERER, rel === '' ? 'index.html' : rel);
    if (!file.startsWith(RENDERER + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export interface AppHarness {
  page: Page;
  service: WorkspaceService;
  dialogs: ScriptedDialogs;
  stateDir: string;
  /** Requests that tried to leave 127.0.0.1 (must stay empty). */
  blocked: string[];
  /** Every event the service emitted, in order. */
  events: { event: string; payload: unknown }[];
  /** Opens (or reloads) the app. */
  open(): Promise<void>;
  /** Saves a screenshot under test-results/screens when SCREENS=1 (and docs/ when UPDATE_DOCS=1); waits for motion to settle either way. */
  screenshot(name: string, options?: { docs?: boolean }): Promise<void>;
}

/** `writeBlocker`: stands in for a write-protected disk (CI runs as root, where chmod stops nothing). */
/** `summaryShareCells`: lowers the spend shares a summary keeps (a small file then stands in for millions of customers). */
type Fixtures = {
  app: AppHarness;
  systemLocale: string;
  writeBlocker: WriteBlocker | undefined;
  summaryShareCells: number | undefined;
};
type WorkerFixtures = { origin: string };

export const test = base.extend<Fixtures, WorkerFixtures>({
  systemLocale: ['en-US', { option: true }],
  writeBlocker: [undefined, { option: true }],
  summaryShareCells: [undefined, { option: true }],
  origin: [
    async ({}, use) => {
      const { server, origin } = await serveRenderer();
      await use(origin);
      await new Promise((r) => server.close(r));
    },
    { scope: 'worker' },
  ],
  app: async ({ page, origin, systemLocale, writeBlocker, summaryShareCells }, provide, testInfo) => {
    const stateDir = tempDir('segdesk-e2e-state-');
    const dialogs = new ScriptedDialogs();
    const blocked: string[] = [];
    const events: AppHarness['events'] = [];
    const pageErrors: string[] = [];
    let ready = false;
    const service = new WorkspaceService({
      stateDir,
      resourcesDir,
      workerPath,
      systemLocale,
      appVersion: '0.1.0',
      platform: process.platform,
      dialogs,
      writeBlocker,
      summaryShareCells,
      // PDFs are printed as the CLI and the app print them: the report's HTML in Chromium, page set-up from its CSS.
      printPdf: async (html) => {
        const printer = await page.context().newPage();
        try {
          await printer.setContent(html, { waitUntil: 'load' });
          await printer.evaluate(() => document.fonts.ready);
          return await printer.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
        } finally {
          await printer.close();
        }
      },
      emit: (event, payload) => {
        events.push({ event, payload });
        if (!ready) return;
        page
          .evaluate(
            ([e, p]) => (window as unknown as { __segdeskEmit(e: string, p: string): void }).__segdeskEmit(e, p),
            [event, encodeForPage(payload)] as const,
          )
          .catch(() => undefined);
      },
    });
    const dispatch = createDispatcher(createHandlers(service));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.exposeBinding('__segdeskInvoke', async (_source, name: string, input: string) =>
      encodeForPage(
        PRELOAD_ONLY.has(name)
          ? { ok: false, error: { code: 'E_UNKNOWN_CHANNEL', message: `Unknown request: ${name}` } }
          : await dispatch(name, decodeFromPage(input)),
      ),
    );
    const drops = tempDir('segdesk-e2e-drops-');
    await page.exposeBinding('__segdeskDrop', async (_source, name: string, base64: string) => {
      const path = join(mkdtempSync(join(drops, 'f-')), basename(name));
      writeFileSync(path, Buffer.from(base64, 'base64'));
      return encodeForPage(await dispatch('import:drop', { path }));
    });
    await page.addInitScript(installBridge);
    const screens = join(repoRoot, 'test-results', 'screens');
    mkdirSync(screens, { recursive: true });
    const harness: AppHarness = {
      page,
      service,
      dialogs,
      stateDir,
      blocked,
      events,
      async open() {
        await page.goto(`${origin}/index.html`);
        ready = true;
        await expect(page.locator('[data-testid="welcome"], [data-testid="workspace"]')).toBeVisible();
      },
      async screenshot(name, options) {
        await motionSettled(page);
        // Kept when asked for (SCREENS=1, or UPDATE_DOCS=1 for docs/): a capture costs a rendered
        // frame, about a sixth of a test's time on 2 cores, and an unattended run shows them no one.
        if (process.env.SCREENS === '1' || process.env.UPDATE_DOCS === '1')
          await page.screenshot({ path: join(screens, `${name}.png`) });
        if (options?.docs && process.env.UPDATE_DOCS === '1')
          await page.screenshot({ path: join(repoRoot, 'docs', `${name}.png`) });
      },
    };
    await provide(harness);
    ready = false;
    await service.dispose();
    expect(blocked, 'requests to non-local addresses').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    // Every CSV and XLSX the test exported is kept under test-results/exports and scanned.
    expect(await keepExports(dialogs.saved, testInfo), 'exported numbers with more decimals than stated').toEqual([]);
  },
});

export { expect };

/** A new workspace with the files imported through the wizard as it suggests (kind, roles, policies). */
export async function workspaceWith(app: AppHarness, name: string, files: [file: string, rows: string][]) {
  const { page, dialogs } = app;
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), `${name}.segdesk`));
  await page.getByTestId('welcome-new').click();
  for (const [file, rows] of files) {
    dialogs.dataFile.push(sharedData(file));
    // Orders just imported open their Overview: the next file comes in from the Data page.
    await page.getByTestId('nav-data').click();
    await page.getByTestId('import-button').click();
    await expect(page.getByTestId('wizard-preview')).toBeVisible();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-import').click();
    await expect(page.getByText(`Imported ${rows} rows from ${file}.`)).toBeVisible({ timeout: 120_000 });
  }
}

/** Types a day into an antd DatePicker. */
export async function pickDay(app: AppHarness, testId: string, day: string) {
  const input = app.page.getByTestId(testId);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect(input).toHaveValue(day);
}
