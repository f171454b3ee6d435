import { describe, expect, it } from 'vitest';
import { histogramParts } from '../../../../src/shared/charts/histogram-parts';

describe('histogramParts', () => {
  const bins = [
    { from: 0, to: 10, count: 5 },
    { from: 10, to: 20, count: 3 },
  ];

  it('labels one category per bin with its range and draws one bar per bin', () => {
    const { tooltip, xAxis, bar } = histogramParts(bins, (v) => `¥${v}`);
    expect(tooltip).toEqual({ trigger: 'axis', axisPointer: { type: 'shadow' } });
    expect(xAxis).toEqual({
      type: 'category',
      data: ['¥0 – ¥10', '¥10 – ¥20'],
      axisLabel: { show: false },
      axisTick: { show: false },
    });
    expect(bar).toEqual({ type: 'bar', data: [5, 3], barCategoryGap: '8%', itemStyle: { color: '#1668dc' } });
  });
});
