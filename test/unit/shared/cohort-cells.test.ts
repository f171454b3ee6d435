import { describe, expect, it } from 'vitest';
import { cohortAverage, cohortCells } from '../../../src/shared/cohort-cells';
import type { CohortRow } from '../../../src/shared/overview';

// Two cohorts, worked out by hand: January, 10 customers, 4 back in month 1 and 2 in month 2,
// spending 100, 40 and 30; February, 30 customers, 6 back in month 1, spending 300 and 90.
const rows: CohortRow[] = [
  { month: '2011-01', size: 10, active: [10, 4, 2], revenue: [100, 40, 30] },
  { month: '2011-02', size: 30, active: [30, 6], revenue: [300, 90] },
];

describe('cohortCells', () => {
  it('gives the share who bought again, the revenue per cohort customer, and that summed up', () => {
    expect(cohortCells(rows[0], 'share')).toEqual([1, 0.4, 0.2]);
    expect(cohortCells(rows[0], 'revenue')).toEqual([10, 4, 3]);
    expect(cohortCells(rows[0], 'cumulative')).toEqual([10, 14, 17]);
    expect(cohortCells(rows[1], 'cumulative')).toEqual([10, 13]);
  });
});

describe('cohortAverage', () => {
  it('weights each month by the customers of the cohorts that reached it', () => {
    // Month 1: (4 + 6) / (10 + 30) = 0.25; month 2: January alone, 2 / 10.
    expect(cohortAverage(rows, 'share')).toEqual([1, 0.25, 0.2]);
    // Revenue per customer, month 1: (40 + 90) / 40 = 3.25; summed up: (14·10 + 13·30) / 40 = 13.25.
    expect(cohortAverage(rows, 'revenue')).toEqual([10, 3.25, 3]);
    expect(cohortAverage(rows, 'cumulative')).toEqual([10, 13.25, 17]);
    expect(cohortAverage([], 'share')).toEqual([]);
  });
});
