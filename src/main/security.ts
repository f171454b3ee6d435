import type { Session, WebContents } from 'electron';

/** URLs the app itself loads: its files, and the dev server while developing. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (
    url.startsWith('file://') ||
    url.startsWith('devtools://') ||
    url.startsWith('data:') ||
    url.startsWith('blob:')
  ) {
    return true;
  }
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'ws:') && u.hostname === dev.hostname && u.port === dev.port;
  } catch {
    return false;
  }
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
  devServerUrl?: string,
): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url, devServerUrl) });
  });
}
