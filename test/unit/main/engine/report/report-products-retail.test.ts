import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../../../../src/shared/segments';
import { chromiumPrinter } from '../../../../../src/main/cli/find-chromium';
import { pageTexts, squash } from '../../../../e2e/pdf-pages';
import { CHROMIUM_PATH } from '../../../../helpers/chromium';
import { RFM_ELEVEN } from '../../../../helpers/orders-rfm-run';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { keepPages, keepReport, reportWords } from '../../../../helpers/report-files';
import {
  isDefaultNonProduct,
  RETAIL_PRODUCT_ROLES,
  retailLines,
  type RetailLine,
} from '../../../../helpers/retail-lines';
import { distinctiveProducts, topDistinctive } from '../../../../helpers/retail-products';
import { createTestService, type TestService } from '../../../../helpers/service';

let t: TestService;
let runId: number;
let result: RunResult;
let lines: RetailLine[];
const segmentOf = new Map<string, number>();
const html: Record<'en' | 'zh-CN', string> = { en: '', 'zh-CN': '' };

beforeAll(async () => {
  t = createTestService({ printPdf: chromiumPrinter(CHROMIUM_PATH) });
  await t.service.createAt(join(tempDir('segdesk-report-products-'), 'retail.segdesk'));
  const dataset = await t.service.importFile(sharedData('online_retail_uci.csv.gz'), {
    kind: 'transactions',
    roles: RETAIL_PRODUCT_ROLES,
  });
  t.service.setDatasetCurrency(dataset.id, 'GBP');
  const made = await t.service.createRun(dataset.id, RFM_ELEVEN);
  runId = made.run.id;
  result = made.result;
  const members = t.service.runMembers(runId);
  const ids = members.getChild('customerId')!;
  const segment = members.getChild('segment')!;
  for (let r = 0; r < members.numRows; r++) segmentOf.set(String(ids.get(r)), Number(segment.get(r)));
  lines = retailLines();
  for (const lang of ['en', 'zh-CN'] as const) {
    html[lang] = await t.service.reportHtml(runId, { lang, paper: 'a4' });
    keepReport(`retail-products-${lang}.html`, html[lang]);
  }
}, 180_000);
afterAll(async () => {
  await t?.service.dispose();
});

const pct = (lang: string, n: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
const gbp = (lang: string, n: number) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'GBP' }).format(n);
const times = (lang: string, lift: number) =>
  `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(Math.round(lift * 10) / 10)}${lang === 'en' ? '×' : '倍'}`;

describe('the report of an RFM run of Online Retail: what each segment buys', () => {
  it('each segment’s most distinctive product, as counted from the raw rows, heads its table (en, zh-CN)', () => {
    const products = lines.filter((l) => !isDefaultNonProduct(l.code));
    const keys = ['champions', 'loyal', 'hibernating'];
    for (const key of keys) {
      const s = result.segments.findIndex((seg) => seg.key === key);
      const top = topDistinctive(products, segmentOf, s);
      for (const lang of ['en', 'zh-CN'] as const) {
        const part = html[lang].split('<div class="keep segment-products">')[s + 1];
        expect(part.startsWith(`<h3><span class="sw" style="background:`), key).toBe(true);
        expect(part).toContain(`</span>${result.segments[s].name[lang]}</h3>`);
        // The first row of the segment's table.
        expect(/<tbody><tr>(.*?)<\/tr>/.exec(part)![1]).toBe(
          `<td>${top.name} <span class="muted">${top.code}</span></td><td class="num">${pct(lang, top.share)}</td><td class="num">${times(lang, top.lift)}</td><td class="num">${gbp(lang, top.revenue)}</td>`,
        );
      }
    }
    // Hand-checked: the Champions' product is bought by far more of them than of all customers.
    const champions = topDistinctive(products, segmentOf, 0);
    expect(champions.lift).toBeGreaterThan(2);
  });

  it('the persona cards say it in words, the method what was left out as not products, the definitions the terms', () => {
    const products = lines.filter((l) => !isDefaultNonProduct(l.code));
    const left = lines.filter((l) => isDefaultNonProduct(l.code));
    const leftRevenue = left.reduce((sum, l) => sum + l.quantity * l.price, 0);
    const codes = new Set(left.map((l) => l.code)).size;
    for (const lang of ['en', 'zh-CN'] as const) {
      const words = reportWords(html[lang]);
      const top = topDistinctive(products, segmentOf, 0);
      const [personas] = words.split(lang === 'en' ? 'Method and parameters' : '方法与参数').slice(-2);
      expect(personas.replace(/\s+/g, ' ')).toContain(
        lang === 'en' ? `What they buy Buys ${top.name}` : `购买偏好 购买${top.name}`,
      );
      expect(words).toContain(
        lang === 'en'
          ? `${codes} codes in the data are not products (postage, carriage, manual lines, fees …) and were left out: ${left.length.toLocaleString('en')} order lines, ${gbp('en', leftRevenue)} of revenue.`
          : `数据中有 ${codes} 个编码不是商品（邮费、运费、手工调整、手续费等），已排除：共 ${left.length.toLocaleString('en')} 个订单行，销售额 ${gbp('zh-CN', leftRevenue)}。`,
      );
      expect(words).toContain(lang === 'en' ? 'As often as the average customer (lift)' : '是平均客户的几倍（提升度）');
    }
    expect(reportWords(html.en)).toContain(
      'A product is a product code (column StockCode), named by its most frequent description (column Description',
    );
  });

  it('the executive summary says what sets the top segment by revenue apart in its baskets', () => {
    const front = /<section class="front">([\s\S]*?)<\/section>/.exec(html.en)![1];
    const earning = result.segments.reduce((a, b) => ((b.revenue ?? 0) > (a.revenue ?? 0) ? b : a));
    // The summary names, of the ten products that set it apart the most, the first at least 5 % of its buyers bought.
    const top = distinctiveProducts(
      lines.filter((l) => !isDefaultNonProduct(l.code)),
      segmentOf,
      result.segments.indexOf(earning),
    )
      .slice(0, 10)
      .find((p) => p.share >= 0.05)!;
    expect(reportWords(front)).toContain(
      `What sets ${earning.name.en} apart in their baskets: ${pct('en', top.share)} of them bought ${top.name}, ${times('en', top.lift)} as often as the average customer.`,
    );
  });

  for (const lang of ['en', 'zh-CN'] as const)
    it(`in a PDF (${lang}): the part after the segment overview, before the personas`, async () => {
      const pdf = join(tempDir('segdesk-products-pdf-'), `products-${lang}.pdf`);
      await t.service.exportReportTo(runId, 'pdf', { lang, paper: 'a4' }, pdf);
      const pages = pageTexts(pdf);
      const at = (w: string) => pages.findIndex((p, i) => i > 0 && p.includes(squash(w)));
      const [overview, buys, personas] = (
        lang === 'en'
          ? ['Segment overview', 'What each segment buys', 'Personas and playbook']
          : ['分群概览', '各分群购买什么', '客户画像与运营建议']
      ).map(at);
      expect(overview).toBeGreaterThan(0);
      expect(buys).toBeGreaterThanOrEqual(overview);
      expect(personas).toBeGreaterThan(buys);
      keepPages(pdf, `report-products-${lang}`, []);
    }, 120_000);
});
