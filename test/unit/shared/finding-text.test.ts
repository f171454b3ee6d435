import { describe, expect, it } from 'vitest';
import { findingText, formatFindingValue } from '../../../src/shared/finding-text';
import { findingsMethod } from '../../../src/shared/findings-method';
import { FINDING_KEYS, type Finding } from '../../../src/shared/overview';
import { rulesSpecSchema } from '../../../src/shared/segments';
import { englishWords } from '../../e2e/english-words';

const spec = rulesSpecSchema.parse({
  model: 'rules',
  rules: [{ key: 's', name: { en: 'S', 'zh-CN': 'S' }, when: { all: [] } }],
});
const slipping: Finding = {
  key: 'slippingRegulars',
  tone: 'bad',
  values: {
    customers: { kind: 'int', value: 184 },
    days: { kind: 'days', value: 90 },
    spend: { kind: 'money', value: 48_210.4 },
  },
  action: { kind: 'rules', spec },
};
const firstRepeat: Finding = {
  key: 'firstRepeat',
  tone: 'bad',
  values: {
    share: { kind: 'pct', value: 0.2814 },
    buyers: { kind: 'int', value: 1200 },
    days: { kind: 'days', value: 90 },
    previous: { kind: 'pct', value: 0.3366 },
  },
  action: { kind: 'playbook', playbook: 'welcome' },
};
const trend: Finding = {
  key: 'newCustomersTrend',
  tone: 'bad',
  values: {
    recent: { kind: 'int', value: 912 },
    before: { kind: 'int', value: 1120 },
    change: { kind: 'pct', value: -0.1857 },
    from: { kind: 'month', value: '2011-09' },
    until: { kind: 'month', value: '2011-11' },
  },
  action: { kind: 'playbook', playbook: 'welcome' },
};
const best: Finding = {
  key: 'bestMonth',
  tone: 'good',
  values: {
    month: { kind: 'month', value: '2011-11' },
    revenue: { kind: 'money', value: 1_161_817.4 },
    difference: { kind: 'pct', value: 0.584 },
  },
  action: null,
};

describe('findingText', () => {
  it('writes a finding in English from its values: money without pence, days, the button', () => {
    expect(findingText(slipping, 'en', 'GBP')).toEqual({
      title: '184 customers who used to buy every month have not bought for 90 days; they spent £48,210 last year',
      why: 'Regulars who have just stopped can usually still be won back: a personal offer now costs less than finding new customers to replace them.',
      action: 'See them',
    });
    expect(findingText(firstRepeat, 'en', 'GBP').title).toBe(
      '28% of first-time buyers come back within 90 days (the year before: 34%)',
    );
    expect(findingText(trend, 'en', 'GBP').title).toBe(
      'New customers are down 19%: 912 in Sep–Nov 2011, against 1,120 in the 3 months before',
    );
    expect(findingText(best, 'en', 'GBP')).toMatchObject({
      title: 'Your best month was November 2011: £1,161,817, 58% above the monthly average',
      action: null,
    });
  });

  it('and in Chinese, naturally: 万 for large money, months as 年月', () => {
    expect(findingText(slipping, 'zh-CN', 'CNY')).toEqual({
      title: '184 位原本每月都来买的老顾客，已经 90 天没有下单；他们过去一年消费了 ¥48,210',
      why: '老顾客刚停下来时通常还能挽回：现在给一份专属优惠，比另找新客户补上他们要省得多。',
      action: '查看名单',
    });
    expect(findingText(firstRepeat, 'zh-CN', 'CNY')).toMatchObject({
      title: '首次购买的客户中，28% 在 90 天内再次购买（前一年为 34%）',
      action: '欢迎系列方案',
    });
    expect(findingText(trend, 'zh-CN', 'CNY').title).toBe(
      '新客户减少了 19%：2011年9月至11月共 912 位，之前 3 个月为 1,120 位',
    );
    expect(findingText(best, 'zh-CN', 'CNY').title).toBe('销售最好的月份是2011年11月：¥116.2万，比月均高 58%');
  });

  it('says months across a year with both years', () => {
    const across = { ...trend, values: { ...trend.values, from: { kind: 'month' as const, value: '2010-12' } } };
    expect(findingText(across, 'en', 'GBP').title).toContain('912 in Dec 2010–Nov 2011');
    expect(findingText(across, 'zh-CN', 'CNY').title).toContain('2010年12月至2011年11月共 912 位');
  });

  it('formats points and multiples as people read them', () => {
    expect(formatFindingValue({ kind: 'points', value: -0.0612 }, 'en', 'GBP')).toBe('6 pp');
    expect(formatFindingValue({ kind: 'points', value: 0.0612 }, 'zh-CN', 'CNY')).toBe('6 个百分点');
    expect(formatFindingValue({ kind: 'times', value: 2.345 }, 'en', 'GBP')).toBe('2.3×');
  });

  it('has a title, a reason and no English in the Chinese texts for every finding', () => {
    const texts = FINDING_KEYS.flatMap((key) => {
      const { title, why, action } = findingText(
        { key, tone: 'neutral', values: {}, action: { kind: 'playbook', playbook: 'vip' } },
        'zh-CN',
        'CNY',
      );
      return [title, why, action ?? ''];
    });
    const method = findingsMethod('zh-CN');
    const all = [...texts, method.heading, ...method.lines].join('\n');
    expect(all).not.toContain('findings.');
    expect(englishWords(all)).toEqual([]);
  });
});

describe('findingsMethod', () => {
  it('says each rule with its threshold, in both languages', () => {
    const en = findingsMethod('en');
    expect(en.heading).toBe('How these findings are found');
    expect(en.lines).toHaveLength(9);
    expect(en.lines[1]).toContain('at least 3 orders in the 365 days before the analysis day');
    expect(en.lines[1]).toContain('fewer than 31 days apart');
    expect(findingsMethod('zh-CN').lines[2]).toBe(
      '头部客户：按消费排序，所选时段内前 20% 的客户贡献的销售额占比；至少 50 位客户才显示。',
    );
  });
});
