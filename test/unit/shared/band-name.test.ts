import { describe, expect, it } from 'vitest';
import { bandRules } from '../../../src/main/engine/models/rules';
import { bandName } from '../../../src/shared/band-name';

describe('bands named for people', () => {
  it('names spend bands by the field’s label and the dataset’s currency, in English and Chinese', () => {
    const rules = bandRules('monetary', [0.55, 100, 500, 2000, Number.POSITIVE_INFINITY], 'monetary', {
      currency: 'GBP',
      whole: false,
      openBelow: true,
    });
    expect(rules.map((r) => r.name)).toEqual([
      { en: 'Spend under £100', 'zh-CN': '消费金额低于 £100' },
      { en: 'Spend £100 to under £500', 'zh-CN': '消费金额 £100 至不足 £500' },
      { en: 'Spend £500 to under £2,000', 'zh-CN': '消费金额 £500 至不足 £2,000' },
      { en: 'Spend £2,000 and more', 'zh-CN': '消费金额 £2,000 及以上' },
    ]);
    // The bands still hold what they say: [100, 500) and 2,000 up.
    expect(rules[1].when).toEqual({ all: [{ field: 'monetary', op: 'range', min: 100, max: 500 }] });
    expect(rules[3].when).toEqual({ all: [{ field: 'monetary', op: 'range', min: 2000, max: null }] });
  });

  it('reads whole numbers as closed ranges, a column of the user’s own by its header, cents where the edges have them', () => {
    expect(bandName('age', 18, 26, true, { whole: true })).toEqual({ en: 'Age 18–25', 'zh-CN': '年龄 18–25' });
    expect(bandName('Income', 1730, 35_000.5, true, { openBelow: true })).toEqual({
      en: 'Income under 35,000.5',
      'zh-CN': 'Income低于 35,000.5',
    });
    expect(bandName('aov', 10, 24.99, false, { currency: 'CNY' })).toEqual({
      en: 'Order value CN¥10 to under CN¥24.99',
      'zh-CN': '客单价 ¥10 至不足 ¥24.99',
    });
  });
});
