import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedData } from '../helpers/paths';
import { expect, test, workspaceWith, type AppHarness } from './harness';
import { chooseAll, chooseOption } from './choose-option';

test('segment a dataset by RFM: 11 segments, then the 8 classes; summary, personas and playbook in both languages', async ({
  app,
}) => {
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
  await expect(page.getByTestId('rfm-heatmap').locator('.echarts-for-react svg')).toBeVisible();
  await expect(page.getByTestId('segment-shares').locator('.echarts-for-react svg')).toContainText('Champions');
  for (const dim of ['recency', 'frequency', 'monetary'])
    await expect(page.getByTestId(`rfm-histogram-${dim}`).locator('.echarts-for-react svg')).toBeVisible();
  await app.screenshot('segments-rfm-en', { docs: true });
  await page.getByTestId('heatmap-metric').getByText('Mean spend').click();
  await expect(page.getByTestId('rfm-heatmap').locator('.echarts-for-react svg')).toContainText('$');
  await page.getByTestId('segment-summary').scrollIntoViewIfNeeded();
  await app.screenshot('segments-rfm-table-en', { docs: true });
  await page.getByTestId('persona-cards').scrollIntoViewIfNeeded();
  await app.screenshot('segments-personas-en', { docs: true });

  // The members of one segment, a page at a time from the worker; search and sort there too.
  const members = page.getByTestId('members-grid');
  const championsCount = result.segments.find((s) => s.key === 'champions')!.customers;
  await chooseOption(page, page.getByTestId('members-segment'), `Champions (${championsCount})`, { exact: true });
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

  // The 11-segment table, edited: Champions renamed "Stars" and narrowed to R = 5; the run is re-made in place.
  await page.getByTestId('edit-run').click();
  await page.getByTestId('run-scheme').getByText('RFM · own score table').click();
  await expect(page.getByTestId('score-name')).toHaveCount(11);
  await page.getByTestId('score-name').first().fill('Stars');
  await page.getByTestId('score-r-lo').first().fill('5');
  await page.getByTestId('score-r-lo').first().press('Tab');
  await app.screenshot('segments-score-table-en', { docs: true });
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-edited')).toContainText('The run was re-made with your changes.');
  const scores = readFileSync(join(repoRoot, 'test', 'fixtures', 'rfm', 'rfm_data_orders_reference.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .filter((l) => !l.startsWith('#'))
    .map((l) => l.split(',').slice(5).map(Number));
  const stars = scores.filter(([r, f, m]) => r === 5 && f >= 4 && m >= 4).length;
  await expect(summary.locator('tr', { hasText: 'Stars' })).toContainText(String(stars));
  const edited = app.service.runDetails(run.id).spec;
  expect(edited.model === 'rfm' && [edited.scheme, edited.table?.length, edited.table?.[0]]).toEqual([
    'table',
    11,
    { key: 'champions', name: { en: 'Stars', 'zh-CN': '冠军客户' }, r: [5, 5], f: [4, 5], m: [4, 5] },
  ]);

  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await expect(summary).toContainText('冠军客户');
  // The English toast of the edit (8 s) went with the switch: none lingers over the Chinese page.
  expect(await page.getByTestId('run-edited').count()).toBe(0);
  await expect(champions.getByTestId('playbook')).not.toBeVisible();
  await expect(page.getByTestId('persona-card').filter({ hasText: '冠军客户' }).getByTestId('playbook')).toContainText(
    'VIP 等级',
  );
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
  await expect(
    page.getByTestId('persona-card').filter({ hasText: '重要价值客户' }).getByTestId('segment-notes'),
  ).toHaveValue('双十一前发 VIP 专属券；不打折。');
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
      await chooseOption(page, page.getByTestId('run-dataset'), dataset, { exact: true });
      await page.getByTestId('run-scheme').getByText(scheme).click();
      await page.getByTestId('run-create').click();
      await expect(page.getByTestId('run-facts')).toContainText(`${customers} customers in`);
      await expect(page.getByTestId('segment-summary').locator('tr', { hasText: first })).toBeVisible();
      await expect(page.getByTestId('segment-summary').locator('tr', { hasText: 'All customers' })).toContainText(
        customers,
      );
      // The cut points under each histogram, and a warning where ties left a score to no customer
      // (CDNOW: most customers bought once, so the F quantiles coincide).
      const runResult = app.service.runDetails(app.service.current()!.runs.at(-1)!.id).result;
      await expect(page.getByTestId('cuts-recency')).toContainText(
        `Cut points (a bin starts at each): ${runResult
          .bins!.recency.lower.slice(1)
          .map((v) => v!.toLocaleString('en-US'))
          .join(' · ')}`,
      );
      const emptyF = runResult.bins!.frequency.empty;
      if (shot === 'cdnow') expect(emptyF.length).toBeGreaterThan(0);
      if (emptyF.length > 0)
        await expect(page.getByTestId('bins-warning')).toContainText(`frequency (F) score ${emptyF.join(', ')}`);
      else await expect(page.getByTestId('bins-warning')).toHaveCount(0);
      await app.screenshot(`segments-${shot}-${scheme.includes('11') ? 'eleven' : 'eight'}-en`);
    }
  }
  expect(app.service.current()!.runs).toHaveLength(4);
});

