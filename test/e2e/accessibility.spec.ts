import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seededRandom } from '../../src/main/engine/cluster/seeded-random';
import { modelSpecSchema } from '../../src/shared/segments';
import type { Language } from '../../src/shared/schemas';
import { sharedData, tempDir } from '../helpers/paths';
import { axe, WCAG_TAGS } from './axe';
import { expect, test, type AppHarness } from './harness';
import { chooseOption } from './choose-option';
import { motionSettled } from './motion-settled';

/** WCAG 2.1 A and AA: what must hold. axe's best practices are run beside them and reported, not asserted. */
const TAGS = WCAG_TAGS;

interface Violation {
  id: string;
  impact: string;
  nodes: number;
  wcag: boolean;
  help: string;
  targets: string[];
}
interface Audit {
  page: string;
  violations: Violation[];
  /** Reported, not asserted: content this change does not own. */
  informational?: boolean;
}

const severe = (v: Violation) => v.impact === 'serious' || v.impact === 'critical';

/** Runs axe on what is on screen now and records every violation under `name`. */
async function audit(
  app: AppHarness,
  audits: Audit[],
  name: string,
  {
    include = [],
    exclude = [],
    page = app.page,
    informational = false,
  }: { include?: string[]; exclude?: string[]; page?: Page; informational?: boolean } = {},
) {
  await motionSettled(page); // antd's motion (modals, tabs, menus) settles first
  const builder = axe(page, [...TAGS, 'best-practice']);
  // A dialog or a part opened on a page already audited is audited alone: the page around it is unchanged.
  for (const selector of include) builder.include(selector);
  for (const selector of exclude) builder.exclude(selector);
  const result = await builder.analyze();
  audits.push({
    page: name,
    informational,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      nodes: v.nodes.length,
      wcag: v.tags.some((tag) => TAGS.includes(tag)),
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    })),
  });
}

