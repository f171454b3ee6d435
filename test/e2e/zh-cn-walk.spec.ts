import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/main/engine/cluster/seeded-random';
import { modelSpecSchema } from '../../src/shared/segments';
import { sharedData, tempDir } from '../helpers/paths';
import { englishWords, latinWordsOf } from './english-words';
import { expect, test, type AppHarness } from './harness';

/** Orders RFM at the end of 2005, re-applied to 2006, a campaign kept with it: made through the service. */
async function prepare(app: AppHarness) {
  const { service } = app;
  const file = join(tempDir(), '中文巡查.segdesk');
  await service.createAt(file);
  const orders = await service.importFile(sharedData('rfm_data_orders.csv'));
  const before = await service.createRun(
    orders.id,
    modelSpecSchema.parse({ model: 'rfm', scheme: 'eleven', analysisDate: '2005-12-31' }),
  );
  const { run } = await service.reapplyRun(before.run.id, { analysisDate: '2006-12-31' });
  const members = service.runMembers(run.id);
  const ids = members.getChild('customerId')!;
  const random = seededRandom(9);
  const lines = Array.from({ length: members.numRows }, (_, i) => {
    const inTest = random() < 0.5;
    const yes = random() < (inTest ? 0.2 : 0.08);
    return `"${ids.get(i)}",${inTest ? '实验' : '对照'},${yes ? '是' : '否'},${yes ? 50 : 0}`;
  });
  const campaign = join(tempDir(), '春季活动.csv');
  writeFileSync(campaign, `客户ID,分组,是否转化,金额\n${lines.join('\n')}\n`);
  await service.saveCampaign(run.id, campaign);
  await service.close();
  return file;
}

test('the main pages in 简体中文 show no English beyond ids, the user’s own file and units; toasts clear the language switch', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const file = await prepare(app);
  // The user's own words: every Latin word of their file (names, e-mails, column names), its name and the file they saved.
  const own = latinWordsOf(`${readFileSync(sharedData('rfm_data_orders.csv'), 'utf8')} rfm_data_orders groups.csv`);
  app.service.setLanguage('zh-CN');
  await app.open();
  app.dialogs.workspace.push(file);
  await page.getByTestId('welcome-open').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('中文巡查');

  const leaks: Record<string, string[]> = {};
  const walk = async (name: string) => {
    const words = englishWords(await page.locator('body').innerText(), own);
    if (words.length) leaks[name] = words;
  };
  // A workspace of orders opens on its Overview: the figures, findings and every panel, the method folded open.
  await expect(page.getByTestId('key-figures')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  await page.getByTestId('findings-method').getByRole('button').click();
  await walk('概览');
  await page.getByTestId('cohort-metric').getByText('累计人均销售额').click();
  await page.getByTestId('cohort-heatmap').getByTestId('chart-table-toggle').click();
  await expect(page.getByTestId('cohort-heatmap').getByTestId('chart-table')).toBeVisible();
  await walk('概览 · 客户批次');

  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('data-preview')).toContainText('Brion Stark');
  await walk('数据');
  // The dataset's column meanings and its import report (with the changes since import).
  await page.getByTestId('meanings-tab').click();
  await expect(page.getByTestId('meanings-panel')).toContainText('表示');
  await walk('列含义');
  await page.getByRole('tab', { name: '导入报告' }).click();
  await expect(page.getByTestId('changes-list')).toContainText('导入后的更改');
  await walk('导入报告');

  await page.getByTestId('nav-segments').click();
  await expect(page.getByTestId('segment-summary').locator('tr', { hasText: '冠军客户' })).toBeVisible();
  await expect(page.getByTestId('run-select')).toHaveText('RFM · 2006-12-31');
  await walk('客户分群');
  // Members searched by a segment's Chinese name, over every page, in the worker.
  const members = page.getByTestId('members-grid');
  await members.scrollIntoViewIfNeeded();
  await page.getByTestId('members-search').locator('input').fill('流失风险');
  await page.getByTestId('members-search').locator('input').press('Enter');
  const runId = app.service.current()!.runs[1].id;
  const atRisk = app.service.runDetails(runId).result.segments.find((s) => s.key === 'at_risk')!.customers;
  await expect(page.getByTestId('members-total')).toHaveText(`共 ${atRisk} 位客户`);
  await expect(members.locator('tbody tr.ant-table-row').first()).toContainText('有流失风险');
  await walk('客户分群 · 客户名单');

  await page.getByTestId('nav-compare').click();
  await expect(page.getByTestId('compare-from')).toHaveText('RFM · 2005-12-31');
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-matrix')).toBeVisible({ timeout: 60_000 });
  await walk('对比');

  await page.getByTestId('nav-campaign').click();
  await expect(page.getByTestId('campaign-table')).toBeVisible();
  await walk('营销活动');

  // A toast (the planner's groups saved) stays clear of the language switch.
  const groups = join(tempDir(), 'groups.csv');
  app.dialogs.saveFile.push(groups);
  await page.getByTestId('groups-save').click();
  const toast = page.locator('.ant-message-notice').first();
  await expect(toast).toBeVisible();
  const [a, b] = [await toast.boundingBox(), await page.getByTestId('language-switch').boundingBox()];
  expect(a!.y).toBeGreaterThanOrEqual(b!.y + b!.height);
  await app.screenshot('zh-walk-toast-zh-CN');

  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('reports-page')).toBeVisible();
  await walk('报告');

  // Buttons keep their two characters together.
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('segment-summary').locator('tr[data-row-key="loyal"]').getByTestId('rename-segment').click();
  await expect(page.getByRole('dialog').getByRole('button', { name: '取消' })).toHaveText('取消');
  await app.screenshot('zh-walk-rename-zh-CN');
  await page.keyboard.press('Escape');

  expect(leaks).toEqual({});
});
