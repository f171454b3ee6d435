import type { Paper } from '../shared/exports';
import { printHtmlToPdf } from './print-pdf';

/** Whether this CLI runs inside Electron's main process (not as plain Node through ELECTRON_RUN_AS_NODE). */
export const underElectron = () => Boolean(process.versions.electron) && !process.env.ELECTRON_RUN_AS_NODE;

/** Prints with Electron's hidden window, as the app does: only when the CLI runs under Electron. */
export function electronPrinter(): (html: string, paper: Paper) => Promise<Uint8Array> {
  // Loaded only here, so the CLI needs no Electron when it runs under Node.
  const { app, BrowserWindow } = require('electron') as typeof import('electron');
  return async (html, paper) => {
    await app.whenReady();
    return printHtmlToPdf(
      html,
      paper,
      () =>
        new BrowserWindow({
          show: false,
          webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
        }),
    );
  };
}
