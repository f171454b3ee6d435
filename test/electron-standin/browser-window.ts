import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { BrowserContext, Page } from '@playwright/test';
import { electronEvent } from './electron-app';
import type { StandInHost } from './host';
import { StandInWebContents } from './web-contents';

/**
 * A BrowserWindow: one Chromium page in a browser context of its own (so that a window without
 * JavaScript, as the print window is, gets a context without it). Electron's constructor is
 * synchronous; the page is made in the background and every method that needs it waits for it.
 */
export class StandInBrowserWindow extends EventEmitter {
  private static nextId = 1;
  readonly id = StandInBrowserWindow.nextId++;
  readonly webContents: StandInWebContents;
  readonly opened: Promise<{ context: BrowserContext; page: Page }>;
  private visible = false;
  private maximized = false;
  private minimized = false;
  private destroyed = false;
  private readonly bounds: Rectangle;

  constructor(
    private readonly standIn: StandInHost,
    readonly options: BrowserWindowConstructorOptions = {},
  ) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.webContents = new StandInWebContents(standIn, this, options.webPreferences ?? {});
    this.opened = standIn
      .newPage({
        javaScriptEnabled: options.webPreferences?.javascript !== false,
        viewport: { width: this.bounds.width, height: this.bounds.height },
      })
      .then(async (opened) => {
        await this.webContents.attach(opened.page);
        return opened;
      });
    standIn.windows.push(this);
    standIn.app.emit('web-contents-created', electronEvent(), this.webContents);
    if (options.show !== false) this.visible = true;
  }

  async loadFile(path: string): Promise<void> {
    await this.opened;
    await this.webContents.loadFile(path);
    this.readyToShowOnce();
  }

  async loadURL(url: string): Promise<void> {
    await this.opened;
    await this.webContents.loadURL(url);
    this.readyToShowOnce();
  }

  private shownOnce = false;
  /** Electron says 'ready-to-show' after the first paint of a window made with show: false. */
  private readyToShowOnce(): void {
    if (this.shownOnce) return;
    this.shownOnce = true;
    this.emit('ready-to-show', electronEvent());
  }

  show(): void {
    this.visible = true;
    this.emit('show');
  }

  isVisible(): boolean {
    return this.visible;
  }

  focus(): void {
    this.standIn.record('window-focus', this.id);
  }

  maximize(): void {
    this.maximized = true;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  minimize(): void {
    this.minimized = true;
  }

  restore(): void {
    this.minimized = false;
  }

  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }

  getBounds(): Rectangle {
    return { ...this.bounds };
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** As a click on the window's close button: 'close' (preventable), then 'closed'; the last window closed → 'window-all-closed'. */
  async close(options: { quitting?: boolean } = {}): Promise<void> {
    if (this.destroyed) return;
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    await this.destroyNow();
    if (!options.quitting && this.standIn.windows.length === 0) this.standIn.app.emit('window-all-closed');
  }

  destroy(): void {
    void this.destroyNow();
  }

  async destroyNow(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    this.standIn.windows.splice(this.standIn.windows.indexOf(this), 1);
    // A window whose page never opened, or whose browser a failed test already closed, is gone all the same.
    await this.opened.then(({ context }) => context.close()).catch(() => undefined);
    this.emit('closed');
  }
}
