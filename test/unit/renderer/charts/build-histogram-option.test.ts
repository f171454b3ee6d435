import { describe, expect, it } from 'vitest';
import { buildHistogramOption, buildTopValuesOption } from '../../../../src/renderer/src/charts/build-histogram-option';
import { amountStats } from './column-stats-fixture';

const stats = amountStats;

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