/** The rule builder's card for the segment of that name. */
const ruleCard = (app: AppHarness, name: string) =>
  app.page.getByTestId('rule-segment').filter({ has: app.page.locator(`input[value="${name}"]`) });

/** Picks options of the antd select under `select`, typing each to find it in a long list. */
const choose = (app: AppHarness, select: ReturnType<AppHarness['page']['getByTestId']>, ...options: string[]) =>
  chooseAll(app.page, select, ...options);

test('segment customers by a ready-made template (education), with live counts, then see the personas', async ({
  app,
}) => {
  const { page } = app;
  await workspaceWith(app, 'Marketing', [['marketing_campaign.csv', '2,240']]);
  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  await page.getByTestId('run-scheme').getByText('Own rules').click();
  await choose(app, page.getByTestId('run-template'), 'Demographic · Education');
  await expect(ruleCard(app, 'Graduation').getByTestId('rule-count')).toHaveText('1,127 customers');
  await expect(ruleCard(app, 'PhD').getByTestId('rule-count')).toHaveText('486 customers');
  await app.screenshot('segments-template-en', { docs: true });
  await page.getByTestId('run-create').click();

  const summary = page.getByTestId('segment-summary');
  await expect(page.getByTestId('run-facts')).toContainText('2,240 customers in 5 segments');
  await expect(summary.locator('tr', { hasText: 'Graduation' })).toContainText('1,127');
  await expect(summary.locator('tr', { hasText: 'PhD' })).toContainText('486');
  // The persona names what sets PhDs apart: their education itself, and a spend column against the average.
  const phd = page.getByTestId('persona-card').filter({ hasText: 'PhD' });
  await expect(phd.getByTestId('persona-description')).toContainText('Mostly PhD');
  await expect(phd.getByTestId('persona-description')).toContainText('the average customer');
  await expect(page.getByTestId('run-select')).toContainText('Rules');
  await app.screenshot('segments-template-run-en');
});

