import { describe, expect, it } from 'vitest';
import { buildHistogramOption, buildTopValuesOption } from '../../../../src/renderer/src/charts/build-histogram-option';
import type { ColumnStats } from '../../../../src/shared/explore';

const stats: ColumnStats = {
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

describe('chart option builders', () => {
  it('draws one bar per histogram bin, labelled with its range', () => {
    const option = buildHistogramOption(stats, { edge: (v) => `¥${v}`, rows: 'rows' }) as {
      xAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['¥0 – ¥10', '¥10 – ¥20', '¥20 – ¥30']);
    expect(option.series[0].data).toEqual([5, 3, 1]);
  });

  it('draws top values most frequent on top, naming the empty value', () => {
    const option = buildTopValuesOption(stats, { empty: '—' }) as {
      yAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.yAxis.data).toEqual(['—', 'Coffee', 'Tea']);
    expect(option.series[0].data).toEqual([1, 4, 9]);
  });
});
