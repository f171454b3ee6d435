import { describe, expect, it } from 'vitest';
import { buildCohortCurveOption, buildCohortHeatmapOption } from '../../../../src/shared/charts/build-cohort-options';
import { buildParetoOption } from '../../../../src/shared/charts/build-pareto-option';
import {
  bucketLabel,
  buildNewReturningOption,
  buildTrendOption,
} from '../../../../src/shared/charts/build-trend-options';
import { buildMonthOfYearOption, buildWeekdayHourOption } from '../../../../src/shared/charts/build-when-options';
import type { CohortRow, TrendPoint } from '../../../../src/shared/overview';

const trend: TrendPoint[] = [
  { start: '2011-01-01', revenue: 1200.5, orders: 10, newCustomers: 6, returningCustomers: 2 },
  { start: '2011-02-01', revenue: 800, orders: 7, newCustomers: 1, returningCustomers: 5 },
];
const cohorts: CohortRow[] = [
  { month: '2011-01', size: 10, active: [10, 4, 2], revenue: [100, 40, 30] },
  { month: '2011-02', size: 30, active: [30, 6], revenue: [300, 90] },
];
const word = (v: number) => String(v);
type Series = { name?: string; type?: string; data?: unknown[]; stack?: string };
type Axis = { data?: string[] };

describe('Overview chart options', () => {
  it('draws revenue as bars and orders as a line on the second axis, labelled by month', () => {
    const option = buildTrendOption(trend, 'month', {
      revenue: 'Revenue',
      orders: 'Orders',
      money: word,
      axisMoney: word,
      int: word,
    });
    expect((option.xAxis as Axis).data).toEqual(['2011-01', '2011-02']);
    const [revenue, orders] = option.series as (Series & { yAxisIndex?: number })[];
    expect([revenue.type, revenue.data, orders.type, orders.data, orders.yAxisIndex]).toEqual([
      'bar',
      [1200.5, 800],
      'line',
      [10, 7],
      1,
    ]);
    expect([bucketLabel('2011-01-03', 'week'), bucketLabel('2011-01-03', 'day')]).toEqual(['2011-01-03', '2011-01-03']);
  });

  it('stacks new and returning customers', () => {
    const option = buildNewReturningOption(trend, 'month', { newCustomers: 'New', returning: 'Back', customers: 'C' });
    expect((option.series as Series[]).map((s) => [s.name, s.stack, s.data])).toEqual([
      ['New', 'customers', [6, 1]],
      ['Back', 'customers', [2, 5]],
    ]);
  });

  it('puts the oldest cohort at the top with its size, one cell per month it has, scaled without month 0', () => {
    const option = buildCohortHeatmapOption(cohorts, 'share', {
      cohort: 'First',
      monthsSince: 'Since',
      value: 'Back',
      row: (m, n) => `${m} · ${n}`,
      format: word,
    });
    // Drawn bottom up: February is the first category.
    expect((option.yAxis as Axis).data).toEqual(['2011-02 · 30', '2011-01 · 10']);
    expect((option.xAxis as Axis).data).toEqual(['0', '1', '2']);
    expect((option.series as Series[])[0].data).toEqual([
      [0, 0, 1],
      [1, 0, 0.2],
      [0, 1, 1],
      [1, 1, 0.4],
      [2, 1, 0.2],
    ]);
    // The largest share after month 0 is January's 40 %.
    expect((option.visualMap as { max: number }).max).toBe(0.4);
  });

  it('draws the average cohort from month 1 for shares, from month 0 for revenue', () => {
    const labels = { monthsSince: 'Since', value: 'V', format: word };
    const share = buildCohortCurveOption(cohorts, 'share', labels);
    expect([(share.xAxis as Axis).data, (share.series as Series[])[0].data]).toEqual([
      ['1', '2'],
      [0.25, 0.2],
    ]);
    const revenue = buildCohortCurveOption(cohorts, 'revenue', labels);
    expect((revenue.series as Series[])[0].data).toEqual([10, 3.25, 3]);
  });

  it('draws the Pareto curve with the line of equal shares and the top shares marked', () => {
    const option = buildParetoOption(
      {
        customers: 10,
        personal: null,
        curve: [
          [0, 0],
          [0.1, 0.5],
          [1, 1],
        ],
        top: [{ top: 0.1, customers: 1, share: 0.5 }],
        largest: [],
      },
      { customers: 'C', revenue: 'R', even: 'E', pct: (v) => `${v * 100}%`, axisPct: (v) => `${v * 100}%` },
    );
    const [curve, even] = option.series as (Series & { markPoint: { data: unknown[] } })[];
    expect(curve.markPoint.data).toEqual([{ name: '10% → 50%', coord: [0.1, 0.5] }]);
    expect(even.data).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('draws weekday × hour with Monday at the top, and the months of the year as bars', () => {
    const counts = Array.from({ length: 7 }, (_, d) =>
      Array.from({ length: 24 }, (__, h) => (d === 0 && h === 9 ? 5 : 0)),
    );
    const option = buildWeekdayHourOption(counts, {
      weekdays: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
      hour: 'H',
      weekday: 'D',
      orders: 'O',
      int: word,
    });
    expect((option.yAxis as Axis).data).toEqual(['Su', 'Sa', 'Fr', 'Th', 'We', 'Tu', 'Mo']);
    // Monday 09:00 is the top row (y = 6), column 9.
    expect((option.series as Series[])[0].data).toContainEqual([9, 6, 5]);
    expect((option.visualMap as { max: number }).max).toBe(5);
    const months = buildMonthOfYearOption([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], {
      months: Array.from({ length: 12 }, (_, i) => `M${i + 1}`),
      orders: 'O',
    });
    expect([(months.xAxis as Axis).data?.[11], (months.series as Series[])[0].data?.[11]]).toEqual(['M12', 12]);
  });
});

describe('Overview chart options on paper (the report)', () => {
  const labels = { cohort: 'First', monthsSince: 'Since', value: 'Back', row: (m: string) => m, format: word };
  type Cell = { value: [number, number, number]; label: { color: string } };

  it('writes every cell of the heatmap, dark on the light cells and white on the dark ones, without a colour legend', () => {
    const wide: CohortRow[] = [{ month: '2010-01', size: 10, active: [10, ...Array(24).fill(1), 4], revenue: [] }];
    const screen = buildCohortHeatmapOption(wide, 'share', labels);
    expect((screen.series as { label: { show: boolean } }[])[0].label.show).toBe(false);
    const paper = buildCohortHeatmapOption(wide, 'share', labels, { print: true });
    const [series] = paper.series as { data: Cell[]; label: { show: boolean; fontSize: number } }[];
    expect([series.label.show, series.label.fontSize]).toEqual([true, 7]);
    expect((paper.visualMap as { show: boolean }).show).toBe(false);
    // Month 0 (100 %, above the scale) and month 25 (the largest after it) are dark, month 1 light.
    expect([0, 1, 25].map((k) => series.data[k].label.color)).toEqual(['#ffffff', '#1f1f1f', '#ffffff']);
    expect(series.data[1].value).toEqual([1, 0, 0.1]);
  });

  it('leaves out each row’s last month from the average curve when the period ends partway through it', () => {
    const curve = buildCohortCurveOption(cohorts, 'share', labels, { partialLast: true, print: true });
    // Month 1: only January still has a whole month 1 (4 of 10); February's month 1 is its last.
    expect([(curve.xAxis as Axis).data, (curve.series as Series[])[0].data]).toEqual([['1'], [0.4]]);
  });
});
