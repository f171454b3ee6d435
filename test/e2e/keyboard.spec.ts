import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { sharedData, tempDir } from '../helpers/paths';
import { expect, test } from './harness';

/** What has the keyboard focus, in a few words (for the failure message). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const id = el.closest('[data-testid]')?.getAttribute('data-testid');
    return `${el.tagName.toLowerCase()}${id ? ` in ${id}` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
  });

/** Whether the focus is on `target` or inside it (an antd Select takes it on its inner input). */
const hasFocus = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/**
 * Presses Tab until `target` has the focus, proving it is reachable in the tab order; fails after
 * `maxTabs`. Returns how many presses it took.
 */
async function tabTo(page: Page, target: Locator, maxTabs = 40): Promise<number> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= maxTabs; presses++) {
    if (await hasFocus(target)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `${String(target)} was not reached in ${maxTabs} presses of Tab; the focus is on ${await focused(page)}`,
  );
}

/**
 * Presses `key` (an arrow) until `target` has the focus; returns how many presses it took. After
 * each press it waits for the focus to move (a menu moves it a frame later; under load, checking
 * at once could see the item before and press past the target).
 */
async function pressUntil(page: Page, key: string, target: Locator, max: number): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if (await hasFocus(target)) return presses;
    const before = await focused(page);
    await page.keyboard.press(key);
    await expect.poll(() => focused(page)).not.toBe(before);
  }
  throw new Error(`${String(target)} was not reached with ${key}; the focus is on ${await focused(page)}`);
}

/** The focused element draws a visible ring: an outline, or antd's focus shadow on it or its control. */
async function expectFocusRing(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.closest('.ant-select, .ant-input-affix-wrapper, .ant-input-number, .ant-picker') ?? el;
    const seen = (node: Element) => {
      const s = getComputedStyle(node);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    return seen(el) || seen(box);
  });
  expect(ring, `a visible focus ring on ${await focused(page)}`).toBe(true);
}

