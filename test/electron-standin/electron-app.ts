import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempDir } from '../helpers/paths';

/** An Electron event: handlers may call preventDefault(). */
export function electronEvent(): { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Who holds the single-instance lock of a profile: shared by every stand-in in this process, as the OS shares it between launches. */
const lockHolders = new Map<string, StandInApp>();

export interface AppOptions {
  /** What app.getLocale() answers (Electron: the OS's UI language). */
  locale: string;
  /** This launch's command line (process.argv of a real launch); handed to the first instance by a second launch. */
  argv: string[];
  cwd: string;
  /** Hold 'ready' until becomeReady() (a macOS open-file may arrive before it). */
  holdReady: boolean;
}

/** The `app` module: paths, locale, version, single instance, readiness and quitting, with Electron's event order. */
export class StandInApp extends EventEmitter {
  readonly isPackaged = false;
  private readonly paths = new Map<string, string>();
  private ready = false;
  private readonly readyPromise: Promise<void>;
  private markReady!: () => void;
  private quitting = false;
  /** Resolves when the app has quit (its 'quit' event was emitted). */
  readonly exited: Promise<number>;
  private exit!: (code: number) => void;
  /** Closes every window; set by the stand-in's window registry. */
  closeAllWindows: () => Promise<void> = async () => undefined;

  constructor(readonly options: AppOptions) {
    super();
    this.readyPromise = new Promise((r) => (this.markReady = r));
    this.exited = new Promise((r) => (this.exit = r));
    const home = tempDir('segdesk-standin-home-');
    for (const name of ['home', 'appData', 'documents', 'downloads', 'desktop']) {
      mkdirSync(join(home, name), { recursive: true });
      this.paths.set(name, join(home, name));
    }
    this.paths.set('userData', join(home, 'appData', 'segmentdesk'));
    this.paths.set('temp', tempDir('segdesk-standin-temp-'));
    if (!options.holdReady) setImmediate(() => this.becomeReady());
  }

  becomeReady(): void {
    if (this.ready) return;
    this.ready = true;
    this.emit('will-finish-launching');
    this.emit('ready', electronEvent(), {});
    this.markReady();
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.ready;
  }

  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }

  getLocale(): string {
    return this.options.locale;
  }

  /** Electron answers the app's package.json version when it runs unpackaged. */
  getVersion(): string {
    return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
  }

  getName(): string {
    return 'segmentdesk';
  }

  /**
   * Electron keys the lock on the profile; a second launch hands its command line to the holder
   * ('second-instance') and gets false. The stand-in does the same between launches in one process.
   */
  requestSingleInstanceLock(): boolean {
    const key = this.getPath('userData');
    const holder = lockHolders.get(key);
    if (holder && holder !== this) {
      setImmediate(() => holder.emit('second-instance', electronEvent(), this.options.argv, this.options.cwd, {}));
      return false;
    }
    lockHolders.set(key, this);
    return true;
  }

  hasSingleInstanceLock(): boolean {
    return lockHolders.get(this.getPath('userData')) === this;
  }

  /** before-quit (preventable) → every window closes → will-quit (preventable) → quit. */
  quit(): void {
    if (this.quitting) return;
    const before = electronEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.quitting = true;
    void this.closeAllWindows().then(() => {
      const will = electronEvent();
      this.emit('will-quit', will);
      if (will.defaultPrevented) {
        this.quitting = false;
        return;
      }
      this.emit('quit', electronEvent(), 0);
      if (this.hasSingleInstanceLock()) lockHolders.delete(this.getPath('userData'));
      this.exit(0);
    });
  }

  exitNow(code = 0): void {
    if (this.hasSingleInstanceLock()) lockHolders.delete(this.getPath('userData'));
    this.exit(code);
  }
}
