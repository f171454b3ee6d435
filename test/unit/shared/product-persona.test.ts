import { describe, expect, it } from 'vitest';
import { buysSentence, productPersona, stoppedSentence, timesText } from '../../../src/shared/product-persona';
import type { ItemStat, LevelItems, RunProducts, SegmentItems } from '../../../src/shared/products';

const stat = (name: string, lift: number, key = name): ItemStat => ({
  key,
  name,
  revenue: 100,
  buyers: 10,
  share: 0.5,
  allBuyers: 100,
  allShare: 0.5 / lift,
  lift,
});

const segment = (distinctive: ItemStat[], stopped: SegmentItems['stopped'] = []): SegmentItems => ({
  segment: 0,
  buyers: 20,
  byRevenue: distinctive,
  byBuyers: distinctive,
  distinctive,
  stopped,
});

const level = (lvl: LevelItems['level'], segments: SegmentItems[], minBuyers = 5): LevelItems => ({
  level: lvl,
  items: 10,
  customers: 100,
  minBuyers,
  segments,
});

const run = (product: LevelItems | null, category: LevelItems | null = null): RunProducts => ({
  runId: 1,
  needs: null,
  analysisDate: '2011-12-10',
  product,
  category,
  excluded: null,
});

describe('timesText', () => {
  it('rounds a lift to one decimal, half away from zero, and drops a trailing .0', () => {
    expect(timesText(3.14159, 'en')).toBe('3.1×');
    expect(timesText(1.15, 'en')).toBe('1.2×');
    expect(timesText(2.96, 'en')).toBe('3×');
    expect(timesText(12.25, 'zh-CN')).toBe('12.3倍');
  });
});

describe('buysSentence', () => {
  it('names two products, each with its figure (en, zh-CN)', () => {
    const s = segment([stat('REGENCY CAKESTAND 3 TIER', 3.08), stat('PARTY BUNTING', 2.351)]);
    expect(buysSentence(s, 'en')).toBe(
      'Buys REGENCY CAKESTAND 3 TIER and PARTY BUNTING 3.1× and 2.4× as often as the average customer',
    );
    expect(buysSentence(s, 'zh-CN')).toBe(
      '购买REGENCY CAKESTAND 3 TIER和PARTY BUNTING的频率分别是平均客户的 3.1倍和2.4倍',
    );
  });

  it('says one figure when the items round alike, and at most three items', () => {
    const s = segment([stat('gifts', 3.1), stat('party goods', 3.12), stat('cards', 3.08), stat('toys', 3.1)]);
    expect(buysSentence(s, 'en')).toBe('Buys gifts, party goods, and cards 3.1× as often as the average customer');
    expect(buysSentence(s, 'zh-CN')).toBe('购买gifts、party goods和cards的频率是平均客户的 3.1倍');
  });

  it('says nothing of items not above 1.0× once rounded, nor of a segment with no distinctive item', () => {
    expect(buysSentence(segment([stat('A', 1.04), stat('B', 0.7)]), 'en')).toBeNull();
    expect(buysSentence(segment([]), 'zh-CN')).toBeNull();
    expect(buysSentence(segment([stat('A', 1.05), stat('B', 1.04)]), 'en')).toBe(
      'Buys A 1.1× as often as the average customer',
    );
  });
});

describe('stoppedSentence', () => {
  const stopped: SegmentItems['stopped'] = [
    { days: 90, items: [{ key: 'x', name: 'JUMBO BAG RED RETROSPOT', customers: 41, share: 0.5 }] },
    { days: 180, items: [{ key: 'y', name: 'WHITE HANGING HEART T-LIGHT HOLDER', customers: 1032, share: 0.3 }] },
  ];

  it('names the top item of the longest window, with its customers (en, zh-CN)', () => {
    expect(stoppedSentence(segment([], stopped), 'en')).toBe(
      'Stopped buying WHITE HANGING HEART T-LIGHT HOLDER: 1,032 customers who used to buy it have not in the last 180 days',
    );
    expect(stoppedSentence(segment([], stopped), 'zh-CN')).toBe(
      '不再购买WHITE HANGING HEART T-LIGHT HOLDER：1,032 位以前买过的客户最近 180 天没有再买',
    );
  });

  it('falls back to a shorter window, and says nothing under the fewest customers', () => {
    const few: SegmentItems['stopped'] = [
      stopped[0],
      { days: 180, items: [{ key: 'y', name: 'Y', customers: 3, share: 0.1 }] },
    ];
    expect(stoppedSentence(segment([], few), 'en', 5)).toBe(
      'Stopped buying JUMBO BAG RED RETROSPOT: 41 customers who used to buy it have not in the last 90 days',
    );
    expect(stoppedSentence(segment([], few), 'en', 50)).toBeNull();
    expect(stoppedSentence(segment([]), 'en')).toBeNull();
  });
});

describe('productPersona', () => {
  const bought = segment(
    [stat('PARTY BUNTING', 2.4)],
    [{ days: 90, items: [{ key: 'x', name: 'LUNCH BAG', customers: 12, share: 0.2 }] }],
  );

  it('says categories first, then products and what they stopped buying', () => {
    const categories = level('category', [segment([stat('Gifts & party goods', 3.1)])]);
    expect(productPersona(run(level('product', [bought]), categories), 0, 'en')).toEqual([
      'Buys Gifts & party goods 3.1× as often as the average customer',
      'Buys PARTY BUNTING 2.4× as often as the average customer',
      'Stopped buying LUNCH BAG: 12 customers who used to buy it have not in the last 90 days',
    ]);
  });

  it('says nothing for a run without products, or a segment it does not hold', () => {
    expect(productPersona({ ...run(null), needs: 'productOrCategory' }, 0, 'en')).toEqual([]);
    expect(productPersona(run(level('product', [bought])), 3, 'en')).toEqual([]);
  });
});
