import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { modelSpecSchema } from '../../src/shared/segments';
import { sharedData, tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { englishWords } from './english-words';
import { expect, test, workspaceWith, type AppHarness } from './harness';

/** CDNOW master read straight from the file: per customer (by number) the last purchase day (UTC ms) and the spend. */
function cdnowCustomers(): Map<number, { last: number; spent: number }> {
  const out = new Map<number, { last: number; spent: number }>();
  for (const line of readFileSync(sharedData('CDNOW_master.txt'), 'utf8').split('\n').slice(1)) {
    const [id, day, , dollars] = line.trim().split(/\s+/);
    if (!dollars) continue;
    const ms = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)));
    const c = out.get(Number(id)) ?? { last: 0, spent: 0 };
    out.set(Number(id), { last: Math.max(c.last, ms), spent: c.spent + Number(dollars) });
  }
  return out;
}

/** The stored members of a run: id, CLV, the churn flag and the next-purchase day (UTC ms, null: not within the horizon). */
function storedMembers(app: AppHarness, runId: number) {
  const members = app.service.runMembers(runId);
  const col = (name: string) => members.getChild(name)!;
  return Array.from({ length: members.numRows }, (_, i) => ({
    id: String(col('customerId').get(i)),
    clv: Number(col('clv').get(i)),
    pAlive: Number(col('pAlive').get(i)),
    churnRisk: Number(col('churnRisk').get(i)),
    nextPurchaseBy: col('nextPurchaseBy').get(i) as number | null,
  }));
}

/** The churn list exported as CSV from the panel's button: its header and the customer ids of its rows. */
async function exportChurnCsv(app: AppHarness, file: string, saved: RegExp | string) {
  const { page } = app;
  const path = join(tempDir('segdesk-churn-'), file);
  app.dialogs.saveFile.push(path);
  await page.getByTestId('clv-churn-export-csv').click();
  await expect(page.getByTestId('export-only')).toBeVisible();
  await expect(page.getByTestId('export-segments')).toHaveCount(0);
  await page.getByTestId('export-members-save').click();
  await expect(page.getByText(saved)).toBeVisible({ timeout: 30_000 });
  const [header, ...rows] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  return { header: header.split(','), ids: rows.map((r) => r.split(',')[0]).sort() };
}

/** Shows one customer in the member grid (by a search for the id) and returns their row. */
async function memberRow(page: Page, id: string) {
  const grid = page.getByTestId('members-grid');
  await page.getByTestId('members-search').locator('input').fill(id);
  await page.getByTestId('members-search').locator('input').press('Enter');
  await expect(page.getByTestId('members-total')).toHaveText(/^\D*1\D*$/);
  const row = grid.locator('tbody tr.ant-table-row');
  await expect(row.locator('td').first()).toHaveText(id);
  return row;
}

/** The member grid at the top of the window, scrolled sideways to the next-purchase column (the id stays). */
async function showNextPurchase(page: Page) {
  await page.getByTestId('members-heading').evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await page
    .getByTestId('members-grid')
    .locator('.ant-table-body, .ant-table-content')
    .first()
    .evaluate((body) => body.scrollTo({ left: body.scrollWidth }));
}

