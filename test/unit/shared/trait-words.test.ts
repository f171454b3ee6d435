import { describe, expect, it } from 'vitest';
import { traitFigures, traitWords } from '../../../src/shared/trait-words';

const num = (v: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(v);

describe('a persona trait in plain words', () => {
  it('says how far from most customers a segment is, by the size of the standardised difference', () => {
    expect(traitWords({ field: 'frequency', difference: 1.83 })).toEqual({
      en: 'orders far more often than most customers',
      'zh-CN': '下单远比大多数客户频繁',
    });
    expect(traitWords({ field: 'orders', difference: 0.95 }).en).toBe('orders more often than most customers');
    expect(traitWords({ field: 'frequency', difference: -0.42 })).toEqual({
      en: 'orders somewhat less often than most customers',
      'zh-CN': '下单比大多数客户稍少',
    });
    expect(traitWords({ field: 'monetary', difference: 0.1 })).toEqual({
      en: 'spends about as much as the average customer',
      'zh-CN': '消费与平均客户相当',
    });
    expect(traitWords({ field: 'recency', difference: -0.82 }).en).toBe('bought more recently than most customers');
    expect(traitWords({ field: 'recency', difference: 1.82 })).toEqual({
      en: 'last bought far longer ago than most customers',
      'zh-CN': '距上次购买的时间远比大多数客户长',
    });
    expect(traitWords({ field: 'tenure', difference: -1.71 })).toEqual({
      en: 'became a customer far more recently than most customers',
      'zh-CN': '客户时长远比大多数客户短',
    });
  });

  it('names a column of the user’s own by its header', () => {
    expect(traitWords({ field: 'Annual Income (k$)', difference: 1.05 })).toEqual({
      en: 'Annual Income (k$) higher than most customers',
      'zh-CN': 'Annual Income (k$)高于大多数客户',
    });
    expect(traitWords({ field: 'Spending Score (1-100)', difference: -1.6 }).en).toBe(
      'Spending Score (1-100) far lower than most customers',
    );
  });

  it('keeps the exact figures for a tooltip and the report', () => {
    const trait = { field: 'frequency', mean: 8.27, overallMean: 3.4, difference: 1.8312 };
    expect(traitFigures(trait, 'en', num)).toBe('Average here 8.27 · all customers 3.4 · +1.83 standard deviations');
    expect(traitFigures({ ...trait, difference: -0.95 }, 'zh-CN', num)).toBe(
      '本群平均 8.27 · 全部客户平均 3.4 · 相差 -0.95 个标准差',
    );
  });
});
