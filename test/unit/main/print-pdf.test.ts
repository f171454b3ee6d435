import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printHtmlToPdf, printOptions, type PrintOptions, type PrintWindow } from '../../../src/main/print-pdf';

/** A BrowserWindow stand-in that records what the print did, and can fail at either step. */
function fakeWindow(fail?: 'load' | 'print') {
  const calls: { loaded?: string; html?: string; printed?: PrintOptions; destroyed: boolean } = { destroyed: false };
  const win: PrintWindow = {
    async loadFile(path) {
      calls.loaded = path;
      calls.html = readFileSync(path, 'utf8');
      if (fail === 'load') throw new Error('ERR_FILE_NOT_FOUND');
    },
    webContents: {
      async printToPDF(options) {
        calls.printed = options;
        if (fail === 'print') throw new Error('Printing failed');
        return new Uint8Array([0x25, 0x50, 0x44, 0x46]);
      },
    },
    destroy() {
      calls.destroyed = true;
    },
  };
  return { win, calls };
}

describe('printing a report to PDF in a hidden Electron window', () => {
  it('loads the HTML from a private temporary file, prints with the page set-up from the CSS, and removes window and file', async () => {
    const { win, calls } = fakeWindow();
    const pdf = await printHtmlToPdf('<!doctype html><p>报告</p>', 'letter', () => win);
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF');
    expect(calls.html).toBe('<!doctype html><p>报告</p>');
    expect(calls.loaded).toMatch(/segdesk-print-[^/\\]+[/\\]report\.html$/);
    expect(calls.printed).toEqual({
      pageSize: 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
    });
    expect(calls.destroyed).toBe(true);
    expect(existsSync(calls.loaded!)).toBe(false);
  });

  it('cleans up when loading or printing fails, and passes the error on', async () => {
    for (const fail of ['load', 'print'] as const) {
      const { win, calls } = fakeWindow(fail);
      await expect(printHtmlToPdf('<p>x</p>', 'a4', () => win)).rejects.toThrow(
        fail === 'load' ? 'ERR_FILE_NOT_FOUND' : 'Printing failed',
      );
      expect(calls.destroyed).toBe(true);
      expect(existsSync(calls.loaded!)).toBe(false);
    }
    expect(printOptions('a4').pageSize).toBe('A4');
  });
});
