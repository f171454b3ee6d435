import { chooseOption } from './choose-option';
import { expect, test, workspaceWith } from './harness';

test('meanings after import: change what a column means, see it in the changes, and an earlier run says it was made before and runs again', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await workspaceWith(app, 'meanings', [['rfm_data_orders.csv', '4,906']]);
  const datasetId = app.service.current()!.datasets[0].id;
  // Orders just imported open their Overview; the meanings are on the Data page.
  await page.getByTestId('nav-data').click();

  // The dataset view's Meanings tab: first_name (suggested as the first name) is set to mean the category.
  await page.getByTestId('meanings-tab').click();
  await expect(page.getByTestId('meanings-panel')).toBeVisible();
  await chooseOption(page, page.getByTestId('meaning-role-first_name'), 'Category', { exact: true });
  await expect(page.getByText('Changed: “first_name” was set to mean Category instead of First name.')).toBeVisible();
  expect(app.service.current()!.datasets[0].roles.category).toBe('first_name');
  await app.screenshot('meanings-tab', { docs: true });

  // The import report lists it under "Changes since import".
  await page.getByRole('tab', { name: 'Import report' }).click();
  const changes = page.getByTestId('changes-list');
  await expect(changes.getByTestId('change-item')).toHaveCount(1);
  await expect(changes.getByTestId('change-item')).toContainText('“first_name” was set to mean Category');

  // A run made now uses the meaning: it remembers first_name as the category.
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('995 customers in');
  const first = app.service.current()!.runs[0].id;
  expect(app.service.runDetails(first).result.meanings?.roles.category).toBe('first_name');
  await expect(page.getByTestId('made-before')).toHaveCount(0);

  // Another meaning changed afterwards: the earlier run says it was made before, in plain words.
  await page.getByTestId('nav-data').click();
  await page.getByTestId('meanings-tab').click();
  await chooseOption(page, page.getByTestId('meaning-role-first_name'), 'Channel', { exact: true });
  await expect(page.getByText('Changed: “first_name” was set to mean Channel instead of Category.')).toBeVisible();
  await page.getByTestId('nav-segments').click();
  const notice = page.getByTestId('made-before');
  await expect(notice).toContainText('Made before “first_name” was set to mean Channel instead of Category on ');
  await expect(notice).toContainText('This run keeps the meanings it was made with.');
  expect(app.service.runDetails(first).result.meanings?.roles).toEqual({
    customerId: 'customer_id',
    orderDate: 'order_date',
    amount: 'revenue',
    category: 'first_name',
    lastName: 'last_name',
    email: 'email',
  });
  await app.screenshot('meanings-made-before', { docs: true });

  // Run again with today's meanings: a new run, made after the change, that says nothing of it.
  await page.getByTestId('rerun-meanings').click();
  await expect.poll(() => app.service.current()!.runs.length).toBe(2);
  await expect(page.getByTestId('run-facts')).toContainText('995 customers in');
  await expect(notice).toHaveCount(0);
  const second = app.service.current()!.runs[1].id;
  expect(app.service.runDetails(second).result.meanings?.roles.channel).toBe('first_name');
  expect(app.service.datasetChanges(datasetId)).toHaveLength(2);
});

test('zh-CN: a missing order date is named in Chinese, and its button opens the column meanings to map it', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  // (Without a customer id the file would be orders alone, segmented as orders: RFM needs the order date.)
  await workspaceWith(app, 'missing-role', [['rfm_data_orders.csv', '4,906']]);
  await page.getByTestId('nav-data').click();
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await page.getByTestId('meanings-tab').click();
  await chooseOption(page, page.getByTestId('meaning-role-order_date'), '无', { exact: true });
  await expect(page.getByText('已更改：“order_date”不再表示下单时间。')).toBeVisible();

  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();
  const dialog = page.getByTestId('error-dialog');
  await expect(dialog).toHaveAttribute('data-code', 'E_MISSING_ROLE');
  await expect(dialog.getByTestId('missing-role')).toHaveText(
    '这一步需要一列表示：下单时间。数据集中还没有哪一列被设为表示它。',
  );
  await expect(dialog.getByTestId('map-role')).toHaveText('为下单时间选择对应的列');
  await app.screenshot('meanings-missing-role-zh-CN', { docs: true });

  await dialog.getByTestId('map-role').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('meanings-panel')).toBeVisible();
  await expect(page.getByTestId('meanings-focus')).toHaveText('请在下面“表示”一栏中选择表示下单时间的列。');
  await chooseOption(page, page.getByTestId('meaning-role-order_date'), '下单时间', { exact: true });
  await expect(page.getByTestId('meanings-focus')).toHaveCount(0);
  expect(app.service.current()!.datasets[0].roles.orderDate).toBe('order_date');
});
