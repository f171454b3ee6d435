import { describe, expect, it } from 'vitest';
import type { CustomerField } from '../../../../../src/main/engine/features/customer-table';
import type { Segmentation } from '../../../../../src/main/engine/models/rfm';
import { personas } from '../../../../../src/main/engine/profile/personas';

const num = (name: string, values: number[], kind: 'number' | 'date' = 'number'): CustomerField => ({
  name,
  kind,
  values: Float64Array.from(values),
});
const segmentation = (segment: number[]): Segmentation => ({
  segments: [...new Set(segment)].map((s) => ({ key: `s${s}`, name: { en: `S${s}`, 'zh-CN': `S${s}` } })),
  segment: Int32Array.from(segment),
});

/** Six customers: the first three in segment 0, the others in segment 1. */
const SIX = {
  ids: ['a', 'b', 'c', 'd', 'e', 'f'],
  fields: [
    { name: 'channel', kind: 'category', codes: Int32Array.from([0, 0, 1, 1, 1, -1]), labels: ['web', 'shop'] },
    num('monetary', [100, 200, 300, 10, 20, 30]),
    num('gap', [7, 7, 7, Number.NaN, 28, 28]),
    num('recency', [5, 5, 5, 5, 5, 5]),
    num('lastPurchase', [1, 2, 3, 4, 5, 6], 'date'),
  ] satisfies CustomerField[],
};
// Sample standard deviations over all customers: spend √(68800 / 5), gap √(529.2 / 4).
/** Numbers rounded to 12 decimals (a lift is a ratio of ratios). */
const rounded = <T>(x: T): T =>
  JSON.parse(JSON.stringify(x, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(12)) : v))) as T;
const SPEND_SD = Math.sqrt(68_800 / 5);
const GAP_SD = Math.sqrt(529.2 / 4);

describe('personas', () => {
  const [first, second] = personas(SIX, segmentation([0, 0, 0, 1, 1, 1]));

  it('gives each category value’s share in the segment, overall (missing values left out) and its lift', () => {
    expect(rounded(first.categories)).toEqual(
      rounded([
        { field: 'channel', value: 'web', share: 2 / 3, overallShare: 2 / 5, lift: 5 / 3 },
        { field: 'channel', value: 'shop', share: 1 / 3, overallShare: 3 / 5, lift: 5 / 9 },
      ]),
    );
    // "web" is held by none of segment 1 (below the 20 % a trait needs).
    expect(second.categories).toEqual([
      { field: 'channel', value: 'shop', share: 1, overallShare: 3 / 5, lift: 5 / 3 },
    ]);
  });

  it('gives each number’s standardised difference, ranked by size; constant fields and purchase dates are left out', () => {
    expect(first.customers).toBe(3);
    expect(first.numeric.map((t) => t.field)).toEqual(['monetary', 'gap']);
    expect(first.numeric[0]).toEqual({
      field: 'monetary',
      mean: 200,
      overallMean: 110,
      overallSd: SPEND_SD,
      difference: 90 / SPEND_SD,
    });
    expect(first.numeric[1].difference).toBeCloseTo(-8.4 / GAP_SD, 12);
    expect(second.numeric.map((t) => [t.field, t.mean])).toEqual([
      ['gap', 28],
      ['monetary', 20],
    ]);
    expect(second.numeric[0].difference).toBeCloseTo(12.6 / GAP_SD, 12);
  });

  it('describes each segment from its strongest traits, in English and Chinese', () => {
    expect(first.description).toEqual({
      en: 'Mostly web; buys every 7 days; spends 1.8 times as much as the average customer.',
      'zh-CN': '以web为主；约每 7 天购买一次；消费金额是平均客户的 1.8 倍。',
    });
    expect(second.description).toEqual({
      en: 'Mostly shop; buys every 4 weeks; spends about 18% of what the average customer spends.',
      'zh-CN': '以shop为主；约每 4 周购买一次；消费金额约为平均客户的 18%。',
    });
  });

  it('names another feature half a standard deviation or more from the average, and calls a plain segment average', () => {
    const table = { ids: ['a', 'b', 'c', 'd'], fields: [num('tenure', [1, 1, 9, 9])] };
    const [low, high] = personas(table, segmentation([0, 0, 1, 1]));
    // (1 against a mean of 5, all customers' sd 4.62: 0.87 sd below, in plain words.)
    expect(low.description).toEqual({
      en: 'Became a customer more recently than most customers.',
      'zh-CN': '客户时长比大多数客户短。',
    });
    expect(high.description).toEqual({
      en: 'Has been a customer longer than most customers.',
      'zh-CN': '客户时长比大多数客户长。',
    });
    const [plain] = personas(
      { ids: ['a', 'b', 'c', 'd'], fields: [num('tenure', [1, 4, 3, 2])] },
      segmentation([0, 1, 0, 1]),
    );
    expect(plain.description).toEqual({ en: 'Close to the average customer.', 'zh-CN': '与平均客户相近。' });
  });

  it('says a spend within 15 % of the average in words, not as “1×”', () => {
    const table = { ids: ['a', 'b', 'c', 'd'], fields: [num('monetary', [100, 110, 95, 105])] };
    const [first] = personas(table, segmentation([0, 0, 1, 1]));
    expect(first.description).toEqual({
      en: 'Spends about as much as the average customer.',
      'zh-CN': '消费金额与平均客户相当。',
    });
  });

  it('shows purchases once when orders are the purchases counted again', () => {
    const table = {
      ids: ['a', 'b', 'c', 'd'],
      fields: [num('frequency', [1, 1, 6, 8]), num('orders', [1, 1, 6, 8]), num('transactions', [2, 1, 9, 30])],
    };
    const [, many] = personas(table, segmentation([0, 0, 1, 1]));
    expect(many.numeric.map((t) => t.field)).toEqual(['frequency', 'transactions']);
  });

  it('counts a buying cadence only over customers who came back on another day; mostly one-day buyers read as such', () => {
    // Segment 0: one purchase (no gap), two on one day (gap 0), one back after 21 days: one of three came back.
    // Segment 1: gaps 0, 4 and 8 days: two of three came back, every 6 days (the 0 not counted).
    const table = {
      ids: ['a', 'b', 'c', 'd', 'e', 'f'],
      fields: [num('gap', [Number.NaN, 0, 21, 0, 4, 8])],
    };
    const [once, back] = personas(table, segmentation([0, 0, 0, 1, 1, 1]));
    expect(once.description).toEqual({ en: 'Most bought on one day only.', 'zh-CN': '多数客户只在一天里购买过。' });
    expect(back.description).toEqual({ en: 'Buys every 6 days.', 'zh-CN': '约每 6 天购买一次。' });
  });
});
