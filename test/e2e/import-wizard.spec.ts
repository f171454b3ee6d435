import { join } from 'node:path';
import { TMALL_ORDER_COLUMNS } from '../helpers/tmall-orders';
import { sharedData, tempDir } from '../helpers/paths';
import { expect, test } from './harness';
import { chooseOption } from './choose-option';

test.use({ systemLocale: 'zh-CN' });

test('imports the GBK Tmall export through the wizard: Chinese headers, a corrected type, the quality report, the grid', async ({
  app,
}) => {
  const { page, dialogs } = app;
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), '天猫订单.segdesk'));
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('data-empty')).toBeVisible();

  dialogs.dataFile.push(sharedData('tmall_order_report_gbk.csv'));
  await page.getByTestId('import-button').click();
  const wizard = page.getByTestId('import-wizard');
  const preview = page.getByTestId('wizard-preview');
  await expect(preview).toContainText('收货地址');
  await expect(preview).toContainText('上海');
  await expect(page.getByTestId('encoding-select')).toContainText('GBK / GB18030（简体中文）');
  // The order number is mapped as the order id, so it is read as an id, not a number.
  await expect(page.getByTestId('type-订单编号').first()).toContainText('编号');
  await expect(page.getByTestId('type-收货地址').first()).toContainText('类别');
  await app.screenshot('import-preview-zh-CN', { docs: true });

  // Correct one type: the delivery address is kept as free text.
  await chooseOption(page, page.getByTestId('type-收货地址').first(), '文本', { exact: true });
  await expect(page.getByTestId('type-收货地址').first()).toContainText('文本');

  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('role-orderDate')).toContainText('订单创建时间');
  await expect(page.getByTestId('role-amount')).toContainText('买家实际支付金额');
  await expect(wizard).toContainText('没有客户ID：该数据集只包含订单。');
  // Which kind the file was taken for, and why.
  await expect(page.getByTestId('kind-why')).toHaveText(
    '判断为订单明细：文件含有订单日期及金额或订单号（订单创建时间, 买家实际支付金额）。',
  );
  await app.screenshot('import-meaning-zh-CN');

  await page.getByTestId('wizard-next').click();
  // The check reads every row: its figures are the import's.
  await expect(page.getByTestId('quality-report')).toContainText('读取 28,010 行，将导入 28,010 行。');
  await expect(page.getByTestId('checked-on-first')).toHaveCount(0);
  await app.screenshot('import-check-zh-CN', { docs: true });

  await page.getByTestId('wizard-import').click();
  await expect(page.getByText('已从 tmall_order_report_gbk.csv 导入 28,010 行。')).toBeVisible();
  // Orders just imported open their Overview; the rows are on the Data page.
  await expect(page.getByTestId('overview-page')).toBeVisible();
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('dataset-table')).toContainText('28,010');
  const grid = page.getByTestId('data-preview');
  await expect(grid.locator('thead')).toContainText('收货地址');
  await expect(grid.locator('tbody')).toContainText('上海');
  await expect(grid.locator('th', { hasText: '订单编号' }).getByTestId('column-kind')).toHaveText('编号');
  await expect(grid.locator('th', { hasText: '收货地址' }).getByTestId('column-kind')).toHaveText('文本');
  // The dataset keeps which kind the file was taken for and why, in the wizard's words (the kind
  // the wizard sends is the one the file points to, so its reason stands).
  await expect(page.getByTestId('dataset-kind')).toHaveText(
    '判断为订单明细：文件含有订单日期及金额或订单号（订单创建时间, 买家实际支付金额）。',
  );
  await app.screenshot('import-done-zh-CN', { docs: true });

  const [dataset] = app.service.current()!.datasets;
  expect(dataset).toMatchObject({
    rowCount: 28010,
    kind: 'transactions',
    currency: 'CNY',
    source: {
      encoding: 'gb18030',
      delimiter: ',',
      kindDecision: { reason: 'orderColumns', columns: ['订单创建时间', '买家实际支付金额'] },
    },
  });
  expect(dataset.columns.map((c) => c.name)).toEqual(TMALL_ORDER_COLUMNS);
  expect(dataset.columns[0].spec).toEqual({ kind: 'id' });
  expect(dataset.columns[3].spec).toEqual({ kind: 'text' });
});
