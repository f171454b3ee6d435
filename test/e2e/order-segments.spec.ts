import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData, tempDir } from '../helpers/paths';
import { countBy, tmallOrders } from '../helpers/tmall-direct';
import { chooseOption } from './choose-option';
import { expect, test, type AppHarness } from './harness';
import { pageTexts, squash } from './pdf-pages';

/** Two decimals with thousands separators, as the summary writes yuan: 167400.27 → "167,400.27". */
const yuan = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function newOrderRun(app: AppHarness, template: string) {
  const { page } = app;
  await page.getByTestId('new-run').click();
  // Orders without a customer id: order segments are chosen, and one sentence says why not RFM.
  await expect(page.getByTestId('orders-only-note')).toHaveText(
    '这些订单没有客户ID，无法追踪客户：请导入带买家ID（买家会员名 / 客户ID）的导出文件，才能使用RFM。',
  );
  await expect(page.getByTestId('model-orders').locator('input')).toBeChecked();
  await expect(page.getByTestId('model-eleven').locator('input')).toBeDisabled();
  await chooseOption(page, page.getByTestId('run-template'), template);
}

test('order segments of the GBK Tmall export in Chinese: by province and by order value, figures as counted, order list and report', async ({
  app,
}) => {
  const { page, dialogs } = app;
  const direct = tmallOrders();
  const total = direct.reduce((s, o) => s + o.paid, 0);
  await app.open();
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  dialogs.newWorkspace.push(join(tempDir(), '天猫订单.segdesk'));
  await page.getByTestId('welcome-new').click();
  dialogs.dataFile.push(sharedData('tmall_order_report_gbk.csv'));
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('wizard-preview')).toContainText('收货地址');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-import').click();
  await expect(page.getByText('已从 tmall_order_report_gbk.csv 导入 28,010 行。')).toBeVisible();

  // By province: 31 provinces in mixed short and full forms, one segment each.
  await page.getByTestId('nav-segments').click();
  await newOrderRun(app, '地理 · 按省份');
  await expect(page.getByTestId('rule-segment')).toHaveCount(31);
  await expect(page.getByTestId('rule-segment').first().getByTestId('rule-count')).toHaveText('共 3,353 个订单');
  await app.screenshot('order-segments-rules-zh-CN', { docs: true });
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toHaveText(
    `订单分群，28,010 个订单，31 个分群。收入按实付金额（买家实际支付金额）计算。全部订单中有 ${((5646 / 28010) * 100).toFixed(1)}% 已退款。`,
  );
  const summary = page.getByTestId('segment-summary');
  for (const [province, { orders, revenue }] of countBy(direct, (o) => o.province)) {
    const row = summary.locator('tr').filter({ has: page.getByText(province, { exact: true }) });
    await expect(row).toContainText(orders.toLocaleString('en-US'));
    await expect(row).toContainText(yuan(revenue));
  }
  await expect(summary.locator('tr.summary-total')).toContainText(yuan(total));
  const shanghai = page.getByTestId('persona-card').filter({ hasText: '上海' }).first();
  await expect(shanghai.getByTestId('persona-description')).toContainText('订单多来自华东（100%）');
  await app.screenshot('order-segments-province-zh-CN', { docs: true });

  // By order value: bands of the paid amount; each band's orders and revenue counted from the file.
  await newOrderRun(app, '价值 · 订单金额分段');
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('订单分群，28,010 个订单，4 个分群');
  const bands = await summary.locator('tbody tr:not(.summary-total) td:first-child').allTextContents();
  expect(bands).toHaveLength(4);
  let counted = 0;
  for (const name of bands) {
    const bounds = [...name.matchAll(/¥([\d,.]+)/g)].map((m) => Number(m[1].replace(/,/g, '')));
    const lo = name.includes('低于') ? -Infinity : bounds[0];
    const hi = name.includes('及以上') ? Infinity : bounds.at(-1)!;
    const inBand = direct.filter((o) => o.paid >= lo && o.paid < hi);
    counted += inBand.length;
    const row = summary.locator('tr').filter({ has: page.getByText(name, { exact: true }) });
    await expect(row).toContainText(inBand.length.toLocaleString('en-US'));
    await expect(row).toContainText(yuan(inBand.reduce((s, o) => s + o.paid, 0)));
  }
  expect(counted).toBe(28010);
  await app.screenshot('order-segments-value-zh-CN', { docs: true });

  // The order list as CSV: one row per order, its segment, its own columns.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-members-open').click();
  const list = join(tempDir('segdesk-orders-'), 'orders.csv');
  dialogs.saveFile.push(list);
  await page.getByTestId('export-members-save').click();
  await expect(page.getByText('已将 28,010 个订单保存到 orders.csv。')).toBeVisible({ timeout: 30_000 });
  const lines = readFileSync(list, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  expect(lines[0].split(',').slice(0, 2)).toEqual(['订单编号', '订单分群']);
  expect(lines[0]).toContain('收货地址');
  expect(lines).toHaveLength(28011);

  // The report as PDF: the segments by name.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-report-open').click();
  const pdf = join(tempDir('segdesk-orders-'), 'report');
  dialogs.saveFile.push(pdf);
  await page.getByTestId('report-save-pdf').click();
  await expect(page.getByText('已保存 report.pdf。')).toBeVisible({ timeout: 60_000 });
  const text = pageTexts(`${pdf}.pdf`).join('');
  for (const band of bands)
    expect(text).toContain(squash(/^订单金额[^0-9¥]*¥[\d,.]+(?: 至不足 ¥[\d,.]+| 及以上)?/.exec(band)![0]));
  expect(text).toContain(squash('订单分群报告'));
  expect(text).toContain(squash('全部订单'));
});
