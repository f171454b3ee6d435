import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type AppHarness } from './harness';
import { openOrdersRfmRun } from './open-orders-rfm-run';
import { RFM_ELEVEN } from '../helpers/orders-rfm-run';
import { repoRoot, sharedData, tempDir } from '../helpers/paths';
import { chooseOption } from './choose-option';

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

/** Prints the report from its dialog (preview first) to a PDF, and returns its text and its pages as PNG files. */
async function printReport(
  app: AppHarness,
  lang: 'zh-CN' | 'en',
  shot: string,
): Promise<{ text: string; fonts: string; pages: string[] }> {
  const { page, dialogs } = app;
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-report-open').click();
  const preview = page.frameLocator('[data-testid="report-preview"]');
  await expect(preview.locator('h1')).toHaveText(lang === 'zh-CN' ? '客户分群报告' : 'Customer segmentation report');
  await expect(preview.locator('figure.chart svg')).toHaveCount(5);
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
    copyFileSync(p, join(screens, `${shot}-${i + 1}.png`));
    // Pages 1–3 (cover, overview, charts) go into the README.
    if (process.env.UPDATE_DOCS === '1' && i < 3) copyFileSync(p, join(repoRoot, 'docs', `${shot}-${i + 1}.png`));
  });
  return { text, fonts, pages };
}

test.describe('exports from the Segments page', () => {
  test.setTimeout(120_000);

  test('the report, previewed and printed to PDF in Chinese and in English: segment names in the language, the totals, charts, page numbers', async ({
    app,
  }) => {
    const { page } = app;
    const run = await retailRun(app);
    await chooseOption(page, page.getByTestId('language-switch'), '简体中文', { exact: true });
    await expect(page.getByTestId('nav-segments')).toContainText('客户分群');
    const zh = await printReport(app, 'zh-CN', 'report-zh-CN');
    for (const s of run.segments) expect(zh.text).toContain(s.zh);
    expect(zh.text).toContain('共 4,338 位客户');
    expect(zh.text).toContain('£8,911,407.90');
    expect(zh.text).toMatch(/\s2 ?\/ ?\d+\s/);
    expect(zh.pages.length).toBeGreaterThanOrEqual(6);

    await chooseOption(page, page.getByTestId('language-switch'), 'English', { exact: true });
    await expect(page.getByTestId('nav-segments')).toContainText('Segments');
    const en = await printReport(app, 'en', 'report-en');
    for (const s of run.segments) expect(en.text).toContain(s.en);
    expect(en.text).toContain('4,338 customers in 12 segments');
    expect(en.text).toContain('Revenue £8,911,407.90');
    expect(en.text).not.toContain('冠军客户');
    // The Chinese is drawn with the report's embedded font, not one the machine happens to have.
    expect(zh.fonts).toContain('NotoSansSC');
    expect(zh.fonts).not.toContain('NotoSansCJK');
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
      'Customer ID,Segment,Days since last purchase,Purchases,Spend,R score,F score,M score,Order lines,Orders,First purchase,Last purchase,Days as a customer,Order value,Days between orders,Country',
    );
    expect(lines).toHaveLength(expected + 1);
    expect(lines.find((l) => l.startsWith('14646,'))).toMatch(/^14646,Champions,.*,Netherlands$/);

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
