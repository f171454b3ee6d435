import type { ColumnStats } from '../../../../src/shared/explore';

/** A column's statistics as the worker reports them: three histogram bins and three top values (one of them empty). */
export const amountStats: ColumnStats = {
  name: 'amount',
  missing: 0,
  distinct: null,
  min: 0,
  max: 30,
  mean: 12,
  histogram: [
    { from: 0, to: 10, count: 5 },
    { from: 10, to: 20, count: 3 },
    { from: 20, to: 30, count: 1 },
  ],
  top: [
    { value: 'Tea', count: 9 },
    { value: 'Coffee', count: 4 },
    { value: '', count: 1 },
  ],
};
