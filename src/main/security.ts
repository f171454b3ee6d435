import { tmpdir } from 'node:os';
import { basename, dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session, WebContents } from 'electron';
import { PRINT_DIR_PREFIX, PRINT_FILE_NAME } from './print-pdf';

/** Where the app's own page comes from: the built renderer's index.html, or the dev server while developing. */
export interface AppOrigin {
  /** Absolute path of out/renderer/index.html. */
  rendererIndex: string;
  devServerUrl?: string;
}

/** The local path of a file: URL, or null for any other URL (or one that is not a plain local path). */
function filePath(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' && !u.host ? resolve(fileURLToPath(u)) : null;
  } catch {
    return null;
  }
}

const samePath = (a: string, b: string) =>
  process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;

function fromDevServer(url: string, devServerUrl: string | undefined, protocols: string[]): boolean {
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    const u = new URL(url);
    return protocols.includes(u.protocol) && u.hostname === dev.hostname && u.port === dev.port;
  } catch {
    return false;
  }
}

/** The app's own page, and nothing else: the only sender IPC answers and the only page a window may show. */
export function isAppPage(url: string, origin: AppOrigin): boolean {
  const path = filePath(url);
  if (path) return samePath(path, resolve(origin.rendererIndex));
  return fromDevServer(url, origin.devServerUrl, ['http:']);
}

/** A report the print window loads: `<tmp>/segdesk-print-XXXXXX/report.html`, as print-pdf.ts writes it. */
export function isPrintFile(path: string): boolean {
  const dir = dirname(path);
  return (
    basename(path) === PRINT_FILE_NAME &&
    samePath(dirname(dir), resolve(tmpdir())) &&
    basename(dir).startsWith(PRINT_DIR_PREFIX) &&
    basename(dir).length === PRINT_DIR_PREFIX.length + 6
  );
}

/**
 * What the session lets load: the renderer's own files (its page and assets), the print window's
 * temporary report, the `data:` and `blob:` subresources the CSP allows, devtools, and the dev
 * server. A page (main frame or frame) must be the app's page or a report being printed.
 */
export function isAppRequest(url: string, origin: AppOrigin, resourceType = 'other'): boolean {
  const path = filePath(url);
  const page = resourceType === 'mainFrame' || resourceType === 'subFrame';
  if (path) {
    if (isPrintFile(path)) return true;
    const dir = dirname(resolve(origin.rendererIndex));
    return page ? isAppPage(url, origin) : samePath(path.slice(0, dir.length + 1), dir + sep);
  }
  if (page) return isAppPage(url, origin);
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools://')) return true;
  return fromDevServer(url, origin.devServerUrl, ['http:', 'ws:']);
}

/** No navigation away from the app, no new windows, no <webview>. */
export function hardenContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event: { preventDefault(): void }) => event.preventDefault());
  contents.on('will-redirect', (event: { preventDefault(): void }) => event.preventDefault());
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every request that is not the app's own is cancelled; every permission is refused. */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
    webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
  },
  origin: AppOrigin,
): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppRequest(details.url, origin, details.resourceType) });
  });
}