/** One line per page: WCAG serious/critical (must be none), WCAG moderate/minor, best practices. */
function report(lang: string, audits: Audit[]): string {
  const list = (vs: Violation[]) => (vs.length ? vs.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ') : '—');
  const lines = audits.map((a) => {
    const wcag = a.violations.filter((v) => v.wcag);
    const bad = wcag.filter(severe);
    const mild = wcag.filter((v) => !severe(v));
    const best = a.violations.filter((v) => !v.wcag);
    return `  ${`${a.page}${a.informational ? ' (info)' : ''}`.padEnd(26)} serious/critical ${bad.length}: ${list(bad)} | moderate/minor ${mild.length}: ${list(mild)} | best practice ${best.length}: ${list(best)}`;
  });
  const seen = new Set<string>();
  const details = audits.flatMap((a) =>
    a.violations
      .filter((v) => !seen.has(v.id) && seen.add(v.id))
      .map(
        (v) =>
          `  ${v.id} (${v.impact}) on ${a.page}: ${v.help}\n${v.targets.map((x) => `      ${x.replace(/\s+/g, ' ')}`).join('\n')}`,
      ),
  );
  return `axe ${TAGS.join(', ')} (+ best-practice, not asserted) in ${lang}:\n${lines.join('\n')}\nFirst occurrence of each rule:\n${details.join('\n')}`;
}

/** A workspace with orders, Mall customers and one run of each model, made through the service; the UI then opens it from the recent list. */
async function prepare(app: AppHarness, lang: Language) {
  const { service } = app;
  const file = join(tempDir(), `a11y-${lang}.segdesk`);
  await service.createAt(file);
  const orders = await service.importFile(sharedData('rfm_data_orders.csv'));
  const cdnow = await service.importFile(sharedData('CDNOW_master.txt'));
  const mall = await service.importFile(sharedData('Mall_Customers.csv'), {
    kind: 'customers',
    roles: { customerId: 'CustomerID' },
  });
  const spec = (s: unknown) => modelSpecSchema.parse(s);
  await service.createRun(
    mall.id,
    spec({
      model: 'kmeans',
      k: 5,
      features: [{ field: 'Annual Income (k$)' }, { field: 'Spending Score (1-100)' }, { field: 'Age' }],
    }),
    { name: 'Mall clusters' },
  );
  await service.createRun(cdnow.id, spec({ model: 'clv', calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30' }), {
    name: 'CDNOW CLV',
  });
  // RFM at the end of 2005, then re-applied to the end of 2006: two runs to compare.
  const before = await service.createRun(
    orders.id,
    spec({ model: 'rfm', scheme: 'eleven', analysisDate: '2005-12-31' }),
    { name: 'Orders RFM 2005' },
  );
  const { run } = await service.reapplyRun(before.run.id, { analysisDate: '2006-12-31', name: 'Orders RFM' });
  // A seeded campaign against the RFM run (test 20 %, control 8 % response), kept in the workspace.
  const members = service.runMembers(run.id);
  const ids = members.getChild('customerId')!;
  const random = seededRandom(3);
  const lines = Array.from({ length: members.numRows }, (_, i) => {
    const inTest = random() < 0.5;
    return `"${ids.get(i)}",${inTest ? 'test' : 'control'},${random() < (inTest ? 0.2 : 0.08) ? 1 : 0}`;
  });
  const campaign = join(tempDir(), 'spring.csv');
  writeFileSync(campaign, `customer_id,group,responded\n${lines.join('\n')}\n`);
  await service.saveCampaign(run.id, campaign);
  await service.close();
  service.setLanguage(lang);
  return { file, runId: run.id };
}

/** Picks a run in a run select by its name. */
async function chooseRun(app: AppHarness, select: Locator, name: string) {
  await chooseOption(app.page, select, name);
}

test.describe.configure({ mode: 'parallel' });

for (const lang of ['en', 'zh-CN'] as const) {
  test(`axe finds no serious or critical violation on any main page (${lang})`, async ({ app }) => {
    // Every main page visited and audited (about a minute on 2 idle cores): the budget leaves room for a loaded machine.
    test.setTimeout(300_000);
    const { page, dialogs } = app;
    const audits: Audit[] = [];
    const zh = lang === 'zh-CN';
    const { runId } = await prepare(app, lang);

    // Welcome, with the workspace in the recent list; then the error dialog (a file that is not a workspace).
    await app.open();
    await expect(page.getByTestId('recent-item')).toBeVisible();
    await audit(app, audits, 'welcome');
    await app.screenshot(`a11y-welcome-${lang}`);
    const notWorkspace = join(tempDir(), 'not.segdesk');
    writeFileSync(notWorkspace, 'just text');
    dialogs.workspace.push(notWorkspace);
    await page.getByTestId('welcome-open').click();
    await expect(page.getByTestId('error-dialog')).toHaveAttribute('data-code', 'E_NOT_A_WORKSPACE');
    await audit(app, audits, 'error dialog', { include: ['[role="dialog"]'] });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('error-dialog')).toBeHidden();

    // The Overview (a workspace of orders opens on it): the figures, the findings, every chart.
    await page.getByTestId('recent-item').click();
    await expect(page.getByTestId('key-figures')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('trend-chart').locator('.echarts-for-react svg')).toBeVisible();
    await audit(app, audits, 'overview');

    // Data page: the preview grid, the column statistics, the import report.
    await page.getByTestId('nav-data').click();
    await expect(page.getByTestId('grid-total')).toBeVisible();
    await expect(page.getByTestId('row-grid').locator('tbody tr.ant-table-row').first()).toBeVisible();
    await audit(app, audits, 'data: rows');
    await page.getByRole('tab', { name: zh ? '列' : 'Columns' }).click();
    await expect(page.getByTestId('column-stats').locator('.echarts-for-react svg').first()).toBeVisible();
    await audit(app, audits, 'data: columns');
    await page.getByRole('tab', { name: zh ? '含义与类型' : 'Meanings' }).click();
    await expect(page.getByTestId('meanings-panel')).toBeVisible();
    await audit(app, audits, 'data: meanings');
    await page.getByRole('tab', { name: zh ? '导入报告' : 'Import report' }).click();
    await audit(app, audits, 'data: import report');

    // The import wizard, each step (then cancelled).
    dialogs.dataFile.push(sharedData('rfm_data_orders.csv'));
    await page.getByTestId('import-button').click();
    await expect(page.getByTestId('wizard-preview')).toBeVisible();
    await audit(app, audits, 'wizard: preview', { include: ['[role="dialog"]'] });
    await page.getByTestId('wizard-next').click();
    await expect(page.getByTestId('dataset-name')).toBeVisible();
    await audit(app, audits, 'wizard: meaning', { include: ['[role="dialog"]'] });
    await page.getByTestId('wizard-next').click();
    await expect(page.getByTestId('quality-report')).toBeVisible();
    await audit(app, audits, 'wizard: check', { include: ['[role="dialog"]'] });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('import-wizard')).toBeHidden();

    // Segments: the RFM overview (charts, personas), its charts' data tables, the members grid, the dialogs.
    await page.getByTestId('nav-segments').click();
    await expect(page.getByTestId('rfm-heatmap').locator('.echarts-for-react svg')).toBeVisible();
    await audit(app, audits, 'segments: RFM');
    // Every chart's data table open (the charts' text alternatives).
    const toggles = page.getByTestId('segments-page').getByTestId('chart-table-toggle');
    for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();
    await expect(page.getByTestId('chart-table')).toHaveCount(await toggles.count());
    await audit(app, audits, 'segments: RFM, tables', { include: ['[data-testid="chart-table"]'] });
    await page.getByTestId('members-grid').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('members-grid').locator('tbody tr.ant-table-row').first()).toBeVisible();
    await audit(app, audits, 'segments: members', { include: ['[data-testid="members-grid"]'] });
    await page.getByTestId('new-run').click();
    await expect(page.getByTestId('run-create')).toBeVisible();
    await audit(app, audits, 'segments: new run', { include: ['[role="dialog"]'] });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('run-create')).toBeHidden();
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-members-open').click();
    await expect(page.getByTestId('export-members')).toBeVisible();
    await audit(app, audits, 'segments: export dialog', { include: ['[role="dialog"]'] });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('export-members')).toBeHidden();
    await chooseRun(app, page.getByTestId('run-select'), 'CDNOW CLV');
    await expect(page.getByTestId('clv-cumulative').locator('.echarts-for-react svg')).toBeVisible();
    await audit(app, audits, 'segments: CLV');
    await chooseRun(app, page.getByTestId('run-select'), 'Mall clusters');
    await expect(page.getByTestId('cluster-scatter').locator('.echarts-for-react svg')).toBeVisible();
    await audit(app, audits, 'segments: clusters');

    // Compare the two RFM runs.
    await page.getByTestId('nav-compare').click();
    // The latest two runs are chosen at the start: RFM in 2005, then re-applied in 2006.
    await expect(page.getByTestId('compare-from')).toContainText('Orders RFM 2005');
    await expect(page.getByTestId('compare-to')).toContainText('Orders RFM');
    await page.getByTestId('compare-run').click();
    await expect(page.getByTestId('compare-sankey').locator('.echarts-for-react svg')).toBeVisible();
    await audit(app, audits, 'compare');

    // Campaigns: the saved results of the RFM run, the planner, the groups.
    await page.getByTestId('nav-campaign').click();
    await expect(page.getByTestId('campaign-table')).toBeVisible();
    await audit(app, audits, 'campaigns');

    // Reports: the list, then the report dialog with its preview.
    await page.getByTestId('nav-reports').click();
    await expect(page.getByTestId('reports-page')).toBeVisible();
    await audit(app, audits, 'reports');
    await page.getByTestId('reports-page').getByRole('button').first().click();
    await page.getByTestId('export-report-open').click();
    await expect(page.getByTestId('report-preview')).toBeVisible({ timeout: 30_000 });
    // The preview is a sandboxed frame (no scripts allowed), so axe cannot run inside it: the
    // dialog is audited around it, and the report's own HTML just below, in a page of its own.
    await audit(app, audits, 'reports: report dialog', {
      include: ['[role="dialog"]'],
      exclude: ['[data-testid="report-preview"]'],
    });
    await page.keyboard.press('Escape');
    const reportPage = await page.context().newPage();
    await reportPage.setContent(await app.service.reportHtml(runId, { lang, paper: 'a4' }));
    // The report's HTML and CSS are made in the main process (src/main/engine/report); held to the same rules.
    await audit(app, audits, 'report HTML', { page: reportPage });
    await reportPage.close();

    test.info().annotations.push({ type: 'axe', description: report(lang, audits) });
    for (const a of audits) {
      const bad = a.informational ? [] : a.violations.filter((v) => v.wcag && severe(v));
      expect.soft(bad, `${a.page} (${lang}): ${JSON.stringify(bad, null, 1)}`).toEqual([]);
    }
  });
}

