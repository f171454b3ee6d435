import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../../../src/main/cli/find-chromium';
import type { Overview } from '../../../../../src/shared/overview';
import { ordersSpecSchema } from '../../../../../src/shared/segments';
import { CHROMIUM_PATH } from '../../../../helpers/chromium';
import { RFM_ELEVEN } from '../../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { keepPages } from '../../../../helpers/report-files';
import { createTestService, type TestService } from '../../../../helpers/service';
import { pageTexts, squash } from '../../../../e2e/pdf-pages';

let t: TestService;
let retailId: number;
let rfmRunId: number;
let rulesRunId: number;
let ordersRunId: number;
let retail: Overview;
let tmall: Overview;

beforeAll(async () => {
  t = createTestService({ printPdf: chromiumPrinter(CHROMIUM_PATH) });
  await t.service.createAt(join(tempDir('segdesk-report-overview-'), 'overview.segdesk'));
  const data = await t.service.importFile(sharedData('online_retail_uci.csv.gz'));
  retailId = data.id;
  t.service.setDatasetCurrency(retailId, 'GBP');
  rfmRunId = (await t.service.createRun(retailId, RFM_ELEVEN)).run.id;
  const big = { field: 'monetary', op: 'range' as const, min: 5000, max: null };
  const rules = {
    model: 'rules' as const,
    frequency: 'orders' as const,
    rules: [{ key: 'big', name: { en: 'Big', 'zh-CN': '大客户' }, when: { all: [big] } }],
  };
  rulesRunId = (await t.service.createRun(retailId, rules)).run.id;
  retail = await t.service.overview(retailId);
  const orders = await t.service.importFile(sharedData('tmall_order_report.csv'));
  const { templates } = await t.service.ruleFields(orders.id);
  const value = templates.find((x) => x.key === 'order_value')!;
  ordersRunId = (await t.service.createRun(orders.id, ordersSpecSchema.parse({ model: 'orders', rules: value.rules })))
    .run.id;
  tmall = await t.service.overview(orders.id);
}, 300_000);
afterAll(async () => {
  await t?.service.dispose();
});

/** The report's part headings (h2), in order. */
const headings = (html: string) => [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);

/** A table row's number cells, found by its first cell. */
const rowOf = (html: string, label: string) => {
  const row = new RegExp(`<tr><td>${label.replace(/[()]/g, '\\$&')}</td>(.*?)</tr>`).exec(html);
  return row ? [...row[1].matchAll(/<td class="num">(.*?)<\/td>/g)].map((m) => m[1]) : null;
};

const figure = (o: Overview, key: string) => o.figures.find((f) => f.key === key)!;

describe('the Overview in the report of a run', () => {
  it('RFM on Online Retail, in English: the Overview right after the executive summary and before the segments, its figures the Overview’s', async () => {
    const html = await t.service.reportHtml(rfmRunId, { lang: 'en', paper: 'a4' });
    expect(headings(html).slice(0, 6)).toEqual([
      'Executive summary',
      'Contents',
      'Business overview',
      'Do customers come back?',
      'Who brings the revenue?',
      'Segment overview',
    ]);
    // The data run from 2010-12-01 to 2011-12-09, under 24 months: the whole history, as the app opens on it.
    expect(retail.period).toEqual({ from: '2010-12-01', until: '2011-12-09' });
    expect(html).toContain('The whole history, 2010-12-01 to 2011-12-09: there is no earlier period to compare with.');
    const int = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    const gbp = new Intl.NumberFormat('en', { style: 'currency', currency: 'GBP' });
    expect(rowOf(html, 'Customers')).toEqual([int.format(figure(retail, 'customers').value!)]);
    // The run's own totals: 4,338 customers, £8,911,407.90.
    expect(rowOf(html, 'Active customers')).toEqual(['4,338']);
    expect(rowOf(html, 'Revenue')).toEqual(['£8,911,407.90']);
    expect(rowOf(html, 'Orders')).toEqual([int.format(figure(retail, 'orders').value!)]);
    expect(rowOf(html, 'Average order value')).toEqual([gbp.format(figure(retail, 'aov').value!)]);
    expect(rowOf(html, 'Repeat-customer rate')).toEqual([`${(figure(retail, 'repeatRate').value! * 100).toFixed(1)}%`]);
    // 13 months of 2010-12 … 2011-12 and 13 cohorts; the top 20 % of 4,338 customers: 868.
    expect(retail.trend).toHaveLength(13);
    expect(html).toContain('Revenue and orders by month');
    expect(retail.cohorts!.map((c) => c.month)).toEqual([
      '2010-12',
      ...Array.from({ length: 12 }, (_, i) => `2011-${String(i + 1).padStart(2, '0')}`),
    ]);
    const top20 = retail.concentration!.top.find((p) => p.top === 0.2)!;
    expect(top20.customers).toBe(868);
    expect(html).toContain(`the top 20 % bring ${(top20.share * 100).toFixed(1)}%`);
    expect(html).toContain(
      `<tr><td>${retail.concentration!.largest[0].id}</td><td class="num">${gbp.format(retail.concentration!.largest[0].revenue)}</td>`,
    );
  });

  it('in Chinese: the same parts, in the same place', async () => {
    const html = await t.service.reportHtml(rfmRunId, { lang: 'zh-CN', paper: 'a4' });
    expect(headings(html).slice(0, 6)).toEqual([
      '执行摘要',
      '目录',
      '业务概览',
      '客户会回来吗？',
      '谁贡献了销售额？',
      '分群概览',
    ]);
    expect(rowOf(html, '活跃客户')).toEqual(['4,338']);
    expect(html).toContain('全部历史数据，2010-12-01 至 2011-12-09：没有更早的时段可以比较。');
  });

  it('a rules run: the Overview before its segments too', async () => {
    const html = await t.service.reportHtml(rulesRunId, { lang: 'en', paper: 'a4' });
    expect(headings(html).slice(2, 6)).toEqual([
      'Business overview',
      'Do customers come back?',
      'Who brings the revenue?',
      'Segment overview',
    ]);
    expect(rowOf(html, 'Revenue')).toEqual(['£8,911,407.90']);
  });

  it('an orders-only run (Tmall): the order panels only, said why', async () => {
    const html = await t.service.reportHtml(ordersRunId, { lang: 'zh-CN', paper: 'a4' });
    expect(tmall.hasCustomers).toBe(false);
    expect(headings(html).slice(0, 4)).toEqual(['执行摘要', '目录', '业务概览', '分群概览']);
    expect(html).toContain('这些订单没有客户ID');
    const int = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
    expect(rowOf(html, '订单数')).toEqual([int.format(figure(tmall, 'orders').value!)]);
    expect(rowOf(html, '客户数')).toBeNull();
    expect(html).not.toContain('客户会回来吗？');
  });
});

