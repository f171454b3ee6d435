import { describe, expect, it } from 'vitest';
import { bestMonth } from '../../../../../../src/main/engine/overview/findings/best-month';
import { worstMonth } from '../../../../../../src/main/engine/overview/findings/worst-month';
import { dayNumber, handRows, type HandRow } from '../../../../../helpers/overview-rows';

// Orders without customers: Jan 100, Feb 200 (two rows), Mar 300, Apr 400, May 500, Jun 600 (2024), and
// 5,000 in July, which the data end in partway (last day Jul 15): not a complete month.
const rows: HandRow[] = [
  { customer: null, day: '2024-01-01', spend: 100 },
  { customer: null, day: '2024-02-10', spend: 150 },
  { customer: null, day: '2024-02-29', spend: 50 },
  { customer: null, day: '2024-03-31', spend: 300 },
  { customer: null, day: '2024-04-15', spend: 400 },
  { customer: null, day: '2024-05-15', spend: 500 },
  { customer: null, day: '2024-06-15', spend: 600 },
  { customer: null, day: '2024-06-16' },
  { customer: null, day: '2024-07-15', spend: 5000 },
];
const days = (from: string, until: string) => ({ from: dayNumber(from), until: dayNumber(until) });
const data = days('2024-01-01', '2024-07-15');

describe('bestMonth and worstMonth', () => {
  it('June is best: 600 against an average of 2,100 / 6 = 350, 71 % above; January worst, 71 % below', () => {
    const best = bestMonth(handRows(rows), data, data)!;
    expect(best.key).toBe('bestMonth');
    expect(best.tone).toBe('good');
    expect(best.action).toBeNull();
    expect(best.values.month).toEqual({ kind: 'month', value: '2024-06' });
    expect(best.values.revenue).toEqual({ kind: 'money', value: 600 });
    expect(best.values.average).toEqual({ kind: 'money', value: 350 });
    expect(best.values.difference.value).toBeCloseTo(600 / 350 - 1, 12);
    expect(best.values.months).toEqual({ kind: 'int', value: 6 });
    const worst = worstMonth(handRows(rows), data, data)!;
    expect([worst.key, worst.values.month.value, worst.values.revenue.value]).toEqual(['worstMonth', '2024-01', 100]);
    expect(worst.values.difference.value).toBeCloseTo(100 / 350 - 1, 12);
  });

  it('needs 6 complete months: data from Jan 2 leave January out (5 months): none', () => {
    const later = rows.filter((r) => r.day !== '2024-01-01');
    const from2 = days('2024-01-02', '2024-07-15');
    expect(bestMonth(handRows(later), from2, from2)).toBeNull();
    expect(worstMonth(handRows(later), from2, from2)).toBeNull();
  });

  it('counts only the period’s complete months: Feb 1 – Jul 31 holds Feb–Jun (5): none; the data’s end still cuts July', () => {
    expect(bestMonth(handRows(rows), days('2024-02-01', '2024-07-31'), data)).toBeNull();
  });
});
