import { describe, expect, it } from 'vitest';
import { overviewFindings } from '../../../../../src/main/engine/overview/overview-findings';
import type { Overview } from '../../../../../src/shared/overview';
import { dayNumber, handRows, manyCustomers, type HandRow } from '../../../../helpers/overview-rows';

// A year of data, 2023-07-01 … 2024-06-30 (analysis day 2024-07-01): 12 complete months.
const A = dayNumber('2024-07-01');
const overview = (hasCustomers: boolean): Omit<Overview, 'findings'> => ({
  datasetId: 1,
  hasCustomers,
  currency: 'GBP',
  data: { from: '2023-07-01', until: '2024-06-30' },
  period: { from: '2023-07-01', until: '2024-06-30' },
  previous: null,
  figures: [{ key: 'revenue', value: 1000, previous: null }],
  grain: 'month',
  trend: [],
  cohorts: null,
  concentration: hasCustomers
    ? { customers: 50, personal: null, curve: [], top: [{ top: 0.2, customers: 10, share: 0.6 }], largest: [] }
    : null,
  places: null,
  when: { weekdayHour: null, monthOfYear: Array(12).fill(0) },
});
// Month m (0 = July 2023) brings 100 + m; December 2023 (m = 5) 1,000.
const months: HandRow[] = Array.from({ length: 12 }, (_, m) => ({
  customer: null,
  day: new Date(Date.UTC(2023, 6 + m, 10)).toISOString().slice(0, 10),
  spend: m === 5 ? 1000 : 100 + m,
}));
// 5 regulars who bought on Jan 10, Feb 9 and Mar 10, 2024 and not since.
const regulars = manyCustomers(5, 'r', (id) =>
  ['2024-01-10', '2024-02-09', '2024-03-10'].map((day) => ({ customer: id, day, spend: 10 })),
);

describe('overviewFindings', () => {
  it('orders without customers get only the months: December 2023 best, July 2023 quietest', () => {
    const found = overviewFindings(overview(false), handRows(months), A);
    expect(found.map((f) => [f.key, f.values.month.value])).toEqual([
      ['bestMonth', '2023-12'],
      ['worstMonth', '2023-07'],
    ]);
  });

  it('shows the most money at stake first: the regulars slipping away, the top customers, then the months', () => {
    const found = overviewFindings(overview(true), handRows([...months, ...regulars]), A);
    expect(found.map((f) => f.key)).toEqual(['slippingRegulars', 'concentration', 'bestMonth', 'worstMonth']);
    expect(found[0].values.spend).toEqual({ kind: 'money', value: 150 });
  });
});
