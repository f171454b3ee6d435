import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/main/engine/cluster/seeded-random';
import { tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { expect, pickDay, test, workspaceWith } from './harness';

test('a campaign on a re-applied CDNOW run: a segment where nobody responded shows “—” with the reason, not a crash', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page, dialogs } = app;
  await workspaceWith(app, 'campaign-reapplied', [['CDNOW_master.txt', '69,659']]);
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await pickDay(app, 'run-analysis-date', '1997-12-31');
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-facts')).toContainText('analysed as of 1997-12-31');

  // Re-applied at the end of the data from the Compare page.
  await page.getByTestId('nav-compare').click();
  await page.getByTestId('reapply-open').click();
  await pickDay(app, 'reapply-date', '1998-06-30');
  await page.getByTestId('reapply-run').click();
  await expect.poll(() => app.service.current()!.runs.length, { timeout: 60_000 }).toBe(2);
  const reapplied = app.service.current()!.runs[1];

  // Campaigns on the re-applied run: 20 % control within every segment, seed 7.
  await page.getByTestId('nav-campaign').click();
  await expect(page.getByTestId('campaign-run')).toHaveText('RFM · 1998-06-30');
  const groups = join(tempDir(), 'groups.csv');
  dialogs.saveFile.push(groups);
  await page.getByTestId('groups-share').fill('20');
  await page.getByTestId('groups-seed').fill('7');
  await page.getByTestId('groups-save').click();
  await expect(page.getByText('Saved groups.csv')).toBeVisible();

  // The results: the groups file with a response and revenue per customer; nobody of Others (the
  // run's twelfth segment, segments[11]) responded, so their revenues are all 0 (no spread).
  const random = seededRandom(11);
  const [header, ...lines] = readFileSync(groups, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(header).toBe('Customer ID,Segment,Group');
  const results = lines.map((line) => {
    const test = line.endsWith(',test');
    const responded = !line.includes(',Others,') && random() < (test ? 0.12 : 0.06);
    return `${line},${responded ? 1 : 0},${responded ? (10 + Math.round(random() * 9000) / 100).toFixed(2) : '0'}`;
  });
  const file = join(tempDir(), 'summer-campaign.csv');
  writeFileSync(file, `${header},responded,revenue\n${results.join('\n')}\n`);
  const expected = await app.service.campaignResults(reapplied.id, file);
  const others = expected.segments.find((s) => s.segment === 'others')!;
  expect([others.test.responders, others.control.responders, others.revenue]).toEqual([
    0,
    0,
    { difference: 0, t: null, df: null, p: null },
  ]);

  dialogs.dataFile.push(file);
  await page.getByTestId('campaign-import').click();
  const table = page.getByTestId('campaign-table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  const row = table.locator('tr', { hasText: 'Others' });
  await expect(row).toContainText(`0.0% (0/${others.test.customers})`);
  await expect(row).toContainText(`0.0% (0/${others.control.customers})`);
  // Relative uplift, both p-values and "significant": "—" with the reason; revenue: a difference of 0, no test.
  await expect(row.getByTestId('why-noResponders')).toHaveCount(4);
  await expect(row.getByTestId('why-noResponders').first()).toHaveText('—nobody responded');
  await expect(row).toContainText('$0.00everyone spent the same');
  await row.getByTestId('why-noResponders').nth(1).hover();
  await expect(page.getByRole('tooltip')).toHaveText(
    'Cannot be worked out: nobody in this segment responded (in one group or in both), so there is nothing to compare.',
  );
  const champions = expected.segments.find((s) => s.segment === 'champions')!;
  await expect(table.locator('tr', { hasText: 'Champions' })).toContainText(
    `(${champions.test.responders}/${champions.test.customers.toLocaleString('en-US')})`,
  );
  await expect(page.getByText('An unexpected error occurred')).toHaveCount(0);
  await row.scrollIntoViewIfNeeded();
  await app.screenshot('campaign-reapplied-en');

  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  const rowZh = table.locator('tr', { hasText: '其他' });
  await expect(rowZh.getByTestId('why-noResponders').first()).toHaveText('—没有客户响应');
  await expect(rowZh).toContainText('每位客户金额相同');
  await rowZh.scrollIntoViewIfNeeded();
  await app.screenshot('campaign-reapplied-zh-CN');
});
