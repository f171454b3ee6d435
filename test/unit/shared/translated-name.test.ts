import { describe, expect, it } from 'vitest';
import { translatedName } from '../../../src/shared/translated-name';

describe('translatedName', () => {
  it('gives a message in both UI languages, a name parameter taken in each language', () => {
    expect(translatedName('runNames.allCustomers')).toEqual({ en: 'All customers', 'zh-CN': '全部客户' });
    expect(translatedName('runNames.kmeans', { k: 5 })).toEqual({ en: 'k-means · 5', 'zh-CN': 'k-means · 5' });
    expect(
      translatedName('runNames.ofDataset', { model: { en: 'Rules', 'zh-CN': '规则' }, dataset: '订单 2024' }),
    ).toEqual({ en: 'Rules · 订单 2024', 'zh-CN': '规则 · 订单 2024' });
  });

  it('falls back to the key for a message neither dictionary has', () => {
    expect(translatedName('runNames.nothing')).toEqual({ en: 'runNames.nothing', 'zh-CN': 'runNames.nothing' });
  });
});
