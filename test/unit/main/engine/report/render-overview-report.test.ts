import { describe, expect, it } from 'vitest';
import { averageRetention } from '../../../../../src/shared/cohort-cells';
import {
  renderOverviewReport,
  type OverviewReportInput,
} from '../../../../../src/main/engine/report/render-overview-report';
import { DEFAULT_REPORT_SETTINGS } from '../../../../../src/shared/exports';
import type { DatasetInfo } from '../../../../../src/shared/schemas';
import { sampleOverview } from '../../../../helpers/overview-sample';
import { keepReport } from '../../../../helpers/report-files';

const dataset = {
  id: 1,
  name: 'Shop orders',
  sourceName: 'orders.csv',
  currency: 'GBP',
  createdAt: '2026-11-20T10:00:00.000Z',
  source: { format: 'csv' },
} as unknown as DatasetInfo;

const input = (over: Partial<OverviewReportInput> = {}): OverviewReportInput => ({
  lang: 'en',
  paper: 'a4',
  generatedAt: Date.UTC(2026, 11, 3, 9, 30),
  appVersion: '0.1.0',
  workspaceName: 'Shop',
  demo: false,
  dataset,
  overview: sampleOverview(),
  settings: DEFAULT_REPORT_SETTINGS,
  ...over,
});

const keep = keepReport;

/** A table row's cells as text. */
const rowOf = (html: string, label: string) => {
  const row = new RegExp(`<tr><td>${label.replace(/[()]/g, '\\$&')}</td>(.*?)</tr>`).exec(html);
  return row ? [...row[1].matchAll(/<td class="num">(.*?)<\/td>/g)].map((m) => m[1]) : null;
};