test('build own rules (bands, AND/OR groups) with live counts, run them, rename a segment, undo, edit a rule and re-run', async ({
  app,
}) => {
  const { page } = app;
  await workspaceWith(app, 'Own rules', [['marketing_campaign.csv', '2,240']]);
  // The raw file, counted independently: age on 2014-12-31, education, marital status, income.
  const lines = readFileSync(sharedData('marketing_campaign.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split('\t'));
  const people = lines.map((c) => ({
    age: 2014 - Number(c[1]),
    education: c[2],
    marital: c[3],
    income: c[4] === '' ? NaN : Number(c[4]),
  }));
  const youngGrad = (p: (typeof people)[number]) =>
    p.age >= 18 && p.age < 36 && p.education === 'Graduation' && (p.marital === 'Single' || p.income >= 80000);
  const lows = [18, 26, 36, 46, 56];
  const band = (p: (typeof people)[number]) => lows.findLastIndex((lo) => p.age >= lo);

  await page.getByTestId('nav-segments').click();
  await page.getByTestId('new-run').click();
  const day = page.getByTestId('run-analysis-date');
  await day.click();
  await day.fill('2014-12-31');
  await day.press('Enter');
  await expect(day).toHaveValue('2014-12-31');
  await page.getByTestId('run-scheme').getByText('Own rules').click();
  await expect(page.getByTestId('rule-builder')).toBeVisible();

  // Age bands at the user's edges, from the binning helper.
  await page.getByTestId('rule-bands').click();
  await choose(app, page.getByTestId('bands-field'), 'age');
  await page.getByTestId('bands-edges').fill('18, 26, 36, 46, 56');
  await page.getByTestId('bands-make').click();
  await expect(page.getByTestId('rule-segment')).toHaveCount(5);
  for (const [i, name] of ['Age 18–25', 'Age 26–35', 'Age 36–45', 'Age 46–55', 'Age 56 and more'].entries()) {
    const n = people.filter((p) => band(p) === i).length;
    await expect(ruleCard(app, name).getByTestId('rule-count')).toHaveText(`${n.toLocaleString('en-US')} customers`);
  }

  // An own segment: age 18–35 AND education Graduation AND (single OR income ≥ 80,000), moved to the top.
  await page.getByTestId('rule-add-segment').click();
  const own = page.getByTestId('rule-segment').last();
  await expect(page.getByTestId('rule-incomplete')).toBeVisible();
  await own.getByTestId('rule-name').fill('Young graduates');
  await choose(app, own.getByTestId('rule-field'), 'Education');
  await choose(app, own.getByTestId('rule-values'), 'Graduation');
  await own.getByTestId('rule-add-condition').first().click();
  await choose(app, own.getByTestId('rule-condition').nth(1).getByTestId('rule-field'), 'age');
  await own.getByTestId('rule-condition').nth(1).getByTestId('rule-min').fill('18');
  await own.getByTestId('rule-condition').nth(1).getByTestId('rule-max').fill('36');
  await own.getByTestId('rule-add-group').first().click();
  const group = own.getByTestId('rule-group').nth(1);
  await expect(group.getByTestId('rule-join')).toContainText('Any of (OR)');
  await choose(app, group.getByTestId('rule-field'), 'Marital_Status');
  await choose(app, group.getByTestId('rule-values'), 'Single');
  await group.getByTestId('rule-add-condition').click();
  await choose(app, group.getByTestId('rule-condition').nth(1).getByTestId('rule-field'), 'Income');
  await group.getByTestId('rule-condition').nth(1).getByTestId('rule-min').fill('80000');
  await group.getByTestId('rule-condition').nth(1).getByTestId('rule-max').fill('');
  for (let k = 0; k < 5; k++)
    await page
      .getByTestId('rule-segment')
      .filter({ has: page.locator('input[value="Young graduates"]') })
      .getByLabel('Move up')
      .click();
  await expect(page.getByTestId('rule-segment').first().getByTestId('rule-name')).toHaveValue('Young graduates');
  const young = people.filter(youngGrad).length;
  await expect(ruleCard(app, 'Young graduates').getByTestId('rule-count')).toHaveText(`${young} customers`);
  const restOf = (i: number) => people.filter((p) => !youngGrad(p) && band(p) === i).length;
  await expect(ruleCard(app, 'Age 26–35').getByTestId('rule-count')).toHaveText(
    `${restOf(1).toLocaleString('en-US')} customers`,
  );
  await expect(page.getByTestId('rule-others')).toContainText(
    `Others: ${people.filter((p) => p.age < 18).length} customers`,
  );
  await app.screenshot('segments-rule-builder-en', { docs: true });
  await page.getByTestId('run-create').click();

  const summary = page.getByTestId('segment-summary');
  await expect(summary.locator('tr', { hasText: 'Young graduates' })).toContainText(String(young));
  await expect(summary.locator('tr', { hasText: 'Age 26–35' })).toContainText(restOf(1).toLocaleString('en-US'));
  const runId = app.service.current()!.runs[0].id;

  // Renaming a segment re-runs in the worker (the run keeps its id); undo puts the name back.
  await summary.locator('tr', { hasText: 'Young graduates' }).getByTestId('rename-segment').click();
  await page.getByTestId('rename-zh').fill('年轻毕业生');
  await page.getByTestId('rename-en').fill('Young grads');
  await page.getByTestId('rename-ok').click();
  await expect(page.getByTestId('run-edited')).toContainText('Renamed to “Young grads”.');
  await expect(summary.locator('tr', { hasText: 'Young grads' })).toContainText(String(young));
  expect(app.service.current()!.runs.map((r) => [r.id, r.revision])).toEqual([[runId, 2]]);
  await app.screenshot('segments-renamed-en');
  await page.getByTestId('run-undo').click();
  await expect(page.getByTestId('run-edited')).toContainText('Your change was undone.');
  await expect(summary.locator('tr', { hasText: 'Young graduates' })).toBeVisible();
  await expect(summary.locator('tr', { hasText: 'Young grads' })).toHaveCount(0);

  // Editing a rule: drop the 56+ band; its customers go to Others.
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('rule-segment')).toHaveCount(6);
  await ruleCard(app, 'Age 56 and more').getByTestId('rule-remove').click();
  await expect(page.getByTestId('rule-others')).toContainText(
    `Others: ${(people.filter((p) => p.age < 18).length + restOf(4)).toLocaleString('en-US')} customers`,
  );
  await page.getByTestId('run-create').click();
  await expect(page.getByTestId('run-edited')).toContainText('The run was re-made with your changes.');
  await expect(summary.locator('tr', { hasText: 'Others' })).toContainText(
    (people.filter((p) => p.age < 18).length + restOf(4)).toLocaleString('en-US'),
  );
  await expect(summary.locator('tr', { hasText: 'Age 56 and more' })).toHaveCount(0);
  expect(app.service.current()!.runs.map((r) => [r.id, r.revision])).toEqual([[runId, 4]]);

  // The builder in Chinese.
  await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('rule-join').first()).toContainText('全部满足（与）');
  // A name typed in English serves Chinese too while Chinese has none of its own.
  await expect(page.getByTestId('rule-name').first()).toHaveValue('Young graduates');
  await expect(page.getByTestId('rule-others')).toContainText('其他');
  await app.screenshot('segments-rule-builder-zh-CN');
});