describe('the Overview-only report', () => {
  it('as HTML where the save dialog says, and as PDF to a file: page 1, the Overview, the method', async () => {
    const dir = tempDir('segdesk-overview-export-');
    t.dialogs.saveFile.push(join(dir, 'retail'));
    const saved = await t.service.exportOverview(retailId, { kind: 'auto' }, 'html', { lang: 'en', paper: 'a4' });
    expect(t.dialogs.savedAs.at(-1)).toEqual({ defaultName: 'online_retail_uci overview.html', kind: 'html' });
    const html = readFileSync(saved!.path, 'utf8');
    expect(headings(html)).toEqual([
      'Executive summary',
      'Contents',
      'Business overview',
      'Do customers come back?',
      'Who brings the revenue?',
      'How the overview is made',
      'Sources and licences',
    ]);
    expect(rowOf(html, 'Revenue')).toEqual(['£8,911,407.90']);
    // Cancelled: nothing written.
    expect(await t.service.exportOverview(retailId, { kind: 'all' }, 'html', { lang: 'en', paper: 'a4' })).toBeNull();
    const pdf = join(dir, 'overview-zh.pdf');
    await t.service.exportOverview(retailId, { kind: 'auto' }, 'pdf', { lang: 'zh-CN', paper: 'a4' }, pdf);
    const pages = pageTexts(pdf);
    expect(pages[0]).toContain(squash('业务概览报告'));
    expect(pages[1].startsWith(squash('业务概览'))).toBe(true);
    expect(pages.join('')).toContain(squash('概览的计算方法'));
  }, 120_000);
});

describe('the PDF report of an RFM run on Online Retail', () => {
  for (const lang of ['en', 'zh-CN'] as const)
    it(`in ${lang}: the Overview's pages right after the executive summary, before the segments`, async () => {
      const pdf = join(tempDir('segdesk-overview-pdf-'), `report-${lang}.pdf`);
      await t.service.exportReportTo(rfmRunId, 'pdf', { lang, paper: 'a4' }, pdf);
      const pages = pageTexts(pdf);
      const words =
        lang === 'en'
          ? [
              'Executive summary',
              'Business overview',
              'Do customers come back?',
              'Who brings the revenue?',
              'Segment overview',
            ]
          : ['执行摘要', '业务概览', '客户会回来吗？', '谁贡献了销售额？', '分群概览'];
      // Each heading's first page after page 1 (page 1 lists them all in the contents).
      const at = words.map((w) => pages.findIndex((p, i) => i > 0 && p.includes(squash(w))));
      expect(pages[0]).toContain(squash(words[0]));
      expect(at[1]).toBe(1);
      expect(at.slice(1).every((p, i, all) => p > 0 && (i === 0 || p >= all[i - 1]))).toBe(true);
      expect(pages[1].startsWith(squash(words[1]))).toBe(true);
      keepPages(pdf, `report-overview-${lang}`, [2, 3, 4, 5]);
    }, 120_000);
});