test('the churn-risk list and next-purchase dates of a CLV run on CDNOW master, in English and Chinese', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page } = app;
  await workspaceWith(app, 'churn', [['CDNOW_master.txt', '69,659']]);
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await chooseOption(page, page.getByTestId('run-dataset'), 'CDNOW_master', { exact: true });
  await page.getByTestId('run-scheme').getByText('Lifetime value (CLV)').click();
  // No holdout, the default model: fitted on everything to 1998-06-30.
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('clv-facts')).toContainText('bought by 1998-06-30', { timeout: 60_000 });

  const run = app.service.current()!.runs.at(-1)!;
  const clv = app.service.runDetails(run.id).result.clv!;
  expect(clv.purchaseModel).toEqual({ kind: 'pareto', chosenBy: 'default' });
  const members = storedMembers(app, run.id);
  const atRisk = members.filter((m) => m.churnRisk === 1);
  const n = atRisk.length;
  expect(clv.churn.customers).toBe(n);
  expect(n).toBeGreaterThan(100);
  // Everyone on the list is likely gone: a chance still active below one half.
  expect(atRisk.every((m) => m.pAlive < 0.5)).toBe(true);
  const file = cdnowCustomers();
  const spent = atRisk.reduce((s, m) => s + file.get(Number(m.id))!.spent, 0);
  const usd = (v: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(v);

  const panel = page.getByTestId('clv-churn');
  await expect(page.getByTestId('clv-churn-summary')).toContainText(
    `${n.toLocaleString('en-US')} valuable customers may be slipping away: they are among the top 20% by past spend or by predicted value, but their chance of still being active has fallen below 50%. Together they spent ${usd(spent)} by 1998-06-30`,
  );
  const within = members.filter((m) => m.nextPurchaseBy !== null).length;
  expect(clv.nextPurchase.withinHorizon).toBe(within);
  await expect(page.getByTestId('clv-next-purchase')).toHaveText(
    `${within.toLocaleString('en-US')} of the 23,570 customers (${((100 * within) / 23_570).toFixed(1)}%) are expected to buy again within 12 months (a better-than-even chance); the customer list shows by when.`,
  );
  // The ten most valuable on the list, with what they spent and when they last bought (from the file).
  const top = [...atRisk].sort((a, b) => b.clv - a.clv).slice(0, 10);
  const preview = page.getByTestId('clv-churn-preview').locator('tbody tr.ant-table-row');
  await expect(preview).toHaveCount(10);
  await expect(preview.locator('td:first-child')).toHaveText(top.map((m) => m.id));
  const date = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
  const first = file.get(Number(top[0].id))!;
  await expect(preview.first().locator('td')).toHaveText([
    top[0].id,
    usd(first.spent),
    usd(top[0].clv),
    `${(100 * top[0].pAlive).toFixed(1)}%`,
    date.format(first.last),
  ]);
  await expect(page.getByTestId('clv-churn-actions').locator('li').first()).toHaveText(
    'Win them back one by one, most valuable first: a call or a personal message with an offer worth their value',
  );
  await panel.scrollIntoViewIfNeeded();
  await app.screenshot('clv-churn', { docs: true });

  // The list as CSV through the members export: exactly the customers flagged in the run.
  const en = await exportChurnCsv(app, 'churn-en.csv', `Saved ${n.toLocaleString('en-US')} customers to churn-en.csv.`);
  expect(en.header).toEqual(
    expect.arrayContaining([
      'Customer ID',
      'Chance still active (%)',
      'Next purchase expected by',
      'At risk of churning',
    ]),
  );
  expect(en.ids).toEqual(atRisk.map((m) => m.id).sort());

  // And as a workbook from the other button: the dialog opens on Excel; a sheet per segment with customers on the list.
  const xlsx = join(tempDir('segdesk-churn-'), 'churn-en.xlsx');
  app.dialogs.saveFile.push(xlsx);
  await page.getByTestId('clv-churn-export-xlsx').click();
  await expect(page.getByTestId('export-format').locator('.ant-segmented-item-selected')).toHaveText(
    'Excel: a sheet per segment',
  );
  await page.getByTestId('export-members-save').click();
  await expect(page.getByText(`Saved ${n.toLocaleString('en-US')} customers to churn-en.xlsx.`)).toBeVisible({
    timeout: 30_000,
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheetIds = book.worksheets
    .slice(1)
    .flatMap((sheet) => (sheet.getColumn(1).values as unknown[]).slice(2).map(String));
  expect(sheetIds.sort()).toEqual(en.ids);

  // The customer list: the next-purchase date, or "not within" the horizon; the churn tag.
  const grid = page.getByTestId('members-grid');
  await expect(grid.locator('thead th')).toContainText(['Next purchase expected by', 'At risk of churning']);
  const soon = members.find((m) => m.nextPurchaseBy !== null && m.churnRisk === 0)!;
  const never = atRisk.find((m) => m.nextPurchaseBy === null)!;
  await expect(await memberRow(page, soon.id)).toContainText(date.format(soon.nextPurchaseBy!));
  await expect(grid.locator('tbody tr.ant-table-row .ant-tag')).toHaveCount(0);
  const neverRow = await memberRow(page, never.id);
  await expect(neverRow).toContainText('Not within 12 months');
  await expect(neverRow.locator('.ant-tag')).toHaveText('At risk');
  // The first page of all customers: dates and "not within" side by side.
  await page.getByTestId('members-search').locator('input').clear();
  await page.getByTestId('members-search').locator('input').press('Enter');
  await expect(page.getByTestId('members-total')).toHaveText('23,570 customers');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await showNextPurchase(page);
  await app.screenshot('clv-next-purchase', { docs: true });
  // "Show them all" fills the grid with the list.
  await page.getByTestId('clv-churn-show-all').click();
  await expect(page.getByTestId('members-total')).toHaveText(`${n.toLocaleString('en-US')} customers`);
  // The grid's own export of what it shows is the same list.
  await page.getByTestId('members-export').click();
  await expect(page.getByTestId('export-only')).toHaveText(
    `Only the customers at risk of churning: ${n.toLocaleString('en-US')}.`,
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-only')).toHaveCount(0);

  // The same in Chinese: the panel in Chinese words only, the list exported under Chinese headers.
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('clv-churn-summary')).toContainText(
    `${n.toLocaleString('en-US')} 位有价值的客户可能正在流失`,
  );
  expect(englishWords((await panel.textContent())!, new Set(top.map((m) => m.id)))).toEqual([]);
  await expect(page.getByTestId('clv-next-purchase')).toContainText(
    `23,570 位客户中有 ${within.toLocaleString('en-US')} 位`,
  );
  await panel.scrollIntoViewIfNeeded();
  await app.screenshot('clv-churn-zh-CN');
  const zh = await exportChurnCsv(app, 'churn-zh.csv', `已将 ${n.toLocaleString('en-US')} 位客户保存到 churn-zh.csv。`);
  expect(zh.header).toEqual(
    expect.arrayContaining(['客户编号', '仍活跃的可能性（%）', '预计下次购买日期', '流失风险']),
  );
  expect(zh.ids).toEqual(en.ids);
  const neverZh = await memberRow(page, never.id);
  await expect(neverZh).toContainText('12 个月内预计不会购买');
  await expect(neverZh.locator('.ant-tag')).toHaveText('有流失风险');
  await page.getByTestId('members-search').locator('input').clear();
  await page.getByTestId('members-search').locator('input').press('Enter');
  await expect(page.getByTestId('members-total')).toHaveText(`共 ${n.toLocaleString('en-US')} 位客户`);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await showNextPurchase(page);
  await app.screenshot('clv-next-purchase-zh-CN');
});

test('a CLV run with nobody at risk says so, in both languages, and offers no list to export', async ({ app }) => {
  const { page, service } = app;
  await service.createAt(join(tempDir(), 'no-churn.segdesk'));
  const cdnow = await service.importFile(sharedData('CDNOW_master.txt'));
  // A threshold no chance can fall below: the list is empty by its rule.
  const { result } = await service.createRun(
    cdnow.id,
    modelSpecSchema.parse({ model: 'clv', churn: { alive: 0, top: 0.2 } }),
    { name: 'CLV nobody at risk' },
  );
  expect(result.clv!.churn.customers).toBe(0);
  expect(service.runMembers(service.current()!.runs[0].id).getChild('churnRisk')!.toArray()).not.toContain(1);
  await service.close();
  await app.open();
  await page.getByTestId('recent-item').click();
  await page.getByTestId('nav-segments').click();
  const panel = page.getByTestId('clv-churn');
  await expect(page.getByTestId('clv-churn-empty')).toHaveText(
    'No valuable customer is at riskNone of the top 20% of customers by past spend or predicted value has a chance below 0% of still being active. Check again after the next orders come in.',
  );
  await expect(panel.getByTestId('clv-churn-export-csv')).toHaveCount(0);
  await expect(panel.getByTestId('clv-next-purchase')).toContainText('of the 23,570 customers');
  await expect(page.getByTestId('members-segment')).not.toContainText('At risk of churning');
  await panel.scrollIntoViewIfNeeded();
  await app.screenshot('clv-churn-empty-en');
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('clv-churn-empty')).toContainText('没有有价值的客户面临流失风险');
  expect(englishWords((await panel.textContent())!)).toEqual([]);
  await app.screenshot('clv-churn-empty-zh-CN');
});
