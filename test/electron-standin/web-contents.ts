import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { WebPreferences } from 'electron';
import type { CDPSession, Page, Route } from '@playwright/test';
import { electronEvent } from './electron-app';
import type { StandInHost } from './host';
import { decodeFromPage, encodeForPage } from '../e2e/bridge-codec';
import { base64, isolatedWorld, mainWorld } from './page-worlds';

const BINDING = '__standinIpc';
const WORLD = 'segmentdesk-preload';

/** Playwright's resource types in Electron's webRequest words. */
function electronResourceType(type: string, mainFrame: boolean): string {
  if (type === 'document') return mainFrame ? 'mainFrame' : 'subFrame';
  if (type === 'fetch' || type === 'xhr' || type === 'eventsource') return 'xhr';
  if (type === 'websocket') return 'webSocket';
  return ['stylesheet', 'script', 'image', 'font', 'media'].includes(type) ? type : 'other';
}

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** A window's webContents: its page, the preload in an isolated world, IPC both ways, navigation and printing. */
export class StandInWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = StandInWebContents.nextId++;
  page: Page | null = null;
  private cdp: CDPSession | null = null;
  /** The preload world of the current document (known once its preload said hello). */
  private contextId: number | null = null;
  private expectedNavigation: string | null = null;
  private openHandler: OpenHandler | null = null;

  constructor(
    private readonly standIn: StandInHost,
    readonly owner: { id: number },
    readonly webPreferences: WebPreferences,
  ) {
    super();
  }

  async attach(page: Page): Promise<void> {
    this.page = page;
    page.on('pageerror', (err) => this.standIn.record('page-error', err.message));
    page.on('popup', (popup) => this.onPopup(popup));
    await page.context().route('**/*', (route) => this.onRequest(route));
    const preload = this.webPreferences.preload;
    if (!preload) return;
    const cdp = await page.context().newCDPSession(page);
    this.cdp = cdp;
    await cdp.send('Runtime.enable');
    // An exception in the preload's world (Electron prints it in the page's console).
    cdp.on('Runtime.exceptionThrown', (e) =>
      this.standIn.record('world-exception', e.exceptionDetails.exception?.description ?? e.exceptionDetails.text),
    );
    cdp.on('Runtime.bindingCalled', (e) => {
      if (e.name === BINDING) this.fromPreload(e.payload, e.executionContextId);
    });
    if (!existsSync(preload)) {
      // Electron logs this in the page's console and shows the page without the preload's API.
      this.standIn.record('preload-error', `Unable to load preload script: ${preload}`);
      return;
    }
    const { contextIsolation, sandbox, nodeIntegration } = this.webPreferences;
    if (contextIsolation === false || sandbox === false || nodeIntegration === true)
      this.standIn.record('preload-error', 'the stand-in runs only sandboxed, isolated preloads');
    await cdp.send('Page.enable');
    await cdp.send('Runtime.addBinding', { name: BINDING, executionContextName: WORLD });
    const source = `(${isolatedWorld.toString()})(${base64.toString()}, ${JSON.stringify(BINDING)}, function (require, module, exports) {\n${readFileSync(preload, 'utf8')}\n});`;
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source, worldName: WORLD });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: `(${mainWorld.toString()})(${base64.toString()});`,
    });
  }

  private fromPreload(payload: string, contextId: number): void {
    const m = decodeFromPage(payload) as { t: string; id: number; channel: string; args: unknown[]; message: string };
    if (m.t === 'hello') this.contextId = contextId;
    else if (m.t === 'preload-ran') this.standIn.record('preload-ran', this.owner.id);
    else if (m.t === 'preload-error') this.standIn.record('preload-error', m.message);
    else if (m.t === 'send') this.standIn.record('ipc-send', m.channel);
    else if (m.t === 'invoke') void this.invoke(m, contextId);
  }

  /** ipcMain.handle's answer, or Electron's error for a channel nobody handles. */
  private async invoke(m: { id: number; channel: string; args: unknown[] }, contextId: number): Promise<void> {
    const handler = this.standIn.handlers.get(m.channel);
    let reply: object;
    if (!handler) {
      this.standIn.record('ipc-unhandled', m.channel);
      reply = {
        ok: false,
        message: `Error invoking remote method '${m.channel}': Error: No handler registered for '${m.channel}'`,
      };
    } else {
      const event = { sender: this, senderFrame: { url: this.page?.url() ?? '' }, processId: 1, frameId: 1 };
      try {
        reply = { ok: true, value: await handler(event, ...m.args) };
      } catch (err) {
        reply = { ok: false, message: `Error invoking remote method '${m.channel}': ${String(err)}` };
      }
    }
    await this.deliver({ t: 'reply', id: m.id, ...reply }, contextId);
  }

  private async deliver(message: object, contextId: number): Promise<void> {
    // Values as Electron IPC's structured clone keeps them: JSON, and bytes (Arrow IPC) as bytes.
    const expression = `__standinDeliver(${JSON.stringify(encodeForPage(message))})`;
    await this.cdp?.send('Runtime.evaluate', { expression, contextId }).catch(() => undefined);
  }

  /** Like Electron's: to the page's ipcRenderer listeners; a message to a page still loading is lost. */
  send(channel: string, ...args: unknown[]): void {
    if (this.contextId === null) {
      this.standIn.record('ipc-send-lost', channel);
      return;
    }
    void this.deliver({ t: 'event', channel, args }, this.contextId);
  }

  /** What webUtils.getPathForFile answers for a File of this name and size (a drop from the desktop). */
  async dropPath(name: string, size: number, path: string): Promise<void> {
    if (this.contextId !== null) await this.deliver({ t: 'drop', key: `${name}\u0000${size}`, path }, this.contextId);
  }

  async loadFile(path: string): Promise<void> {
    await this.loadURL(pathToFileURL(path).href);
  }

  async loadURL(url: string): Promise<void> {
    this.contextId = null;
    this.expectedNavigation = url;
    await this.page!.goto(url);
    this.emit('did-finish-load');
  }

  getURL(): string {
    return this.page?.url() ?? '';
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  /** Chromium's printing with Electron's options; the page size and margins come from the page's CSS. */
  async printToPDF(options: {
    pageSize?: string;
    printBackground?: boolean;
    preferCSSPageSize?: boolean;
    displayHeaderFooter?: boolean;
  }): Promise<Uint8Array> {
    this.standIn.record('print-to-pdf', options);
    return this.page!.pdf({
      format: options.pageSize ?? 'Letter',
      printBackground: options.printBackground ?? false,
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      displayHeaderFooter: options.displayHeaderFooter ?? false,
    });
  }

  /**
   * Every request goes through the session's webRequest filter, as in Electron; a navigation the
   * page starts itself first asks 'will-navigate', which the main process may prevent.
   */
  private async onRequest(route: Route): Promise<void> {
    const request = route.request();
    const url = request.url();
    let mainFrame = false;
    let ownPage = false;
    try {
      const page = request.frame().page();
      mainFrame = request.frame() === page.mainFrame();
      ownPage = page === this.page;
    } catch {
      // A new window's first request comes before its frame: it is not this window's page.
    }
    if (ownPage && request.isNavigationRequest() && mainFrame) {
      const expected = url === this.expectedNavigation;
      this.expectedNavigation = null;
      if (!expected) {
        const event = electronEvent();
        this.emit('will-navigate', event, url);
        if (event.defaultPrevented) {
          this.standIn.record('navigation-prevented', url);
          return route.abort('aborted');
        }
      }
    }
    const resourceType = electronResourceType(request.resourceType(), mainFrame);
    if (await this.standIn.cancels({ url, resourceType, method: request.method(), webContentsId: this.id })) {
      this.standIn.record('request-cancelled', url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  }

  /** Electron asks the window-open handler before a window opens; the stand-in asks once Chromium opened it, and closes it when denied. */
  private onPopup(popup: Page): void {
    const action = this.openHandler?.({ url: popup.url() }).action ?? 'allow';
    this.standIn.record('window-open', { url: popup.url(), action });
    if (action === 'deny') void popup.close();
  }
}
