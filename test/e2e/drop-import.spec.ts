import { join } from 'node:path';
import { tempDir } from '../helpers/paths';
import { expect, test } from './harness';
import { chooseOption } from './choose-option';

test.use({ systemLocale: 'zh-CN' });

/** A member export as a small shop's till writes it: a title line above the header, ¥ amounts, zero-padded ids. */
const MEMBERS = [
  '门店会员消费明细 2024年3月,,,',
  '会员号,下单时间,实付金额,渠道',
  '0001,2024-03-01 10:00:00,¥128.00,门店',
  '0002,2024-03-02 15:30:00,¥56.50,小程序',
  '0001,2024-03-09 11:00:00,¥99.00,门店',
  '',
].join('\r\n');

test('a file dropped on the window opens the wizard: title line skipped, ¥ detected; the currency can be changed', async ({
  app,
}) => {
  const { page, dialogs } = app;
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), '会员.segdesk'));
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('data-empty')).toBeVisible();

  // The page itself cannot name a path to import.
  const refused = await page.evaluate(() =>
    (window as unknown as { api: { invoke(n: string, i: unknown): Promise<unknown> } }).api.invoke('import:drop', {
      path: '/etc/passwd',
    }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'E_UNKNOWN_CHANNEL' } });

  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], '会员消费.csv', { type: 'text/csv' }));
    return dt;
  }, MEMBERS);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toHaveText('松开鼠标，将此文件导入当前工作区');
  await app.screenshot('drop-overlay-zh-CN', { docs: true });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

  const preview = page.getByTestId('wizard-preview');
  await expect(preview.locator('thead')).toContainText('会员号');
  await expect(preview.locator('.ant-table-tbody-virtual')).toContainText('0001'); // rows of a virtual table are not a <tbody>
  await expect(page.getByTestId('skip-rows')).toHaveValue('1');
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('role-customerId')).toContainText('会员号');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-import').click();
  await expect(page.getByText('已从 会员消费.csv 导入 3 行。')).toBeVisible();
  // Orders just imported open their Overview; the rows are on the Data page.
  await expect(page.getByTestId('overview-page')).toBeVisible();
  await page.getByTestId('nav-data').click();

  const grid = page.getByTestId('data-preview');
  await expect(page.getByTestId('dataset-currency')).toContainText('CNY');
  await expect(grid.locator('tbody')).toContainText('¥128.00');
  await chooseOption(page, page.getByTestId('dataset-currency'), 'HKD', { exact: true });
  await expect(grid.locator('tbody')).toContainText('HK$128.00');
  await app.screenshot('dataset-currency-zh-CN', { docs: true });

  const [dataset] = app.service.current()!.datasets;
  expect(dataset).toMatchObject({ rowCount: 3, currency: 'HKD', source: { skipRows: 1 } });
  expect(dataset.columns.map((c) => c.name)).toEqual(['会员号', '下单时间', '实付金额', '渠道']);
});

test('the drop overlay stays while a file is dragged from the page onto a child, across re-renders, and goes when it leaves', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  // Each step dispatches one drag event and waits two frames, so React has rendered and run its effects before the next.
  const seen = await page.evaluate(async () => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File(['a,b\n1,2\n'], 'orders.csv', { type: 'text/csv' }));
    const child = document.querySelector('[data-testid="welcome-new"]');
    if (!child) throw new Error('no welcome-new card');
    const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const fire = async (target: Element, type: string) => {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
      await frames();
      return document.querySelector('[data-testid="drop-overlay"]') !== null;
    };
    // Entering the card fires its dragenter before the page's dragleave, as a browser does.
    return [
      await fire(document.body, 'dragenter'),
      await fire(child, 'dragenter'),
      await fire(document.body, 'dragleave'),
      await fire(child, 'dragleave'),
    ];
  });
  expect(seen).toEqual([true, true, true, false]);
});
