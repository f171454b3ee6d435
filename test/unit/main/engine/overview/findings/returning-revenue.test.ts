import { describe, expect, it } from 'vitest';
import { returningRevenue } from '../../../../../../src/main/engine/overview/findings/returning-revenue';
import { computeOverview } from '../../../../../../src/main/engine/overview/overview';
import type { KeyFigure } from '../../../../../../src/shared/overview';
import { baseOf } from '../overview-fixture';

const figures = (
  revenue: [number, number | null],
  returning: [number, number | null],
  active: [number, number | null],
): KeyFigure[] => [
  { key: 'revenue', value: revenue[0], previous: revenue[1] },
  { key: 'returningRevenue', value: returning[0], previous: returning[1] },
  { key: 'activeCustomers', value: active[0], previous: active[1] },
];

// 30 customers first bought on 2023-12-15 (10 each, in the period before) and again on 2024-02-01 (20 each):
// returning, 600. 10 new ones on 2024-03-01 (30 each); 5 of them order again that same day (5 each: still
// their first day, not returning), 5 come back on 2024-04-01 (40 each: returning, 200).
// Period 2024-01-01 … 2024-06-30: revenue 600 + 300 + 25 + 200 = 1,125, of it returning 800: 71 %.
// The period before (2023-07-04 … 2023-12-31): the 30 first purchases, 300, none returning: 0 %. One
// customer, x, bought 1 on 2023-07-01 (before both periods), so the data cover the period before.
function csv(old: number): string {
  const lines = ['order,customer,date,amount', '0,x,2023-07-01,1'];
  let order = 0;
  for (let i = 0; i < old; i++) lines.push(`${++order},o${i},2023-12-15,10`, `${++order},o${i},2024-02-01,20`);
  for (let i = 0; i < 10; i++)
    lines.push(
      `${++order},n${i},2024-03-01,30`,
      i < 5 ? `${++order},n${i},2024-03-01,5` : `${++order},n${i},2024-04-01,40`,
    );
  return `${lines.join('\n')}\n`;
}
const ROLES = { orderId: 'order', customerId: 'customer', orderDate: 'date', amount: 'amount' };
const PERIOD = { kind: 'range', from: '2024-01-01', until: '2024-06-30' } as const;

describe('returningRevenue', () => {
  it('on a table: 800 of 1,125 (71 %) from customers buying again; the period before 0 of 300', async () => {
    const overview = computeOverview(await baseOf(csv(30), ROLES), { id: 1, currency: 'GBP' }, PERIOD);
    const finding = overview.findings.find((f) => f.key === 'returningRevenue')!;
    expect(finding.values.share.value).toBeCloseTo(800 / 1125, 12);
    expect(finding.values.revenue).toEqual({ kind: 'money', value: 800 });
    expect(finding.values.previous).toEqual({ kind: 'pct', value: 0 });
    expect(finding.tone).toBe('good');
    // Over half from returning customers: look after them.
    expect(finding.action).toEqual({ kind: 'playbook', playbook: 'vip' });
  });

  it('on the whole history: no comparison, neutral; 800 of 1,426 (the December first purchases and x’s count)', async () => {
    const overview = computeOverview(await baseOf(csv(30), ROLES), { id: 1, currency: 'GBP' }, { kind: 'all' });
    const finding = overview.findings.find((f) => f.key === 'returningRevenue')!;
    expect(finding.values.share.value).toBeCloseTo(800 / 1426, 12);
    expect(finding.values.previous).toBeUndefined();
    expect(finding.tone).toBe('neutral');
  });

  it('needs 30 customers buying in the period (29: none; 30: there), and revenue', () => {
    expect(returningRevenue(figures([1000, null], [400, null], [29, null]))).toBeNull();
    expect(returningRevenue(figures([1000, null], [400, null], [30, null]))?.values.share.value).toBe(0.4);
    expect(returningRevenue(figures([0, null], [0, null], [30, null]))).toBeNull();
    // A period before with 29 customers is not compared; under half returning: the welcome series.
    const thin = returningRevenue(figures([1000, 800], [400, 100], [30, 29]))!;
    expect(thin.values.previous).toBeUndefined();
    expect(thin.action).toEqual({ kind: 'playbook', playbook: 'welcome' });
    // 50 % exactly is "over half": the VIP playbook; 40 % → 50 % is up 10 points: good.
    const half = returningRevenue(figures([1000, 1000], [500, 400], [30, 30]))!;
    expect(half.action).toEqual({ kind: 'playbook', playbook: 'vip' });
    expect(half.tone).toBe('good');
  });
});