describe('the Overview-only report', () => {
  it('in English: page 1, then the business, the cohorts, the concentration, the method and the sources, figures rounded with their change', () => {
    const html = renderOverviewReport(input());
    keep('overview-sample-en.html', html);
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual([
      'Executive summary',
      'Contents',
      'Business overview',
      'Do customers come back?',
      'Who brings the revenue?',
      'How the overview is made',
      'Sources and licences',
    ]);
    expect(html).toContain('<h1>Business overview report</h1><p class="run-name">Shop orders</p>');
    expect(html).toContain('2010-12-31. 900 customers placed 3,000 orders for £150,000.00.</p>');
    expect(html).toContain(
      '2011-01-01 to 2011-12-31 (365 days), compared with the same length of time before: 2010-01-01 to 2010-12-31.',
    );
    // 1,200 against 800: +50 %; the repeat rate 45 % against 40 %: 5 points; nothing before to compare 90,000 with.
    expect(rowOf(html, 'Customers')).toEqual(['1,200', '800', '+50.0%']);
    expect(rowOf(html, 'Revenue')).toEqual(['£150,000.00', '£120,000.00', '+25.0%']);
    expect(rowOf(html, 'Repeat-customer rate')).toEqual(['45.0%', '40.0%', '+5.0 pts']);
    expect(rowOf(html, 'Orders per customer')).toEqual(['3.33', '3.13', '+6.7%']);
    expect(rowOf(html, 'Median days between orders')).toEqual(['31.5', '35', '−10.0%'.replace('−', '-')]);
    expect(rowOf(html, 'Revenue from returning customers')).toEqual(['£90,000.00', '£0.00', '—']);
    // The trend: 12 months of 10,000 + 500 i = 153,000 and 200 + 10 i = 3,060 orders; the best December (15,500); 1,530 of the 1,944 active customers by month had bought before.
    expect(html).toContain('£153,000.00 from 3,060 orders; the best month was 2011-12 (£15,500.00).');
    expect(html).toContain(
      'Each month, some customers buy for the first time and the others come back: over the period, 78.7% of each month’s customers had bought before.',
    );
    expect(html).toContain(
      'The top 1 % of customers bring 12.0% of revenue, the top 10 % bring 42.0%, the top 20 % bring 71.0% (900 customers bought in the period).',
    );
    expect(html).toContain(
      '<tr><td>14646</td><td class="num">£8,000.00</td><td class="num">5.3%</td><td class="num">40</td><td class="num">2011-12-20</td></tr>',
    );
    // Six charts: revenue and orders, customers, cohorts, the average curve, the Pareto curve.
    expect(
      [...html.matchAll(/<figure class="chart"><h3 class="chart-title">(.*?)<\/h3><svg /g)].map((m) => m[1]),
    ).toEqual([
      'Revenue and orders by month',
      'Active customers by month: new and returning',
      'Share of each month’s new customers buying again, by months since their first purchase',
      'On average: the share of new customers buying again, by months since their first purchase',
      'Share of revenue from the biggest customers',
    ]);
    expect(html).toContain('<dt>Average order value</dt><dd>Revenue divided by orders.</dd>');
  });

  it('in Chinese, orders without customer ids: the order figures only, no cohorts or concentration, and why', () => {
    const o = sampleOverview();
    const orders = {
      ...o,
      hasCustomers: false,
      previous: null,
      figures: o.figures.map((f) => ({
        ...f,
        previous: null,
        value: ['orders', 'revenue', 'aov'].includes(f.key) ? f.value : null,
      })),
      trend: o.trend.map((p) => ({ ...p, newCustomers: null, returningCustomers: null })),
      cohorts: null,
      concentration: null,
      findings: [],
    };
    const html = renderOverviewReport(input({ lang: 'zh-CN', overview: orders }));
    keep('overview-orders-zh-CN.html', html);
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual([
      '执行摘要',
      '目录',
      '业务概览',
      '概览的计算方法',
      '数据来源与许可',
    ]);
    expect(html).toContain('<h1>业务概览报告</h1>');
    expect(html).toContain('因此无从比较。共 3,000 个订单，销售额 £150,000.00。</p>');
    expect(html).toContain('2011-01-01 至 2011-12-31（365 天）。数据没有覆盖之前同样长的时段，因此无从比较。');
    expect(html).toContain('这些订单没有客户ID');
    expect(rowOf(html, '订单数')).toEqual(['3,000']);
    expect(rowOf(html, '客单价')).toEqual(['£50.00']);
    expect(rowOf(html, '客户数')).toBeNull();
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toContain('这一时段没有明显突出的发现');
  });

  it('averages retention over the cohorts that reach each month, weighted by size', () => {
    // Month 1: (3 + 1) of (10 + 5); month 2: only the first cohort reaches it, 2 of 10.
    expect(
      averageRetention([
        { month: '2011-01', size: 10, active: [10, 3, 2], revenue: [0, 0, 0] },
        { month: '2011-02', size: 5, active: [5, 1], revenue: [0, 0] },
      ]),
    ).toEqual([
      { month: 1, share: 4 / 15 },
      { month: 2, share: 0.2 },
    ]);
    // The period ends partway through its last month: each row's last cell is left out; month 1 is the first cohort's, 3 of 10.
    expect(
      averageRetention(
        [
          { month: '2011-01', size: 10, active: [10, 3, 2], revenue: [0, 0, 0] },
          { month: '2011-02', size: 5, active: [5, 1], revenue: [0, 0] },
        ],
        true,
      ),
    ).toEqual([{ month: 1, share: 0.3 }]);
  });

  it('masks the largest customers when their ids are personal data (e-mail addresses): the report leaves the machine', () => {
    const overview = sampleOverview();
    overview.concentration = {
      ...overview.concentration!,
      personal: 'email',
      largest: [{ id: 'jane.doe@example.com', revenue: 8000, share: 0.05, orders: 40, lastOrder: '2011-12-20' }],
    };
    const html = renderOverviewReport(input({ overview }));
    expect(html).toContain('<td>j***@example.com</td>');
    expect(html).not.toContain('jane.doe');
  });
});