test('the RFM overview charts have text alternatives: a summary, and a data table with the numbers the run stored', async ({
  app,
}) => {
  const { page, service } = app;
  await service.createAt(join(tempDir(), 'charts.segdesk'));
  const orders = await service.importFile(sharedData('rfm_data_orders.csv'));
  const { run } = await service.createRun(orders.id, modelSpecSchema.parse({ model: 'rfm', scheme: 'eleven' }), {
    name: 'Orders RFM',
  });
  const { result } = service.runDetails(run.id);
  const charts = result.charts!;
  const int = (v: number) => v.toLocaleString('en-US');
  const pct = (v: number) =>
    v.toLocaleString('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  await app.open();
  await page.getByTestId('nav-segments').click();

  /** The table under a chart, opened with its toggle: header cells and rows of cells (the row header first). */
  const openTable = async (testId: string) => {
    const chart = page.getByTestId(testId);
    await chart.getByTestId('chart-table-toggle').click();
    await expect(chart.getByTestId('chart-table-toggle')).toHaveAttribute('aria-expanded', 'true');
    const table = chart.getByTestId('chart-table');
    return {
      head: await table.locator('thead th').allInnerTexts(),
      rows: await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText))),
    };
  };

  // The R × F heat map: one row per R score, top down as drawn (5 first), one column per F score; customers per cell.
  const n = charts.customers.length;
  const heat = await openTable('rfm-heatmap');
  expect(heat.head).toEqual([
    'R score (higher = more recent) \\ F score',
    ...Array.from({ length: n }, (_, f) => String(f + 1)),
  ]);
  expect(heat.rows).toEqual(
    Array.from({ length: n }, (_, i) => [
      String(n - i),
      ...charts.customers[n - 1 - i].map((v) => (v === null ? '—' : int(v))),
    ]),
  );
  // Every customer is in one cell: the cells add up to the run's customers, the "All customers" row of the summary.
  const cells = heat.rows.flatMap((r) => r.slice(1)).map((c) => Number(c.replace(/,/g, '')) || 0);
  expect(cells.reduce((s, v) => s + v, 0)).toBe(result.customers);
  await expect(page.getByTestId('segment-summary').locator('tr', { hasText: 'All customers' })).toContainText(
    int(result.customers),
  );
  // Its summary names the fullest cell.
  const flat = charts.customers.flatMap((row, r) => row.map((v, f) => ({ r, f, v: v ?? -1 })));
  const top = flat.reduce((a, b) => (b.v > a.v ? b : a));
  await expect(page.getByTestId('rfm-heatmap').getByTestId('chart-image')).toHaveAttribute('role', 'img');
  await expect(page.getByTestId('rfm-heatmap').getByTestId('chart-image')).toHaveAttribute(
    'aria-label',
    `Recency × frequency: Customers (heat map). Largest: R score (higher = more recent) ${top.r + 1} · F score ${top.f + 1}, ${int(top.v)}. The numbers are in the data table under the chart.`,
  );
  await page.getByTestId('rfm-heatmap').scrollIntoViewIfNeeded();
  await app.screenshot('chart-table-heatmap-en');

  // Segment shares: one row per segment with customers, in the run's order; the same shares as the summary table.
  const shares = await openTable('segment-shares');
  const shown = result.segments.filter((s) => s.share > 0);
  expect(shares.head).toEqual(['Category', 'Customers', 'Revenue']);
  expect(shares.rows).toEqual(shown.map((s) => [s.name.en, pct(s.share), pct(s.revenueShare ?? 0)]));
  for (const s of shown)
    await expect(page.getByTestId('segment-summary').locator('tr', { hasText: s.name.en }).first()).toContainText(
      pct(s.share),
    );
  const most = shown.reduce((a, b) => (b.share > a.share ? b : a));
  await expect(page.getByTestId('segment-shares').getByTestId('chart-image')).toHaveAttribute(
    'aria-label',
    new RegExp(`Customers: largest at ${most.name.en}, ${pct(most.share).replace('.', '\\.')}\\.`),
  );

  // The three histograms: customers per bin, adding up to all customers.
  for (const dim of ['recency', 'frequency', 'monetary'] as const) {
    const hist = await openTable(`rfm-histogram-${dim}`);
    expect(hist.rows.map((r) => r[1])).toEqual(charts.histograms[dim].map((b) => int(b.count)));
    expect(charts.histograms[dim].reduce((s, b) => s + b.count, 0)).toBe(result.customers);
  }
  await page.getByTestId('segment-shares').scrollIntoViewIfNeeded();
  await app.screenshot('chart-table-shares-en');

  // Hidden again on a second press.
  await page.getByTestId('segment-shares').getByTestId('chart-table-toggle').click();
  await expect(page.getByTestId('segment-shares').getByTestId('chart-table')).toHaveCount(0);
});
