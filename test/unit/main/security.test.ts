import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hardenContents, hardenSession, isAppPage, isAppRequest } from '../../../src/main/security';
import { printHtmlToPdf, type PrintWindow } from '../../../src/main/print-pdf';
import { windowOptions } from '../../../src/main/window-options';
import { CSP, DEV_CSP } from '../../../src/shared/csp';
import { menuTemplate } from '../../../src/main/menu-template';
import { createTranslate } from '../../../src/shared/i18n';

describe('window security', () => {
  it('opens the window isolated, sandboxed, without Node', () => {
    const prefs = windowOptions('/app/out/preload/index.js').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('remembers the window size it is given', () => {
    expect(windowOptions('/p', { width: 1500, height: 900, x: 10, y: 20, maximized: false })).toMatchObject({
      width: 1500,
      height: 900,
      x: 10,
      y: 20,
    });
    expect(windowOptions('/p')).toMatchObject({ width: 1280, height: 820 });
  });

  it('has a strict Content-Security-Policy', () => {
    const directives = Object.fromEntries(
      CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(CSP).not.toContain('unsafe-eval');
    expect(CSP).not.toMatch(/https?:/);
    expect(DEV_CSP).toContain("script-src 'self' 'unsafe-inline'");
  });

  it('blocks navigation, redirects, webviews and window.open', () => {
    const listeners: Record<string, (e: { preventDefault(): void }) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    hardenContents({
      on: ((event: string, l: (e: { preventDefault(): void }) => void) => (listeners[event] = l)) as never,
      setWindowOpenHandler: ((h: typeof openHandler) => (openHandler = h)) as never,
    });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      listeners[event]({ preventDefault: () => (prevented = true) });
      expect(prevented, event).toBe(true);
    }
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  const origin = { rendererIndex: '/app/out/renderer/index.html' };
  const dev = { ...origin, devServerUrl: 'http://localhost:5173' };

  /** The request filter hardenSession installs, on a stand-in session; also its permission handlers. */
  function installFilter(o: typeof origin) {
    let onBefore:
      | ((d: { url: string; resourceType: string }, cb: (r: { cancel: boolean }) => void) => void)
      | undefined;
    let permission: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    hardenSession(
      {
        setPermissionRequestHandler: ((h: typeof permission) => (permission = h)) as never,
        setPermissionCheckHandler: ((h: typeof check) => (check = h)) as never,
        webRequest: { onBeforeRequest: ((h: typeof onBefore) => (onBefore = h)) as never },
      },
      o,
    );
    const loads = (url: string, resourceType = 'other') => {
      let cancel: boolean | undefined;
      onBefore!({ url, resourceType }, (r) => (cancel = r.cancel));
      return cancel === false;
    };
    return { loads, permission: permission!, check: check! };
  }

  it('cancels every request that is not the app’s own and refuses permissions', () => {
    const { loads, permission, check } = installFilter(origin);
    expect(loads('file:///app/out/renderer/index.html', 'mainFrame')).toBe(true);
    expect(loads('file:///app/out/renderer/assets/index-CY.js', 'script')).toBe(true);
    expect(loads('https://example.com/track.js')).toBe(false);
    expect(loads('http://127.0.0.1:5173/')).toBe(false);
    let granted: boolean | undefined;
    permission(null, 'geolocation', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(check()).toBe(false);
  });

  it('answers IPC from, and shows, only the app’s own page: not any file, data: or blob: document', () => {
    const page = (url: string, o: typeof origin = origin) => isAppPage(url, o);
    expect(page('file:///app/out/renderer/index.html')).toBe(true);
    expect(page('file:///app/out/renderer/index.html#/segments')).toBe(true);
    expect(page('http://localhost:5173/', dev)).toBe(true);
    expect(page('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'file:///home/user/Downloads/evil.html',
      'file:///app/out/renderer/assets/evil.html',
      'file:///app/out/renderer/../main/index.html',
      'file://attacker.example/share/index.html',
      'data:text/html,<script>window.api.invoke("app:info")</script>',
      'blob:file:///6a1f0d3e-7b4c-4d2e-9f3a-0c1b2d3e4f5a',
      'devtools://devtools/bundled/inspector.html',
      'http://localhost:9999/',
      'https://example.com/',
      '',
    ]) {
      expect(page(url, dev), url).toBe(false);
    }
  });

  it('lets the renderer’s files, the CSP’s data:/blob: subresources and the print window’s report load, nothing else', () => {
    const { loads } = installFilter(origin);
    const report = pathToFileURL(join(tmpdir(), 'segdesk-print-AbC123', 'report.html')).href;
    expect(loads(report, 'mainFrame')).toBe(true);
    expect(loads('data:font/woff2;base64,d09GMgABAAAAA', 'font')).toBe(true);
    expect(loads('data:image/png;base64,iVBORw0KGgo=', 'image')).toBe(true);
    expect(loads('blob:file:///6a1f0d3e-7b4c-4d2e-9f3a-0c1b2d3e4f5a', 'image')).toBe(true);
    for (const [url, type] of [
      ['file:///etc/passwd', 'image'],
      ['file:///app/out/main/index.js', 'script'],
      ['file:///app/out/renderer/assets/evil.html', 'mainFrame'],
      [pathToFileURL(join(tmpdir(), 'segdesk-print-AbC123', 'other.html')).href, 'mainFrame'],
      [pathToFileURL(join(tmpdir(), 'evil', 'report.html')).href, 'mainFrame'],
      ['data:text/html,<p>hi</p>', 'mainFrame'],
      ['https://fonts.example/x.woff2', 'font'],
    ] as const) {
      expect(loads(url, type), url).toBe(false);
    }
    expect(isAppRequest('ws://localhost:5173/', dev)).toBe(true);
  });

  it('printing still works behind the filter: the hidden window loads its temporary report and the report’s fonts', async () => {
    const { loads } = installFilter(origin);
    const font = 'data:font/woff2;base64,d09GMgABAAAAA';
    const html = `<!doctype html><style>@font-face{font-family:N;src:url(${font})}</style><p>报告</p>`;
    const refused: string[] = [];
    /** A window that loads only what the session lets through, as Electron's does. */
    const win: PrintWindow = {
      async loadFile(path) {
        const page = pathToFileURL(path).href;
        for (const [url, type] of [
          [page, 'mainFrame'],
          [font, 'font'],
        ]) {
          if (!loads(url, type)) refused.push(url);
        }
        if (refused.length > 0) throw new Error('ERR_BLOCKED_BY_CLIENT');
      },
      webContents: { printToPDF: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
      destroy() {},
    };
    const pdf = await printHtmlToPdf(html, 'a4', () => win);
    expect(refused).toEqual([]);
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF');
  });
});

describe('menu', () => {
  it('has File, View and Help with the documented shortcuts, in the UI language', () => {
    const sent: string[] = [];
    const template = menuTemplate({
      t: createTranslate('zh-CN'),
      recent: [{ path: '/w/a.segdesk', name: 'a', openedAt: '2026-01-01T00:00:00Z', exists: true }],
      send: (c, p) => sent.push(p ? `${c} ${p}` : c),
      isMac: false,
      dev: false,
    });
    expect(template.map((m) => m.label)).toEqual(['文件', '视图', '帮助']);
    const file = template[0].submenu as {
      label?: string;
      accelerator?: string;
      click?: () => void;
      submenu?: { click?: () => void }[];
    }[];
    expect(file.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator])).toEqual([
      ['新建工作区', 'CmdOrCtrl+N'],
      ['打开工作区…', 'CmdOrCtrl+O'],
      ['工作区另存为…', 'CmdOrCtrl+Shift+S'],
      ['导入…', 'CmdOrCtrl+I'],
      ['导出…', 'CmdOrCtrl+E'],
    ]);
    file[0].click!();
    file[2].submenu![0].click!();
    file.find((i) => i.label === '工作区另存为…')!.click!();
    file.find((i) => i.label === '复制工作区…')!.click!();
    expect(sent).toEqual([
      'workspace:new',
      'workspace:openRecent /w/a.segdesk',
      'workspace:saveAs',
      'workspace:duplicate',
    ]);
  });
});
