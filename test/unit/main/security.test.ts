import { describe, expect, it } from 'vitest';
import { hardenContents, hardenSession, isAppUrl } from '../../../src/main/security';
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

  it('cancels every request that is not the app’s own and refuses permissions', () => {
    let onBefore: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    let permission: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: ((h: typeof permission) => (permission = h)) as never,
      setPermissionCheckHandler: ((h: typeof check) => (check = h)) as never,
      webRequest: { onBeforeRequest: ((h: typeof onBefore) => (onBefore = h)) as never },
    });
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      onBefore!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('file:///app/out/renderer/index.html')).toBe(false);
    expect(decide('https://example.com/track.js')).toBe(true);
    expect(decide('http://127.0.0.1:5173/')).toBe(true);
    let granted: boolean | undefined;
    permission!(null, 'geolocation', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(check!()).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:9999/', 'http://localhost:5173')).toBe(false);
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
