import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { type Browser, type BrowserContextOptions, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { StandInBrowserWindow } from './browser-window';
import { type AppOptions, StandInApp } from './electron-app';
import type { IpcHandler, RequestDetails, StandInHost } from './host';

/**
 * A stand-in for the part of Electron's main-process API that SegmentDesk calls, for running the
 * built out/main/index.js in Node where Electron's binary cannot be installed. Windows are
 * Chromium pages (Playwright); the preload runs in an isolated world of its page (page-worlds.ts).
 * What the stand-in cannot do as Electron does, it records (`records`) for the test to assert on.
 * Never shipped: it lives under test/ and is resolved as `electron` only for the built main.
 */

type BeforeRequest = (details: RequestDetails, callback: (response: { cancel?: boolean }) => void) => void;
type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

/** BrowserWindow, its windows kept by one stand-in. */
function windowClass(standIn: StandIn) {
  return class BrowserWindow extends StandInBrowserWindow {
    constructor(options?: BrowserWindowConstructorOptions) {
      super(standIn, options);
    }
    static getAllWindows() {
      return standIn.windows.slice();
    }
  };
}

export interface StandInRecord {
  kind: string;
  detail: unknown;
}

export class StandIn implements StandInHost {
  readonly app: StandInApp;
  readonly windows: StandInBrowserWindow[] = [];
  readonly records: StandInRecord[] = [];
  readonly handlers = new Map<string, IpcHandler>();
  /** Scripted answers to the native dialogs, taken in order; null = the user cancels. */
  readonly dialogAnswers = { open: [] as (string | null)[], save: [] as (string | null)[] };
  applicationMenu: { template: MenuItemConstructorOptions[] } | null = null;
  private browser: Promise<Browser> | null = null;
  private beforeRequest: BeforeRequest | null = null;
  private permissionRequest: PermissionRequest | null = null;
  private permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  /** What `require('electron')` gives the built main process. */
  readonly module: object;

  constructor(options: Partial<AppOptions> = {}) {
    this.app = new StandInApp({
      locale: options.locale ?? 'en-US',
      argv: options.argv ?? [process.execPath, '.'],
      cwd: options.cwd ?? process.cwd(),
      holdReady: options.holdReady ?? false,
    });
    this.app.closeAllWindows = async () => {
      for (const w of this.windows.slice()) await w.close({ quitting: true });
    };
    this.module = {
      app: this.app,
      BrowserWindow: windowClass(this),
      ipcMain: this.ipcMain(),
      session: { defaultSession: this.defaultSession() },
      dialog: this.dialog(),
      Menu: {
        buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
        setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] } | null) => {
          this.applicationMenu = menu;
        },
        getApplicationMenu: () => this.applicationMenu,
      },
    };
  }

  record(kind: string, detail: unknown): void {
    this.records.push({ kind, detail });
  }

  recorded(kind: string): unknown[] {
    return this.records.filter((r) => r.kind === kind).map((r) => r.detail);
  }

  async newPage(
    options: BrowserContextOptions,
  ): Promise<{ context: Awaited<ReturnType<Browser['newContext']>>; page: Page }> {
    this.browser ??= chromium.launch({
      executablePath: CHROMIUM_PATH,
      // Able to load the renderer's module scripts from file://, as Electron does.
      args: [...CHROMIUM_ARGS, '--allow-file-access-from-files'],
    });
    // As a user who set "reduce motion" in the OS (as the e2e tests do): nothing waits for an animation.
    const context = await (await this.browser).newContext({ ...options, reducedMotion: 'reduce' });
    return { context, page: await context.newPage() };
  }

  /** Whether the session's webRequest filter cancels a request. */
  cancels(details: RequestDetails): Promise<boolean> {
    const filter = this.beforeRequest;
    if (!filter) return Promise.resolve(false);
    return new Promise((resolve) => filter(details, (response) => resolve(Boolean(response.cancel))));
  }

  /** What the session answers when a page asks for a permission (Chromium's own prompts are not bridged). */
  permissionAsked(permission: string): Promise<boolean | null> {
    const handler = this.permissionRequest;
    if (!handler) return Promise.resolve(null);
    return new Promise((resolve) => handler(null, permission, resolve));
  }

  permissionChecked(permission: string): boolean | null {
    return this.permissionCheck ? this.permissionCheck(null, permission, '', {}) : null;
  }

  /** Clicks a menu item as a user would, by its labels from the menu bar down; roles do what Electron's roles do here (quit) or are recorded. */
  clickMenu(...labels: string[]): void {
    let items = this.applicationMenu?.template ?? [];
    let item: MenuItemConstructorOptions | undefined;
    for (const label of labels) {
      item = items.find((i) => i.label === label);
      if (!item) throw new Error(`No menu item "${label}" in ${items.map((i) => i.label ?? i.role).join(', ')}`);
      items = Array.isArray(item.submenu) ? item.submenu : [];
    }
    if (item?.enabled === false) throw new Error(`Menu item "${labels.join(' › ')}" is disabled`);
    if (item?.click) (item.click as () => void)();
    else if (item?.role === 'quit') this.app.quit();
    else this.record('menu-role', item?.role);
  }

  /**
   * Ends the app and its Chromium whatever state a test left it in: quits as a user would (the
   * workspace closes, the worker stops), and if the app does not finish quitting, ends it anyway.
   */
  async close(): Promise<void> {
    this.app.quit();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.app.exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
    clearTimeout(timer);
    for (const w of this.windows.slice()) await w.destroyNow();
    this.app.exitNow();
    if (this.browser) await (await this.browser).close();
  }

  private ipcMain() {
    return {
      handle: (channel: string, handler: IpcHandler) => {
        if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        this.handlers.set(channel, handler);
      },
      removeHandler: (channel: string) => this.handlers.delete(channel),
    };
  }

  private defaultSession() {
    return {
      setPermissionRequestHandler: (handler: PermissionRequest) => {
        this.permissionRequest = handler;
      },
      setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
        this.permissionCheck = handler;
      },
      webRequest: {
        onBeforeRequest: (listener: BeforeRequest) => {
          this.beforeRequest = listener;
        },
      },
    };
  }

  private dialog() {
    /** Electron's dialogs take an optional parent window first. */
    const split = (a: unknown, b: unknown) =>
      b === undefined ? { parent: false, options: a } : { parent: true, options: b };
    return {
      showOpenDialog: async (a: unknown, b?: unknown) => {
        const answer = this.answer('open', split(a, b));
        return { canceled: answer === null, filePaths: answer === null ? [] : [answer] };
      },
      showSaveDialog: async (a: unknown, b?: unknown) => {
        const answer = this.answer('save', split(a, b));
        return { canceled: answer === null, filePath: answer ?? '' };
      },
      showErrorBox: (title: string, content: string) => this.record('error-box', { title, content }),
    };
  }

  private answer(type: 'open' | 'save', asked: { parent: boolean; options: unknown }): string | null {
    this.record('dialog', { type, ...asked });
    const answer = this.dialogAnswers[type].shift();
    if (answer === undefined) this.record('dialog-unscripted', type);
    return answer ?? null;
  }
}
