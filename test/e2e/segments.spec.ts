import { join } from 'node:path';
import { sharedData, tempDir } from '../helpers/paths';
import { expect, test, type AppHarness } from './harness';

/** A new workspace with the files imported through the wizard as it suggests (kind, roles, policies). */
async function workspaceWith(app: AppHarness, name: string, files: [file: string, rows: string][]) {
  const { page, dialogs } = app;
  await app.open();
  dialogs.newWorkspace.push(join(tempDir(), `${name}.segdesk`));
  await page.getByTestId('welcome-new').click();
  for (const [file, rows] of files) {
    dialogs.dataFile.push(sharedData(file));
    await page.getByTestId('import-button').click();
    await expect(page.getByTestId('wizard-preview')).toBeVisible();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-import').click();
    await expect(page.getByText(`Imported ${rows} rows from ${file}.`)).toBeVisible({ timeout: 30_000 });
  }
}

test('segment a dataset by RFM: 11 segments, then the 8 classes; summary, personas and playbook in both languages', async ({ app }) => {
  const { page } = app;
  await workspaceWith(app, 'RFM', [['rfm_data_orders.csv', '4,906']]);

  await page.getByTestId('nav-segments').click();
  await expect(page.getByTestId('segments-empty')).toContainText('No segmentation runs yet');
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();

  const summary = page.getByTestId('segment-summary');
  await expect(page.getByTestId('run-facts')).toContainText('995 customers in');
  await expect(page.getByTestId('run-facts')).toContainText('2006-12-31');
  // The table shows what the run stored, segment by segment.
  const run = app.service.current()!.runs[0];
  const { result } = app.service.runDetails(run.id);
  for (const seg of result.segments) {
    const row = summary.locator('tr', { hasText: seg.name.en }).first();
    await expect(row).toContainText(seg.customers.toLocaleString('en-US'));
  }
  await expect(summary.locator('tr', { hasText: 'All customers' })).toContainText('995');
  await expect(summary.locator('tr', { hasText: 'All customers' })).toContainText('$464,158.00');
  const champions = page.getByTestId('persona-card').filter({ hasText: 'Champions' });
  await expect(champions.getByTestId('playbook')).toContainText('VIP tier');
  await expect(champions.getByTestId('persona-description')).toContainText('the average');
  await expect(page.getByTestId('rfm-heatmap').locator('svg')).toBeVisible();
  await expect(page.getByTestId('segment-shares').locator('svg')).toContainText('Champions');
  for (const dim of ['recency', 'frequency', 'monetary']) await expect(page.getByTestId(`rfm-histogram-${dim}`).locator('svg')).toBeVisible();
  await app.screenshot('segments-rfm-en', { docs: true });
  await page.getByTestId('heatmap-metric').getByText('Mean spend').click();
  await expect(page.getByTestId('rfm-heatmap').locator('svg')).toContainText('$');
  await page.getByTestId('segment-summary').scrollIntoViewIfNeeded();
  await app.screenshot('segments-rfm-table-en', { docs: true });
  await page.getByTestId('persona-cards').scrollIntoViewIfNeeded();
  await app.screenshot('segments-personas-en', { docs: true });

  // The members of one segment, a page at a time from the worker; search and sort there too.
  const members = page.getByTestId('members-grid');
  const championsCount = result.segments.find((s) => s.key === 'champions')!.customers;
  await page.getByTestId('members-segment').click();
  await page.getByTitle(`Champions (${championsCount})`).click();
  await expect(page.getByTestId('members-total')).toHaveText(`${championsCount} customers`);
  await page.getByTestId('members-search').locator('input').fill('Kizzy');
  await page.getByTestId('members-search').locator('input').press('Enter');
  await expect(page.getByTestId('members-total')).toHaveText('1 customer');
  await expect(members.locator('tbody tr.ant-table-row')).toHaveCount(1);
  const kizzy = members.locator('tbody tr.ant-table-row').first();
  await expect(kizzy).toContainText('Kizzy Doyle');
  await expect(kizzy).toContainText('Champions');
  await expect(kizzy).toContainText('$1,488.00');
  await members.scrollIntoViewIfNeeded();
  await app.screenshot('segments-members-en', { docs: true });

  await page.getByTestId('language-switch').click();
  await page.getByTitle('简体中文').click();
  await expect(summary).toContainText('冠军客户');
  await expect(champions.getByTestId('playbook')).not.toBeVisible();
  await expect(page.getByTestId('persona-card').filter({ hasText: '冠军客户' }).getByTestId('playbook')).toContainText('VIP 等级');
  await app.screenshot('segments-rfm-zh-CN', { docs: true });

  await page.getByTestId('new-run').click();
  await page.getByTestId('run-scheme').getByText('八大类').click();
  await page.getByTestId('run-create').click();
  await expect(summary).toContainText('重要价值客户');
  await expect(summary).toContainText('一般挽留客户');
  expect(app.service.current()!.runs).toHaveLength(2);
  await app.screenshot('segments-eight-zh-CN');

  // Playbook notes are kept in the workspace: they survive closing and reopening it.
  const card = page.getByTestId('persona-card').filter({ hasText: '重要价值客户' });
  await card.getByTestId('segment-notes').fill('双十一前发 VIP 专属券；不打折。');
  await card.getByTestId('segment-notes').blur();
  await expect(page.getByText('备注已保存。')).toBeVisible();
  await page.getByTestId('close-workspace').click();
  await page.getByTestId('recent-item').filter({ hasText: 'RFM' }).click();
  await page.getByTestId('nav-segments').click();
  await expect(page.getByTestId('segment-summary')).toContainText('重要价值客户');
  await expect(page.getByTestId('persona-card').filter({ hasText: '重要价值客户' }).getByTestId('segment-notes')).toHaveValue('双十一前发 VIP 专属券；不打折。');
  await app.screenshot('segments-notes-zh-CN');
});

