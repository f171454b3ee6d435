import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/main/engine/cluster/seeded-random';
import { tempDir } from '../helpers/paths';
import { expect, test, workspaceWith } from './harness';
import { chooseOption } from './choose-option';

test('import a campaign’s results against an RFM run: test vs control per segment, significance, the sample-size planner', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, dialogs } = app;
  await workspaceWith(app, 'campaign', [['rfm_data_orders.csv', '4,906']]);
  await page.getByTestId('nav-campaign').click();
  await expect(page.getByTestId('campaign-empty')).toBeVisible();
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('995 customers');

  // A seeded campaign over the run's customers: response 8 % in control, 20 % in test.
  const run = app.service.current()!.runs[0];
  const members = app.service.runMembers(run.id);
  const ids = members.getChild('customerId')!;
  const random = seededRandom(5);
  const lines = Array.from({ length: members.numRows }, (_, i) => {
    const test = random() < 0.5;
    const responded = random() < (test ? 0.2 : 0.08);
    return `"${ids.get(i)}",${test ? 'test' : 'control'},${responded ? 1 : 0},${responded ? (20 + Math.round(random() * 6000) / 100).toFixed(2) : '0'}`;
  });
  const file = join(tempDir(), 'spring-campaign.csv');
  writeFileSync(file, `customer_id,group,responded,revenue\n${lines.join('\n')}\n`);

  await page.getByTestId('nav-campaign').click();
  dialogs.dataFile.push(file);
  await page.getByTestId('campaign-import').click();
  await expect(page.getByTestId('campaign-table')).toBeVisible({ timeout: 30_000 });
  const result = await app.service.campaignResults(run.id, file);
  const all = result.segments.find((s) => s.segment === '(all)')!;
  const allRow = page.getByTestId('campaign-table').locator('tr', { hasText: 'All customers' });
  await expect(allRow).toContainText(`(${all.test.responders}/${all.test.customers})`);
  await expect(allRow).toContainText(`(${all.control.responders}/${all.control.customers})`);
  await expect(allRow).toContainText(all.zTest!.p < 0.001 ? '< 0.001' : all.zTest!.p.toFixed(3));
  await expect(allRow.locator('.ant-tag')).toHaveText('yes');
  const champions = result.segments.find((s) => s.segment === 'champions')!;
  await expect(page.getByTestId('campaign-table').locator('tr', { hasText: 'Champions' })).toContainText(
    `(${champions.test.responders}/${champions.test.customers})`,
  );

  // The planner: 5 % → 6 % at α 0.05 and power 0.8 needs 8,143 customers per group.
  await expect(page.getByTestId('plan-result')).toHaveText(
    '8,143 customers per group (16,286 in all) to detect 5.0% → 6.0%.',
  );
  await app.screenshot('campaign-results-en', { docs: true });

  // Groups for the next campaign: 30 % control within every segment, seed 7, saved as one CSV.
  const groups = join(tempDir(), 'groups.csv');
  dialogs.saveFile.push(groups);
  await page.getByTestId('groups-share').fill('30');
  await page.getByTestId('groups-seed').fill('7');
  await page.getByTestId('groups-save').click();
  await expect(page.getByText('Saved groups.csv')).toBeVisible();
  const drawn = readFileSync(groups, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(drawn[0]).toBe('Customer ID,Segment,Group');
  expect(drawn.length - 1).toBe(995);
  const controls = drawn.filter((l) => l.endsWith(',control'));
  const sizes = app.service.runDetails(run.id).result.segments;
  expect(controls.length).toBe(sizes.reduce((n, seg) => n + Math.round(0.3 * seg.customers), 0));
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(page.getByTestId('plan-result')).toContainText('每组需要 8,143 位客户');
  // The results stay through a language switch, now in Chinese.
  await expect(page.getByTestId('campaign-table').locator('tr', { hasText: '全部客户' })).toContainText(
    `(${all.test.responders}/${all.test.customers})`,
  );
  await page.getByTestId('plan-result').scrollIntoViewIfNeeded();
  await app.screenshot('campaign-results-zh-CN', { docs: true });
});
