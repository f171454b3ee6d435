import { describe, expect, it } from 'vitest';
import { cohortFinding } from '../../../../../../src/main/engine/overview/findings/cohort-finding';
import type { CohortRow } from '../../../../../../src/shared/overview';
import { dayNumber } from '../../../../../helpers/overview-rows';

// Data 2023-01-01 … 2023-12-31, analysis day 2024-01-01: December is the last complete month, so
// month 3 is measured for cohorts up to September. January is the data's first month: left out.
const A = dayNumber('2024-01-01');
const FROM = dayNumber('2023-01-01');
/** A cohort of `size` of whom `back` bought in month 3 (other months: 0). */
const cohort = (month: string, size: number, back: number): CohortRow => ({
  month,
  size,
  active: [size, 0, 0, back, 0],
  revenue: [size, 0, 0, back, 0],
});
const usual = ['2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08'].map((m) =>
  cohort(m, 100, 20),
);
// Not measured: the first month, a cohort under 30, and October (its month 3 is January 2024).
const ignored = [cohort('2023-01', 500, 450), cohort('2023-10', 100, 90), cohort('2023-11', 29, 29)];

describe('cohortFinding', () => {
  it('September keeps 40 % against 140 / 700 = 20 % of the others: better by 20 points (z ≈ 4.5)', () => {
    const cohorts = [...ignored, ...usual, cohort('2023-09', 100, 40)];
    const better = cohortFinding(cohorts, A, FROM, true)!;
    expect(better.key).toBe('cohortBetter');
    expect(better.tone).toBe('good');
    expect(better.values).toEqual({
      month: { kind: 'month', value: '2023-09' },
      customers: { kind: 'int', value: 100 },
      share: { kind: 'pct', value: 0.4 },
      others: { kind: 'pct', value: 0.2 },
      points: { kind: 'points', value: 0.4 - 0.2 },
      after: { kind: 'int', value: 3 },
    });
    // Its next step: the customers whose first purchase is in September 2023, at the same analysis day.
    expect(better.action).toEqual({
      kind: 'rules',
      spec: {
        model: 'rules',
        analysisDate: '2024-01-01',
        frequency: 'orders',
        rules: [
          {
            key: 'cohort',
            name: { en: 'First bought 2023-09', 'zh-CN': '2023年9月首购' },
            when: {
              all: [{ field: 'firstPurchase', op: 'range', min: Date.UTC(2023, 8, 1), max: Date.UTC(2023, 9, 1) }],
            },
          },
        ],
      },
    });
    // No cohort is clearly worse: each usual one keeps 20 % against 160 / 700 = 22.9 % (under 5 points).
    expect(cohortFinding(cohorts, A, FROM, false)).toBeNull();
  });

  it('a worse one: August keeps 10 % against 20 %', () => {
    const cohorts = [...usual.slice(0, 6), cohort('2023-08', 100, 10)];
    const worse = cohortFinding(cohorts, A, FROM, false)!;
    expect([worse.key, worse.tone, worse.values.month.value, worse.values.others.value]).toEqual([
      'cohortWorse',
      'bad',
      '2023-08',
      0.2,
    ]);
  });

  it('more than chance: 11 of 30 against 15 of 90 (z ≈ 2.30) is there; 10 of 30 (z ≈ 1.95) is not', () => {
    const small = (back: number) => [
      cohort('2023-02', 30, back),
      cohort('2023-03', 30, 5),
      cohort('2023-04', 30, 5),
      cohort('2023-05', 30, 5),
    ];
    expect(cohortFinding(small(11), A, FROM, true)?.values.share.value).toBeCloseTo(11 / 30, 12);
    expect(cohortFinding(small(10), A, FROM, true)).toBeNull();
  });

  it('needs 5 points: 250 of 1,000 against 600 of 3,000 (20 %) is there (z ≈ 3.3); 249 of 1,000 is not', () => {
    const big = (back: number) => [
      cohort('2023-02', 1000, 200),
      cohort('2023-03', 1000, 200),
      cohort('2023-04', 1000, 200),
      cohort('2023-05', 1000, back),
    ];
    expect(cohortFinding(big(250), A, FROM, true)?.values.month.value).toBe('2023-05');
    expect(cohortFinding(big(249), A, FROM, true)).toBeNull();
  });

  it('needs 4 measured cohorts (3: none) and cohorts at all', () => {
    expect(cohortFinding([...ignored, ...usual.slice(0, 2), cohort('2023-09', 100, 60)], A, FROM, true)).toBeNull();
    expect(cohortFinding(null, A, FROM, true)).toBeNull();
  });
});
