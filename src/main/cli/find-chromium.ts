import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/errors';
import type { Paper } from '../../shared/exports';

/** Where Chrome, Chromium and Edge are usually installed, per platform. */
export function chromiumCandidates(platform: string, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    return [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ].map((app) => `/Applications/${app}`);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [
      `${root}\\Google\\Chrome\\Application\\chrome.exe`,
      `${root}\\Microsoft\\Edge\\Application\\msedge.exe`,
      `${root}\\Chromium\\Application\\chrome.exe`,
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ];
}

/**
 * The Chromium to print PDFs with: the one named (--chromium), else SEGMENTDESK_CHROMIUM, else
 * the first found in the usual places; null when there is none. A named one that is not there is an error.
 */
export function findChromium(
  named: string | undefined,
  env: Record<string, string | undefined> = process.env,
  platform: string = process.platform,
  exists: (p: string) => boolean = existsSync,
): string | null {
  const explicit = named ?? env.SEGMENTDESK_CHROMIUM;
  if (explicit) {
    if (!exists(explicit))
      throw new AppError('E_NO_PRINTER', `No Chrome or Chromium at ${explicit}.`, { path: explicit });
    return explicit;
  }
  return chromiumCandidates(platform, env).find((p) => exists(p)) ?? null;
}

/**
 * Prints a standalone HTML document to PDF with a Chromium on the machine (headless
 * --print-to-pdf, in a throw-away profile, no first run, no background networking or component
 * updates; --no-sandbox only as root): the page size, margins and page numbers come from
 * the report's CSS, as in the app's hidden window.
 */
export function chromiumPrinter(executable: string): (html: string, paper: Paper) => Promise<Uint8Array> {
  return async (html) => {
    // A snap Chromium (Ubuntu's chromium-browser) has a private /tmp: it is given a folder in the home folder instead.
    const snap = /(^|\/)snap\/|chromium-browser$/.test(executable);
    const dir = mkdtempSync(join(snap ? homedir() : tmpdir(), 'segdesk-chromium-'));
    try {
      const page = join(dir, 'report.html');
      const pdf = join(dir, 'report.pdf');
      writeFileSync(page, html, 'utf8');
      const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
      const args = [
        '--headless',
        '--disable-gpu',
        '--no-first-run',
        // No requests of its own: no field trials, safe-browsing lists or component downloads.
        '--disable-background-networking',
        '--disable-component-update',
        '--no-pdf-header-footer',
        // Print only once the page is idle: the report's fonts (data: URIs, font-display: block) are
        // decoded after the load event, and text in a font not yet decoded prints as nothing (seen with
        // Debian's Chromium 150: the byline and muted paragraphs were missing from the PDF).
        '--virtual-time-budget=10000',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${pdf}`,
        ...(asRoot ? ['--no-sandbox'] : []),
        pathToFileURL(page).href,
      ];
      await new Promise<void>((resolve, reject) =>
        execFile(executable, args, { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (err) =>
          // Chromium logs much to stderr; only whether it made the PDF counts.
          err && !existsSync(pdf)
            ? reject(
                new AppError(
                  'E_NO_PRINTER',
                  `${executable} could not print the report (exit code ${err.code ?? err.signal ?? '?'}).`,
                  { path: executable },
                ),
              )
            : resolve(),
        ),
      );
      return readFileSync(pdf);
    } finally {
      // Chrome's crash handler may still hold a file of the profile a moment (Windows): retried, and never an error.
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        // A leftover temporary folder is not worth failing a finished print.
      }
    }
  };
}
