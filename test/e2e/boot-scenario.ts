import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { CSP } from '../../src/shared/csp';
import { sharedData, tempDir } from '../helpers/paths';
import { pageTexts, squash } from './pdf-pages';

/**
 * What a first start of the desktop app must do, written once for two hosts: the built main
 * process on the Electron stand-in (boot.spec.ts, everywhere) and real Electron (electron.spec.ts,
 * where its binary exists). The driver answers the native dialogs and clicks the native menu.
 */
export interface BootDriver {
  /** The app's one window. */
  page: Page;
  /** The path the next native open dialog answers. */
  answerOpen(path: string): Promise<void>;
  /** The path the next native save dialog answers. */
  answerSave(path: string): Promise<void>;
  /** Clicks an item of the application menu, by its labels from the menu bar down. */
  clickMenu(...labels: string[]): Promise<void>;
}

/** The welcome screen, drawn through the preload's API and nothing else: no Node in the page, the built CSP. */
export async function welcomeThroughPreload(page: Page): Promise<void> {
  await expect(page.getByTestId('welcome')).toBeVisible();
  await expect(page).toHaveTitle('SegmentDesk');
  expect(
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [typeof w.require, typeof w.process, Object.keys(w.api as object).sort()];
    }),
  ).toEqual(['undefined', 'undefined', ['dropFile', 'invoke', 'on']]);
  expect(
    await page.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ),
  ).toBe(CSP);
}

/**
 * The demo opens on its Overview; a file is imported through File › Import… and the native open dialog; an RFM
 * run is made on it; its report is printed to PDF through the native save dialog and
 * webContents.printToPDF. Returns the PDF's path; its text names every segment of the run.
 */
export async function demoImportRunReport(driver: BootDriver): Promise<string> {
  const { page } = driver;
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('SegmentDesk Demo');
  await expect(page.getByTestId('overview-page')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('key-figures')).toBeVisible({ timeout: 60_000 });

  await driver.answerOpen(sharedData('rfm_data_orders.csv'));
  await driver.clickMenu('File', 'Import…');
  await expect(page.getByTestId('wizard-preview')).toBeVisible();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-import').click();
  await expect(page.getByText('Imported 4,906 rows from rfm_data_orders.csv.')).toBeVisible({ timeout: 60_000 });

  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('995 customers in', { timeout: 60_000 });
  const names = (await page.getByTestId('segment-summary').locator('tbody tr td:first-child').allInnerTexts())
    .map((n) => n.trim())
    .filter((n) => n && n !== 'All customers');
  expect(names.length).toBeGreaterThanOrEqual(8);

  const pdf = join(tempDir('segdesk-boot-pdf-'), 'Orders report');
  await driver.answerSave(pdf);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-report-open').click();
  await expect(page.getByTestId('report-preview')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('report-save-pdf').click();
  await expect(page.getByText('Saved Orders report.pdf.')).toBeVisible({ timeout: 60_000 });
  expect(existsSync(`${pdf}.pdf`)).toBe(true);
  const text = pageTexts(`${pdf}.pdf`).join('');
  for (const name of names) expect(text, name).toContain(squash(name));
  return `${pdf}.pdf`;
}