test('both schemes from the UI on CDNOW master and on Online Retail', async ({ app }) => {
  const { page } = app;
  await workspaceWith(app, 'Real data', [
    ['CDNOW_master.txt', '69,659'],
    ['online_retail_uci.csv.gz', '397,884'],
  ]);
  await page.getByTestId('nav-segments').click();
  for (const [dataset, customers, shot] of [
    ['CDNOW_master', '23,570', 'cdnow'],
    ['online_retail_uci', '4,338', 'retail'],
  ] as const) {
    for (const [scheme, first] of [
      ['RFM · 11 segments', 'Champions'],
      ['RFM · 8 classes', 'Important value'],
    ] as const) {
      await page.getByTestId('new-run').click();
      await page.getByTestId('run-dataset').click();
      await page.locator(`.ant-select-item-option[title="${dataset}"]`).click();
      await page.getByTestId('run-scheme').getByText(scheme).click();
      await page.getByTestId('run-create').click();
      await expect(page.getByTestId('run-facts')).toContainText(`${customers} customers in`);
      await expect(page.getByTestId('segment-summary').locator('tr', { hasText: first })).toBeVisible();
      await expect(page.getByTestId('segment-summary').locator('tr', { hasText: 'All customers' })).toContainText(customers);
      await app.screenshot(`segments-${shot}-${scheme.includes('11') ? 'eleven' : 'eight'}-en`);
    }
  }
  expect(app.service.current()!.runs).toHaveLength(4);
});

test('segment customers by a ready-made template (education), with live counts, then see the personas', async ({ app }) => {
  const { page } = app;
  await workspaceWith(app, 'Marketing', [['marketing_campaign.csv', '2,240']]);
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-scheme').getByText('Rules from a template').click();
  await page.getByTestId('run-template').click();
  await page.locator('.ant-select-item-option', { hasText: 'Demographic · Education' }).click();
  const counts = page.getByTestId('template-counts');
  await expect(counts).toContainText('Graduation');
  await expect(counts.locator('li', { hasText: 'Graduation' })).toContainText('1,127 customers');
  await expect(counts.locator('li', { hasText: 'PhD' })).toContainText('486 customers');
  await app.screenshot('segments-template-en', { docs: true });
  await page.getByTestId('run-create').click();

  const summary = page.getByTestId('segment-summary');
  await expect(page.getByTestId('run-facts')).toContainText('2,240 customers in 5 segments');
  await expect(summary.locator('tr', { hasText: 'Graduation' })).toContainText('1,127');
  await expect(summary.locator('tr', { hasText: 'PhD' })).toContainText('486');
  // The persona names what sets PhDs apart: their education itself, and a spend column against the average.
  const phd = page.getByTestId('persona-card').filter({ hasText: 'PhD' });
  await expect(phd.getByTestId('persona-description')).toContainText('Mostly PhD');
  await expect(phd.getByTestId('persona-description')).toContainText('× the average');
  await expect(page.getByTestId('run-select')).toContainText('Education');
  await app.screenshot('segments-template-run-en');
});
