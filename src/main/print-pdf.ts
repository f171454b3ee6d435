import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Paper } from '../shared/exports';

/** The print window's report: `<tmp>/segdesk-print-XXXXXX/report.html` (the session lets exactly these load). */
export const PRINT_DIR_PREFIX = 'segdesk-print-';
export const PRINT_FILE_NAME = 'report.html';

/** What printing needs of an Electron BrowserWindow (a hidden one, made for one print). */
export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  webContents: { printToPDF(options: PrintOptions): Promise<Uint8Array> };
  destroy(): void;
}

export interface PrintOptions {
  pageSize: 'A4' | 'Letter';
  printBackground: boolean;
  preferCSSPageSize: boolean;
  displayHeaderFooter: boolean;
}

/** The options every PDF is printed with: the page size and margins (and page numbers) come from the report's CSS. */
export function printOptions(paper: Paper): PrintOptions {
  return {
    pageSize: paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
  };
}

/**
 * Prints a standalone HTML document to PDF in a hidden window: the HTML is written to a private
 * temporary file (a data: URL of a report with its font would pass Chromium's URL limit), loaded,
 * printed with `webContents.printToPDF`, and the window and file are removed whatever happens.
 */
export async function printHtmlToPdf(html: string, paper: Paper, createWindow: () => PrintWindow): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), PRINT_DIR_PREFIX));
  const file = join(dir, PRINT_FILE_NAME);
  let win: PrintWindow | null = null;
  try {
    writeFileSync(file, html, 'utf8');
    win = createWindow();
    await win.loadFile(file);
    return await win.webContents.printToPDF(printOptions(paper));
  } finally {
    win?.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
