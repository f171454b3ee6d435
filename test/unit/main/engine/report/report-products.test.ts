import { describe, expect, it } from 'vitest';
import { productsFinding } from '../../../../../src/main/engine/report/products-finding';
import { productsMethod, productsTerms } from '../../../../../src/main/engine/report/products-method';
import { productsSection } from '../../../../../src/main/engine/report/products-section';
import { reportText, type ReportInput } from '../../../../../src/main/engine/report/report-input';
import type { ItemStat, RunProducts } from '../../../../../src/shared/products';
import type { SegmentSummary } from '../../../../../src/shared/segments';
import { reportWords } from '../../../../helpers/report-files';

const stat = (key: string, name: string, share: number, lift: number, revenue: number): ItemStat => ({
  key,
  name,
  revenue,
  buyers: Math.round(share * 200),
  share,
  allBuyers: 0,
  allShare: share / lift,
  lift,
});

/** Two segments: the first buys a cake stand and bunting more often than anyone, the second nothing that stands out. */
const products: RunProducts = {
  runId: 1,
  needs: null,
  analysisDate: '2011-12-10',
  category: null,
  product: {
    level: 'product',
    items: 3665,
    customers: 4338,
    minBuyers: 5,
    segments: [
      {
        segment: 0,
        buyers: 200,
        byRevenue: [],
        byBuyers: [],
        distinctive: [
          stat('22423', 'REGENCY CAKESTAND 3 TIER', 0.405, 3.083, 12_345.678),
          stat('47566', 'PARTY BUNTING', 0.25, 2.351, 4_020.5),
        ],
        stopped: [
          {
            days: 90,
            items: [{ key: '85123A', name: 'WHITE HANGING HEART T-LIGHT HOLDER', customers: 12, share: 0.3 }],
          },
          {
            days: 180,
            items: [
              { key: '84879', name: 'ASSORTED COLOUR BIRD ORNAMENT', customers: 32, share: 0.2 },
              { key: '22197', name: 'POPCORN HOLDER', customers: 7, share: 0.1 },
            ],
          },
        ],
      },
      { segment: 1, buyers: 40, byRevenue: [], byBuyers: [], distinctive: [], stopped: [] },
    ],
  },
  excluded: {
    codes: [
      { key: 'POST', name: 'POSTAGE', lines: 1126, revenue: 77_803.96 },
      { key: 'M', name: 'Manual', lines: 290, revenue: 53_419.93 },
    ],
    lines: 1416,
    revenue: 131_223.89,
  },
};

const segment = (key: string, en: string, zh: string, customers: number) =>
  ({ key, name: { en, 'zh-CN': zh }, customers }) as SegmentSummary;
const segments = [segment('champions', 'Champions', '冠军客户', 210), segment('lost', 'Lost', '流失客户', 45)];
const input = {
  products,
  result: { segments },
  dataset: { roles: { productId: 'StockCode', productName: 'Description' }, currency: 'GBP' },
} as unknown as ReportInput;

describe('what each segment buys, in the report (a hand-made run)', () => {
  it('a table per segment: product (with its code), share of the segment’s buyers, times as often, revenue; stopped items; none when nothing stands out', () => {
    const html = productsSection(input, reportText('en', 'GBP'));
    expect(html).toContain('<h2>What each segment buys</h2>');
    expect(html).toContain(
      '<tr><td>REGENCY CAKESTAND 3 TIER <span class="muted">22423</span></td><td class="num">40.5%</td><td class="num">3.1×</td><td class="num">£12,345.68</td></tr>',
    );
    expect(html).toContain('<td class="num">2.4×</td><td class="num">£4,020.50</td>');
    const words = reportWords(html);
    expect(words).toContain('200 customers with a product purchase; products at least 5 of them bought:');
    expect(words).toContain(
      'Bought before and not in the last 180 days (customers): ASSORTED COLOUR BIRD ORNAMENT (32), POPCORN HOLDER (7)',
    );
    expect(words).toContain('No product sets this segment apart');
    const zh = reportWords(productsSection(input, reportText('zh-CN', 'GBP')));
    expect(zh).toContain('各分群购买什么');
    expect(zh).toContain('3.1倍');
    expect(zh).toContain(
      '以前买过、最近 180 天没有再买（客户数）：ASSORTED COLOUR BIRD ORNAMENT (32)、POPCORN HOLDER (7)',
    );
  });

  it('the method says what a product is and which codes were left out, with their lines and revenue', () => {
    const words = reportWords(productsMethod(input, reportText('en', 'GBP')));
    expect(words).toContain('A product is a product code (column StockCode), named by its most frequent description');
    expect(words).toContain(
      '2 codes in the data are not products (postage, carriage, manual lines, fees …) and were left out: 1,416 order lines, £131,223.89 of revenue.',
    );
    expect(words.replace(/\s+/g, ' ')).toContain(
      'POST POSTAGE 1,126 £77,803.96 M Manual 290 £53,419.93 Total 1,416 £131,223.89',
    );
    expect(words).toContain('at least 5 of the segment’s customers and 2% of those with a purchase');
    expect(reportWords(productsMethod(input, reportText('zh-CN', 'GBP')))).toContain(
      '共 1,416 个订单行，销售额 £131,223.89',
    );
  });

  it('the executive summary’s line for a segment, the terms defined; nothing for a run without products', () => {
    // The highest lift among items at least 5 % of the segment's buyers bought.
    expect(productsFinding(input, reportText('en', 'GBP'), segments[0])).toBe(
      'What sets Champions apart in their baskets: 40.5% of them bought REGENCY CAKESTAND 3 TIER, 3.1× as often as the average customer.',
    );
    expect(productsFinding(input, reportText('zh-CN', 'GBP'), segments[0])).toBe(
      '冠军客户的购物篮有何不同：40.5% 的客户买过REGENCY CAKESTAND 3 TIER，是平均客户的 3.1倍。',
    );
    const few = {
      ...products.product!.segments[0],
      distinctive: [stat('1', 'A', 0.03, 5, 1), stat('2', 'B', 0.06, 4, 1)],
    };
    const fewInput = { ...input, products: { ...products, product: { ...products.product!, segments: [few] } } };
    expect(productsFinding(fewInput as ReportInput, reportText('en', 'GBP'), segments[0])).toBe(
      'What sets Champions apart in their baskets: 6.0% of them bought B, 4× as often as the average customer.',
    );
    expect(productsFinding(input, reportText('en', 'GBP'), segments[1])).toBeNull();
    expect(productsTerms(input, reportText('en', 'GBP')).map(([term]) => term)).toEqual([
      'As often as the average customer (lift)',
      'Share of the segment’s buyers',
      'Sets a segment apart',
      'Stopped buying',
      'Not a product',
    ]);
    const none = { ...input, products: { ...products, needs: 'productOrCategory', product: null, excluded: null } };
    expect(productsSection(none as ReportInput, reportText('en', 'GBP'))).toBe('');
    expect(productsMethod(none as ReportInput, reportText('en', 'GBP'))).toBe('');
    expect(productsTerms(none as ReportInput, reportText('en', 'GBP'))).toEqual([]);
    expect(productsFinding(none as ReportInput, reportText('en', 'GBP'), segments[0])).toBeNull();
  });
});
