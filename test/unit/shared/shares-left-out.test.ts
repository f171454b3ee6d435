import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../src/shared/i18n';
import { sharesLeftOutText } from '../../../src/shared/shares-left-out';

const int = (n: number) => n.toLocaleString('en-US');

describe('why a summary keeps no spend shares', () => {
  it('too many customers × values, in English and Chinese', () => {
    const left = { customers: 10_000_000, values: 14, limit: 20_000_000 };
    expect(sharesLeftOutText(left, createTranslate('en'), int)).toBe(
      'Spend shares per category and channel are not kept: 10,000,000 customers × 14 values is more than the 20,000,000 a summary keeps.',
    );
    expect(sharesLeftOutText(left, createTranslate('zh-CN'), int)).toBe(
      '未保留各品类、渠道的消费占比：10,000,000 位客户 × 14 个取值，超过汇总可保留的 20,000,000 个。',
    );
  });

  it('a column of too many values names the column', () => {
    const left = { customers: 40, values: 1003, limit: 20_000_000, column: { name: 'product', values: 1001 } };
    expect(sharesLeftOutText(left, createTranslate('en'), int)).toBe(
      'Spend shares per category and channel are not kept: “product” has 1,001 values, more than the 1,000 a summary keeps shares of.',
    );
    expect(sharesLeftOutText(left, createTranslate('zh-CN'), int)).toBe(
      '未保留各品类、渠道的消费占比：“product”有 1,001 个取值，超过汇总可保留占比的 1,000 个。',
    );
  });
});
