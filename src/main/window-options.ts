import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowState } from './workspace/settings-file';

/** The renderer gets no Node, runs sandboxed and isolated, and speaks only the preload's API. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export const DEFAULT_WINDOW = { width: 1280, height: 820 };

export function windowOptions(preload: string, state?: WindowState): BrowserWindowConstructorOptions {
  return {
    width: state?.width ?? DEFAULT_WINDOW.width,
    height: state?.height ?? DEFAULT_WINDOW.height,
    x: state?.x,
    y: state?.y,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'SegmentDesk',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preload),
  };
}
