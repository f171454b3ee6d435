import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterSpecSchema } from '../../src/shared/cluster';
import { sharedData, tempDir } from '../helpers/paths';
import { axe } from './axe';
import { chooseOption } from './choose-option';
import { englishWords } from './english-words';
import { type AppHarness, expect, test, workspaceWith } from './harness';

/** The export menu's SQL item (its test id sits on the label inside the menu item). */
const sqlMenuItem = (app: AppHarness) =>
  app.page.getByRole('menuitem').filter({ has: app.page.getByTestId('export-sql-open') });

/** A new workspace `name` with rfm_data_orders.csv (its customer, date and revenue columns named), made through the service. */
async function ordersWorkspace(app: AppHarness, name: string) {
  await app.service.createAt(join(tempDir(), `${name}.segdesk`));
  return app.service.importFile(sharedData('rfm_data_orders.csv'), {
    kind: 'transactions',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
  });
}

/** Switches the UI to 简体中文 and waits for the navigation to say so. */
async function toChinese(app: AppHarness) {
  const { page } = app;
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('nav-segments')).toContainText('客户分群');
}

/** Opens the run's SQL dialog from the Segments page's export menu. */
async function openSqlDialog(app: AppHarness) {
  const { page } = app;
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-sql-open').click();
  await expect(page.getByTestId('sql-export')).toBeVisible();
}