test('keyboard only: create a workspace, import a file, run RFM, open a segment, export its customers as CSV, switch to Chinese', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, dialogs } = app;
  const key = (k: string) => page.keyboard.press(k);
  await app.open();

  // Welcome → New workspace (the save dialog is scripted).
  dialogs.newWorkspace.push(join(tempDir(), 'Keyboard.segdesk'));
  await tabTo(page, page.getByTestId('welcome-new'), 6);
  await expectFocusRing(page);
  await app.screenshot('keyboard-welcome-focus-en');
  await key('Enter');
  await expect(page.getByTestId('workspace-name')).toHaveText('Keyboard');

  // Import: the wizard's three steps with Enter on its primary button (the file dialog is scripted).
  dialogs.dataFile.push(sharedData('rfm_data_orders.csv'));
  await tabTo(page, page.getByTestId('import-button'));
  await expectFocusRing(page);
  await key('Enter');
  await expect(page.getByTestId('wizard-preview')).toContainText('Brion Stark');
  await tabTo(page, page.getByTestId('wizard-next'), 80);
  await expectFocusRing(page);
  await app.screenshot('keyboard-wizard-focus-en');
  await key('Enter');
  await expect(page.getByTestId('dataset-name')).toBeVisible();
  await expect(page.getByTestId('wizard-next')).toBeFocused();
  await key('Enter');
  await expect(page.getByTestId('quality-report')).toBeVisible();
  await expect(page.getByTestId('wizard-import')).toBeFocused();
  await key('Enter');
  await expect(page.getByText('Imported 4,906 rows from rfm_data_orders.csv.')).toBeVisible({ timeout: 30_000 });

  // The orders' Overview opens; the sections menu (the Overview first, then Data): Tab into it, arrow down to Segments, Enter.
  await expect(page.getByTestId('key-figures')).toBeVisible();
  const nav = page.getByRole('menu', { name: 'Sections' });
  await tabTo(page, nav, 60);
  await expectFocusRing(page);
  expect(await pressUntil(page, 'ArrowDown', page.getByTestId('nav-segments'), 5)).toBeLessThanOrEqual(3);
  await expectFocusRing(page);
  await app.screenshot('keyboard-menu-focus-en');
  await key('Enter');
  await expect(page.getByTestId('segments-empty')).toBeVisible();

  // A new RFM run (11 segments, the defaults): the dialog opens on Enter, Run is reached with Tab.
  await tabTo(page, page.getByTestId('new-run'));
  await key('Enter');
  const runCreate = page.getByTestId('run-create');
  await tabTo(page, runCreate, 30);
  await expectFocusRing(page);
  await key('Enter');
  await expect(page.getByTestId('run-facts')).toContainText('995 customers in');
  const run = app.service.current()!.runs[0];
  const champions = app.service.runDetails(run.id).result.segments.findIndex((s) => s.key === 'champions');
  const count = app.service.runDetails(run.id).result.segments[champions].customers;

  // A chart's data table, opened with the keyboard.
  const shares = page.getByTestId('segment-shares');
  await tabTo(page, shares.getByTestId('chart-table-toggle'), 60);
  await key('Enter');
  await expect(shares.getByTestId('chart-table')).toContainText('Champions');
  await expect(shares.getByTestId('chart-table-toggle')).toHaveAttribute('aria-expanded', 'true');

  // Open the Champions persona's customers: the grid below shows them and takes the focus.
  const card = page.getByTestId('persona-card').filter({ hasText: 'Champions' });
  await tabTo(page, card.getByTestId('segment-open'), 80);
  await expectFocusRing(page);
  await app.screenshot('keyboard-persona-focus-en');
  await key('Enter');
  await expect(page.getByTestId('members-heading')).toBeFocused();
  await expect(page.getByTestId('members-total')).toHaveText(`${count} customers`);

  // Export them as CSV: the dialog opens with Champions ticked; Save is reached with Tab.
  const file = join(tempDir(), 'champions.csv');
  dialogs.saveFile.push(file);
  await tabTo(page, page.getByTestId('members-export'), 10);
  await key('Enter');
  const dialog = page.getByTestId('export-members');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('export-segments')).toContainText('Champions');
  const save = page.getByTestId('export-members-save');
  await tabTo(page, save, 60);
  // The dialog keeps the focus: Tab past its last button comes round to its first control, not to the page behind.
  await key('Tab');
  expect(
    await page.locator('.ant-modal:visible').evaluate((m) => m.contains(document.activeElement)),
    `focus stays in the dialog (on ${await focused(page)})`,
  ).toBe(true);
  await tabTo(page, save, 60);
  await expectFocusRing(page);
  await app.screenshot('keyboard-export-focus-en');
  await key('Enter');
  await expect(page.getByText(`Saved ${count} customers to champions.csv.`)).toBeVisible({ timeout: 30_000 });
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines.length - 1).toBe(count);
  expect(lines.slice(1).every((l) => l.includes('Champions'))).toBe(true);

  // The focus came back to the button that opened the dialog; Escape closes the dialog and returns it there again.
  await expect(page.getByTestId('members-export')).toBeFocused();
  await key('Enter');
  await expect(dialog).toBeVisible();
  await key('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('members-export')).toBeFocused();

  // A menu button (Export): Enter opens it with the focus on its first item, the arrow keys move, Escape closes it and gives the focus back.
  const exportMenu = page.getByTestId('export-menu');
  for (let presses = 0; presses < 120 && !(await hasFocus(exportMenu)); presses++) await key('Shift+Tab');
  await expect(exportMenu).toBeFocused();
  await key('Enter');
  await expect(page.getByRole('menuitem', { name: 'Customer list…' })).toBeFocused();
  await key('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Segment summary (CSV)' })).toBeFocused();
  await expectFocusRing(page);
  await app.screenshot('keyboard-export-menu-en');
  await key('Escape');
  await expect(page.locator('.ant-dropdown:visible')).toHaveCount(0);
  await expect(exportMenu).toBeFocused();

  // The language: Shift+Tab back to the switch, open it with the arrow keys, choose 简体中文.
  const language = page.getByTestId('language-switch');
  for (let presses = 0; presses < 200 && !(await hasFocus(language)); presses++) await key('Shift+Tab');
  expect(await hasFocus(language), 'the language switch is reachable with Shift+Tab').toBe(true);
  await expectFocusRing(page);
  await key('ArrowDown');
  await expect(page.locator('.ant-select-dropdown:visible')).toBeVisible();
  await key('ArrowDown');
  await key('Enter');
  await expect(page.getByTestId('nav-segments')).toContainText('客户分群');
  await expect(page.getByTestId('persona-card').filter({ hasText: '冠军客户' })).toBeVisible();
  expect(app.service.getSettings().language).toBe('zh-CN');
  await app.screenshot('keyboard-zh-CN');
});
