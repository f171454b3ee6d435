import { describe, expect, it } from 'vitest';
import { returningRevenue } from '../../../../../../src/main/engine/overview/findings/returning-revenue';
import { dayNumber, handRows, manyCustomers, type HandRow } from '../../../../../helpers/overview-rows';

const A = dayNumber('2024-07-01');
const period = { from: dayNumber('2024-01-01'), until: dayNumber('2024-06-30') };
const previous = { from: dayNumber('2023-07-04'), until: dayNumber('2023-12-31') };

// 30 customers first bought on 2023-12-15 (10 each, in the period before) and again on 2024-02-01 (20 each):
// returning, 600. 10 new ones on 2024-03-01 (30 each); 5 of them order again that same day (5 each: still
// their first day, not returning), 5 come back on 2024-04-01 (40 each: returning, 200).
// Period revenue 600 + 300 + 25 + 200 = 1,125, of it returning 800: 71 %.
const rows = (old = 30): HandRow[] => [
  ...manyCustomers(old, 'o', (id) => [
    { customer: id, day: '2023-12-15', spend: 10 },
    { customer: id, day: '2024-02-01', spend: 20 },
  ]),
  ...manyCustomers(10, 'n', (id, i) => [
    { customer: id, day: '2024-03-01', spend: 30 },
    i < 5 ? { customer: id, day: '2024-03-01', spend: 5 } : { customer: id, day: '2024-04-01', spend: 40 },
  ]),
  { customer: null, day: '2024-03-01', spend: 10_000 },
];

describe('returningRevenue', () => {
  it('800 of 1,125 (71 %) from customers buying again; the period before had 300 of first purchases only (0 %)', () => {
    const finding = returningRevenue(handRows(rows()), A, period, previous)!;
    expect(finding.values.share.value).toBeCloseTo(800 / 1125, 12);
    expect(finding.values.revenue).toEqual({ kind: 'money', value: 800 });
    expect(finding.values.previous).toEqual({ kind: 'pct', value: 0 });
    expect(finding.tone).toBe('good');
    // Over half from returning customers: look after them.
    expect(finding.action).toEqual({ kind: 'playbook', playbook: 'vip' });
  });

  it('without a period before: no comparison, neutral; the whole history has it too', () => {
    const whole = { from: dayNumber('2023-12-15'), until: dayNumber('2024-06-30') };
    const finding = returningRevenue(handRows(rows()), A, whole, null)!;
    // 300 more of first purchases in December: 800 of 1,425.
    expect(finding.values.share.value).toBeCloseTo(800 / 1425, 12);
    expect(finding.values.previous).toBeUndefined();
    expect(finding.tone).toBe('neutral');
  });

  it('needs 30 customers buying in the period: 19 old + 10 new = 29: none', () => {
    expect(returningRevenue(handRows(rows(19)), A, period, previous)).toBeNull();
    // 20 + 10 = 30: there.
    expect(returningRevenue(handRows(rows(20)), A, period, previous)?.values.share.value).toBeCloseTo(
      (400 + 200) / (400 + 300 + 25 + 200),
      12,
    );
  });
});
