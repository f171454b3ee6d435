import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type AppHarness } from './harness';
import { openOrdersRfmRun } from './open-orders-rfm-run';
import { RFM_ELEVEN } from '../helpers/orders-rfm-run';
import { repoRoot, sharedData, tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';
import { pageFills, pageTexts, squash } from './pdf-pages';

/** A workspace with Online Retail (money in pounds) and an RFM run of it, made through the service; then the app opened on it. */
async function retailRun(
  app: AppHarness,
): Promise<{ customers: number; segments: { en: string; zh: string; customers: number }[] }> {
  await app.service.createAt(join(tempDir(), 'Retail.segdesk'));
  const retail = await app.service.importFile(sharedData('online_retail_uci.csv.gz'));
  app.service.setDatasetCurrency(retail.id, 'GBP');
  const { result } = await app.service.createRun(retail.id, RFM_ELEVEN);
  await app.open();
  await app.page.getByTestId('nav-segments').click();
  await expect(app.page.getByTestId('run-facts')).toContainText('4,338');
  return {
    customers: result.customers,
    segments: result.segments
      .filter((s) => s.customers > 0)
      .map((s) => ({ en: s.name.en, zh: s.name['zh-CN'], customers: s.customers })),
  };
}

/** The UK Excel sample (money in pounds) and an RFM run of it, made through the service; then the app opened on it. */
async function sampleRun(app: AppHarness): Promise<{ segments: { en: string; zh: string }[] }> {
  await app.service.createAt(join(tempDir(), 'Gifts.segdesk'));
  const sample = await app.service.importFile(sharedData('online_retail_sample40k.xlsx'));
  app.service.setDatasetCurrency(sample.id, 'GBP');
  const { result } = await app.service.createRun(sample.id, RFM_ELEVEN);
  await app.open();
  await app.page.getByTestId('nav-segments').click();
  await expect(app.page.getByTestId('run-facts')).toContainText('3,591');
  return {
    segments: result.segments.filter((s) => s.customers > 0).map((s) => ({ en: s.name.en, zh: s.name['zh-CN'] })),
  };
}

/** The report's title page as the user fills it in the dialog. */
interface TitlePage {
  title: string;
  client: string;
  author: string;
}

/**
 * Opens the report dialog, fills its title page (and chooses the logo when there is none), and
 * checks the preview: the title, five charts each with its title. Leaves the dialog open.
 */
async function fillReport(app: AppHarness, page1: TitlePage): Promise<void> {
  const { page, dialogs } = app;
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-report-open').click();
  for (const [key, value] of Object.entries(page1)) await page.getByTestId(`report-${key}`).fill(value);
  if ((await page.getByTestId('report-logo').count()) === 0) {
    dialogs.imageFile.push(join(repoRoot, 'test', 'fixtures', 'report-logo.svg'));
    await page.getByTestId('report-logo-choose').click();
  }
  await expect(page.getByTestId('report-logo')).toBeVisible();
  const preview = page.frameLocator('[data-testid="report-preview"]');
  await expect(preview.locator('h1')).toHaveText(page1.title);
  await expect(preview.locator('img.logo')).toHaveCount(1);
  // Every chart is titled: the Overview's five, the shares, the R × F grid and the three histograms.
  await expect(preview.locator('figure.chart svg')).toHaveCount(10);
  await expect(preview.locator('figure.chart > h3.chart-title')).toHaveCount(10);
  for (const title of await preview.locator('figure.chart > h3.chart-title').allTextContents())
    expect(title.trim().length).toBeGreaterThan(10);
}

/**
 * Saves the report from its open dialog to a PDF; returns its text (all and by page), its fonts,
 * how full each page is, and its pages as PNG files (kept in test-results/screens, pages 1–3 in docs/
 * with UPDATE_DOCS=1).
 */
async function printReport(
  app: AppHarness,
  lang: 'zh-CN' | 'en',
): Promise<{ text: string; pageText: string[]; fonts: string; fills: number[]; pages: string[] }> {
  const { page, dialogs } = app;
  await app.screenshot(`report-preview-${lang}`, { docs: true });
  const dir = tempDir('segdesk-pdf-');
  const pdf = join(dir, `report-${lang}`);
  dialogs.saveFile.push(pdf);
  await page.getByTestId('report-save-pdf').click();
  await expect(
    page.getByText(`Saved report-${lang}.pdf.`).or(page.getByText(`已保存 report-${lang}.pdf。`)),
  ).toBeVisible({ timeout: 30_000 });
  const text = execFileSync('pdftotext', ['-layout', `${pdf}.pdf`, '-'], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [`${pdf}.pdf`], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', '60', '-png', `${pdf}.pdf`, join(dir, 'page')]);
  const pages = readdirSync(dir)
    .filter((f) => f.startsWith('page'))
    .sort()
    .map((f) => join(dir, f));
  const screens = join(repoRoot, 'test-results', 'screens');
  mkdirSync(screens, { recursive: true });
  pages.forEach((p, i) => {
    copyFileSync(p, join(screens, `report-${lang}-${i + 1}.png`));
    // Pages 1–3 (executive summary, segments, charts) go into the README.
    if (process.env.UPDATE_DOCS === '1' && i < 3)
      copyFileSync(p, join(repoRoot, 'docs', `report-${lang}-${i + 1}.png`));
  });
  return { text, pageText: pageTexts(`${pdf}.pdf`), fonts, fills: pageFills(`${pdf}.pdf`), pages };
}

/** What every printed report must be: no raw JSON, no page but the last under a third full. */
function expectClientReady(report: { text: string; fills: number[] }): void {
  expect(report.text).not.toContain('{"');
  expect(report.text).not.toMatch(/"model":|&quot;/);
  const underThird = report.fills.slice(0, -1).flatMap((f, i) => (f < 1 / 3 ? [`page ${i + 1}: ${f.toFixed(2)}`] : []));
  expect(underThird).toEqual([]);
}

test.describe('exports from the Segments page', () => {
  test.setTimeout(120_000);

  test('the report of the UK Excel sample, titled in the dialog and printed to PDF in Chinese and in English: an executive summary on page 1, titled charts, no JSON, no page under a third full', async ({
    app,
  }) => {
    // Two reports made, previewed and printed: give a loaded machine time.
    test.setTimeout(240_000);
    const { page } = app;
    const run = await sampleRun(app);
    await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
    await expect(page.getByTestId('nav-segments')).toContainText('客户分群');
    const zhPage1 = { title: '年度客户分析报告', client: 'Acme 礼品有限公司', author: '王伟' };
    await fillReport(app, zhPage1);
    const zh = await printReport(app, 'zh-CN');
    // Page 1: the title page, the executive summary with its findings, the contents.
    const zh1 = zh.pageText[0];
    for (const words of [
      '年度客户分析报告',
      '委托方',
      'Acme 礼品有限公司',
      '王伟',
      '执行摘要',
      '共 3,591 位客户购买了 £',
      '冠军客户贡献的销售额最多',
      '正在流失（不能失去的客户、有流失风险）',
      '优先行动',
      '目录',
    ])
      expect(zh1).toContain(squash(words));
    // Page 2 opens the Overview: the business at a glance, its findings with the top 20 % of 3,591 customers (718).
    expect(zh.pageText[1].startsWith(squash('业务概览'))).toBe(true);
    expect(squash(zh.text)).toContain(squash('前 20% 的客户（718 位）贡献了'));
    for (const s of run.segments) expect(zh.text).toContain(s.zh);
    expect(zh.text).toMatch(/\s2 ?\/ ?\d+\s/);
    expectClientReady(zh);
    // The Chinese is drawn with the report's embedded font, not one the machine happens to have.
    expect(zh.fonts).toContain('NotoSansSC');
    expect(zh.fonts).not.toContain('NotoSansCJK');

    // Kept with the run: the dialog opens again on the same title page and logo.
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-report-open').click();
    for (const [key, value] of Object.entries(zhPage1))
      await expect(page.getByTestId(`report-${key}`)).toHaveValue(value);
    await expect(page.getByTestId('report-logo')).toBeVisible();
    await page.keyboard.press('Escape');

    await chooseOption(page, page.getByTestId('language-switch'), 'English', { exact: true });
    await expect(page.getByTestId('nav-segments')).toContainText('Segments');
    await fillReport(app, { title: 'Customers 2011: who to keep', client: 'Acme Gifts Ltd', author: 'Jo Bloggs' });
    const en = await printReport(app, 'en');
    const en1 = en.pageText[0];
    for (const words of [
      'Customers 2011: who to keep',
      'Prepared for',
      'Acme Gifts Ltd',
      'Executive summary',
      '3,591 customers bought for £',
      'Champions bring the most revenue',
      "are slipping away (Can't Lose Them, At Risk)",
      'What to do first: for',
      'Contents',
    ])
      expect(en1).toContain(squash(words));
    expect(en.pageText[1].startsWith(squash('Business overview'))).toBe(true);
    expect(squash(en.text)).toContain(squash('Your top 20% of customers (718) bring'));
    for (const s of run.segments) expect(en.text).toContain(s.en);
    expect(en.text).not.toContain('冠军客户');
    expectClientReady(en);
    // Latin text in the embedded Latin font (its apostrophes are not a CJK font's full-width ones).
    expect(en.fonts).toMatch(/NotoSans-Regular/);
  });

  test('a target list from the export dialog (two segments, an extra column, GBK) and a chart saved as PNG and SVG', async ({
    app,
  }) => {
    const { page, dialogs } = app;
    const run = await retailRun(app);
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-members-open').click();
    const dialog = page.getByTestId('export-members');
    await expect(dialog.getByTestId('export-columns').getByText('Customer ID')).toBeVisible();
    await chooseOption(page, page.getByTestId('export-segments'), 'Champions');
    await chooseOption(page, page.getByTestId('export-segments'), "Can't Lose Them");
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Country').check();
    await chooseOption(page, page.getByTestId('export-encoding'), 'GBK');
    await app.screenshot('export-members-en', { docs: true });
    const out = join(tempDir('segdesk-list-'), 'vip.csv');
    dialogs.saveFile.push(out);
    await page.getByTestId('export-members-save').click();
    const expected =
      run.segments.find((s) => s.en === 'Champions')!.customers +
      run.segments.find((s) => s.en === "Can't Lose Them")!.customers;
    await expect(page.getByText(`Saved ${expected.toLocaleString('en-US')} customers to vip.csv.`)).toBeVisible({
      timeout: 30_000,
    });
    const lines = new TextDecoder('gbk').decode(readFileSync(out)).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Customer ID,Segment,Days since last purchase,Purchases,Spend (GBP),R score,F score,M score,Order lines,Orders,First purchase,Last purchase,Days as a customer,Order value (GBP),Days between orders,Country',
    );
    expect(lines).toHaveLength(expected + 1);
    expect(lines.find((l) => l.startsWith('14646,'))).toMatch(/^14646,Champions,.*,Netherlands$/);
    // Rounded for people: spend and order value in pence, days between orders with one decimal.
    expect(lines.find((l) => l.startsWith('14646,'))).toBe(
      '14646,Champions,2,73,280206.02,5,5,5,2076,73,2010-12-20 10:09:00,2011-12-08 12:12:00,355,3838.44,4.9,Netherlands',
    );

    // The segment summary as CSV and as a workbook, from the export menu.
    for (const format of ['csv', 'xlsx'] as const) {
      dialogs.saveFile.push(join(tempDir('segdesk-summary-'), `summary.${format}`));
      await page.getByTestId('export-menu').click();
      await page.getByTestId(`export-summary-${format}`).click();
      await expect(page.getByText(`Saved summary.${format}.`)).toBeVisible({ timeout: 30_000 });
    }

    // A chart saved as PNG (drawn at twice the size) and as SVG.
    const png = join(tempDir('segdesk-chart-'), 'heatmap.png');
    const svg = join(tempDir('segdesk-chart-'), 'heatmap.svg');
    const heatmap = page.getByTestId('rfm-heatmap');
    for (const [path, item, check] of [
      [
        png,
        'Save chart as PNG',
        (b: Buffer) => expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      ],
      [
        svg,
        'Save chart as SVG',
        (b: Buffer) =>
          expect(b.toString('utf8')).toMatch(
            /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*>1<\/text>[\s\S]*<\/svg>$/,
          ),
      ],
    ] as const) {
      dialogs.saveFile.push(path.replace(/\.\w+$/, ''));
      await heatmap.hover();
      await heatmap.getByTestId('chart-save').click();
      await page.getByRole('menuitem', { name: item }).click();
      await expect(page.getByText(`Saved ${path.split('/').pop()}.`)).toBeVisible();
      check(readFileSync(path));
    }
    expect(dialogs.savedAs.slice(-2).map((s) => s.kind)).toEqual(['png', 'svg']);
    rmSync(png);
  });

  test('personal columns are detected and masked by default once chosen; any text column can be masked', async ({
    app,
  }) => {
    const { page, dialogs } = app;
    await openOrdersRfmRun(app);
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-members-open').click();
    const dialog = page.getByTestId('export-members');
    for (const column of ['first_name', 'last_name', 'email'])
      await dialog.getByTestId('export-columns').getByLabel(column).check();
    const mask = dialog.getByTestId('export-mask');
    // Detected: the name columns and the e-mail addresses, ticked; untick last_name to keep it.
    for (const column of ['first_name', 'last_name', 'email']) await expect(mask.getByLabel(column)).toBeChecked();
    await mask.getByLabel('last_name').uncheck();
    await app.screenshot('export-members-mask-en', { docs: true });
    const out = join(tempDir('segdesk-list-'), 'masked.csv');
    dialogs.saveFile.push(out);
    await page.getByTestId('export-members-save').click();
    await expect(page.getByText('Saved 995 customers to masked.csv.')).toBeVisible({ timeout: 30_000 });
    const lines = readFileSync(out, 'utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(996);
    expect(lines[0].endsWith(',first_name,last_name,email')).toBe(true);
    expect(lines.find((l) => l.startsWith('Brion Stark,'))).toMatch(/,B\*\*\*\*,Stark,b\*\*\*@rfmail\.com$/);

    // The Reports page lists the runs; a report saved from there as HTML is the same standalone document.
    await page.getByTestId('nav-reports').click();
    await expect(page.getByTestId('reports-page')).toContainText(
      `RFM · ${app.service.current()!.runs[0].analysisDate}`,
    );
    await app.screenshot('reports-page-en', { docs: true });
    await page.getByTestId('reports-export-1').click();
    await page.getByTestId('export-report-open').click();
    await expect(page.frameLocator('[data-testid="report-preview"]').locator('h1')).toHaveText(
      'Customer segmentation report',
    );
    const html = join(tempDir('segdesk-html-'), 'report');
    dialogs.saveFile.push(html);
    await page.getByTestId('report-save-html').click();
    await expect(page.getByText('Saved report.html.')).toBeVisible({ timeout: 30_000 });
    const doc = readFileSync(`${html}.html`, 'utf8');
    expect(doc).toContain('<title>Customer segmentation report · RFM · 11 · rfm_data_orders</title>');
    expect(doc).toContain('995 customers in 12 segments');
  });
});
