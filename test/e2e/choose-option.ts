import { expect, type Locator, type Page } from '@playwright/test';

export interface ChooseOptions {
  /** The option's whole text (or title) must equal `option`; by default it only contains it. */
  exact?: boolean;
}

/** Whether an antd Select (its root, where the test id sits) takes several values: its list stays open after a choice. */
export const isMultiple = (select: Locator) => select.evaluate((el) => el.classList.contains('ant-select-multiple'));

/** The open select's list (antd renders it in the page body). */
const openList = (page: Page) => page.locator('.ant-select-dropdown:visible');

/**
 * Picks an option of an antd Select as a keyboard user does: open it, move the active option
 * with the arrow keys until it is the one named, press Enter. A click on an option needs the
 * floating list to hold still, and near the window's edge antd flips the list above or below
 * the select as the page scrolls to the option, so under load a click could wait for a list
 * that never settles (segments.spec timed out on "Champions (158)" so). The keys need no
 * geometry, and every step waits for the state it needs: the list open, the active option
 * moved (the combobox's aria-activedescendant), the list closed.
 */
export async function chooseOption(page: Page, select: Locator, option: string, options: ChooseOptions = {}) {
  const list = openList(page);
  if ((await list.count()) === 0) await select.click();
  await expect(list).toHaveCount(1);
  const combobox = select.locator('[role="combobox"]').first();
  const active = list.locator('.ant-select-item-option-active').first();
  const matches = async () => {
    if ((await active.count()) === 0) return false;
    const text = ((await active.getAttribute('title')) ?? (await active.textContent()) ?? '').trim();
    return options.exact ? text === option : text.includes(option);
  };
  const seen = new Set<string>();
  for (;;) {
    if (await matches()) break;
    const before = (await combobox.getAttribute('aria-activedescendant')) ?? '';
    if (seen.has(before)) throw new Error(`The select has no option "${option}" (went round all of them).`);
    seen.add(before);
    await page.keyboard.press('ArrowDown');
    await expect(combobox).not.toHaveAttribute('aria-activedescendant', before);
  }
  await page.keyboard.press('Enter');
  if (!(await isMultiple(select))) await expect(list).toHaveCount(0);
}

/** Picks options of the antd select under `select`, typing each to find it in a long list; a multiple select's list is closed after. */
export async function chooseAll(page: Page, select: Locator, ...options: string[]) {
  await select.click();
  for (const option of options) {
    await page.keyboard.type(option);
    await chooseOption(page, select, option);
  }
  // A multiple select's list stays open after a choice: close it (a single select's closed itself).
  if (await isMultiple(select)) {
    await page.keyboard.press('Escape');
    await expect(openList(page)).toHaveCount(0);
  }
}