test.describe('a run exported as SQL', () => {
  test.setTimeout(180_000);

  test('an RFM run of rfm_data_orders as PostgreSQL over the client’s orders_2024 with its own column for the amount: the file says what it reproduces and reads that table; the dialog in 简体中文', async ({
    app,
  }) => {
    const { page, dialogs } = app;
    await workspaceWith(app, 'Shop', [['rfm_data_orders.csv', '4,906']]);
    await page.getByTestId('nav-segments').click();
    await page.getByTestId('new-run').click();
    await page.getByTestId('run-create').click();
    await expect(page.getByTestId('run-facts')).toContainText('995 customers');
    const run = app.service.current()!.runs[0];

    await openSqlDialog(app);
    await expect(page.getByRole('dialog')).toContainText('Export as SQL');
    await expect(page.getByTestId('sql-lead')).toHaveText(
      'Writes a query that runs this segmentation in the client’s own database, over their transactions table, and gives each customer’s segment.',
    );
    // The dataset's name as the table, its own column for each role the SQL reads.
    await expect(page.getByTestId('sql-table')).toHaveValue('rfm_data_orders');
    await expect(page.getByTestId('sql-columns').locator('label')).toHaveText(['Customer ID', 'Order date', 'Amount']);
    await expect(page.getByTestId('sql-column-customerId')).toHaveValue('customer_id');
    await expect(page.getByTestId('sql-column-orderDate')).toHaveValue('order_date');
    await expect(page.getByTestId('sql-column-amount')).toHaveValue('revenue');
    await expect(page.getByTestId('sql-dialect').locator('.ant-segmented-item-selected')).toHaveText('DuckDB');

    // A name left empty says what to do, and nothing can be saved until it is filled in.
    await page.getByTestId('sql-table').fill(' ');
    await expect(page.getByText('Enter the table’s name.')).toBeVisible();
    await expect(page.getByTestId('sql-save')).toBeDisabled();
    await page.getByTestId('sql-dialect').getByText('PostgreSQL').click();
    await page.getByTestId('sql-table').fill('orders_2024');
    await page.getByTestId('sql-column-amount').fill('net value');
    await expect(page.getByTestId('sql-columns')).toContainText('In this dataset: revenue');
    await expect(page.getByTestId('sql-save')).toBeEnabled();
    await app.screenshot('export-sql-en', { docs: true });
    const audit = await axe(page).include('[role="dialog"]').analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

    const folder = tempDir('segdesk-sql-');
    dialogs.saveFile.push(join(folder, 'shop-segments.sql'));
    await page.getByTestId('sql-save').click();
    await expect(
      page.getByText(`Saved shop-segments.sql in ${folder}. Run it in PostgreSQL to get each customer’s segment.`),
    ).toBeVisible();
    await app.screenshot('export-sql-saved-en');
    await expect(page.getByTestId('sql-export')).toBeHidden();
    expect(dialogs.savedAs.at(-1)).toEqual({ defaultName: `${run.name} segments-postgres.sql`, kind: 'sql' });

    const sql = readFileSync(join(folder, 'shop-segments.sql'), 'utf8');
    const lines = sql.split('\n');
    expect(lines[0]).toBe(`-- SegmentDesk 0.1.0: the segments of run ${run.id} "${run.name}" as PostgreSQL.`);
    expect(lines).toContain(
      '-- Reads the table orders_2024: customerId = customer_id, orderDate = order_date, amount = net value.',
    );
    expect(sql).toContain('FROM "orders_2024"');
    expect(sql).toContain('"net value"');
    expect(sql).not.toContain('"revenue"');
    // The segment names beside the keys, in the UI's language.
    expect(sql).toContain("'Champions'");

    // 简体中文: the menu, the dialog (the choices kept), the message; the segment names in Chinese.
    await toChinese(app);
    await page.getByTestId('export-menu').click();
    await expect(sqlMenuItem(app)).toHaveText('导出为 SQL…');
    await page.getByTestId('export-sql-open').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('导出为 SQL');
    await expect(page.getByTestId('sql-lead')).toHaveText(
      '生成一条 SQL 查询：在客户自己的数据库中基于其交易表运行此次分群，得出每位客户所属的分群。',
    );
    await expect(page.getByTestId('sql-columns').locator('label')).toHaveText(['客户ID', '下单时间', '金额']);
    await expect(page.getByTestId('sql-table')).toHaveValue('orders_2024');
    await expect(page.getByTestId('sql-column-amount')).toHaveValue('net value');
    await expect(page.getByTestId('sql-columns')).toContainText('此数据集中为：revenue');
    await expect(page.getByTestId('sql-dialect').locator('.ant-segmented-item-selected')).toHaveText('PostgreSQL');
    // No English but the engines' names, SQL itself and the example table name.
    const names = new Set(['sql', 'duckdb', 'postgresql', 'spark', 'crm', 'orders', 'revenue']);
    expect(englishWords(await dialog.innerText(), names)).toEqual([]);
    await app.screenshot('export-sql-zh-CN', { docs: true });
    dialogs.saveFile.push(join(folder, 'shop-segments-zh.sql'));
    await page.getByTestId('sql-save').click();
    await expect(
      page.getByText(
        `已保存 shop-segments-zh.sql，位于 ${folder}。在 PostgreSQL 中运行它，即可得到每位客户所属的分群。`,
      ),
    ).toBeVisible();
    expect(readFileSync(join(folder, 'shop-segments-zh.sql'), 'utf8')).toContain("'冠军客户'");

    // The Reports page offers it beside the run's other exports.
    await page.getByTestId('nav-reports').click();
    await page.getByTestId(`reports-export-${run.id}`).click();
    await expect(sqlMenuItem(app)).toHaveText('导出为 SQL…');
    await expect(sqlMenuItem(app)).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('a clustering run: the menu shows the SQL export disabled and says why, in English and 简体中文', async ({
    app,
  }) => {
    const { page, service } = app;
    const orders = await ordersWorkspace(app, 'Clusters');
    const spec = clusterSpecSchema.parse({
      model: 'kmeans',
      k: 4,
      features: [{ field: 'recency' }, { field: 'monetary' }],
    });
    await service.createRun(orders.id, spec);
    await app.open();
    await page.getByTestId('nav-segments').click();
    await expect(page.getByTestId('cluster-scatter')).toBeVisible();

    await page.getByTestId('export-menu').click();
    await expect(sqlMenuItem(app)).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByTestId('export-sql-why')).toHaveText(
      'Not for clustering runs: SQL can repeat RFM scores and rules, not the clustering. Make an RFM or rule-based run to export it as SQL.',
    );
    await app.screenshot('export-sql-cluster-en');
    const audit = await axe(page).include('.ant-dropdown').analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    // Chosen anyway (a click on the disabled item): nothing opens.
    await sqlMenuItem(app).click({ force: true });
    await expect(page.getByTestId('sql-export')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-dropdown:visible')).toHaveCount(0);

    await toChinese(app);
    await page.getByTestId('export-menu').click();
    await expect(sqlMenuItem(app)).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByTestId('export-sql-why')).toHaveText(
      '聚类分群无法导出为 SQL：SQL 能重现 RFM 评分和规则，无法重现聚类。请新建 RFM 或规则分群后再导出。',
    );
    await app.screenshot('export-sql-cluster-zh-CN');
  });

  test('a rules run on a calculated column: the dialog says which field the client’s table lacks and opens the rules to edit, nothing to save', async ({
    app,
  }) => {
    const { page, service } = app;
    const orders = await ordersWorkspace(app, 'Bands');
    // One value per customer (the e-mail's mailbox), so rules can test it as they test Country.
    await service.addColumn(orders.id, {
      name: 'mailbox',
      definition: { shape: 'before', column: 'email', separator: '@' },
    });
    await service.createRun(orders.id, {
      model: 'rules',
      frequency: 'orders',
      analysisDate: '2007-01-01',
      rules: [
        {
          key: 'recent',
          name: { en: 'Recent', 'zh-CN': '近期' },
          when: { all: [{ field: 'recency', op: 'range', min: null, max: 120 }] },
        },
        {
          key: 'no_mailbox',
          name: { en: 'No mailbox', 'zh-CN': '无邮箱' },
          when: { all: [{ field: 'mailbox', op: 'missing' }] },
        },
      ],
    });
    await app.open();
    await page.getByTestId('nav-segments').click();
    await openSqlDialog(app);
    await expect(page.getByTestId('sql-refusal')).toHaveText(
      'Its rules test “mailbox”, a calculated column the client’s table does not have. Edit the rules to test a column of the order file or a purchase figure instead.',
    );
    // Nothing to fill in or save: the way out, or to the rules.
    await expect(page.getByTestId('sql-table')).toHaveCount(0);
    await expect(page.getByTestId('sql-save')).toHaveCount(0);
    await app.screenshot('export-sql-refused-en');
    await page.getByTestId('sql-edit-rules').click();
    await expect(page.getByTestId('sql-export')).toBeHidden();
    await expect(page.getByTestId('rule-builder')).toBeVisible();
    await expect(page.getByTestId('rule-segment')).toHaveCount(2);
  });
});
