import type { BarSeriesOption, TooltipComponentOption, XAXisComponentOption } from 'echarts';

/** One histogram bin: the range [from, to) and how many values fall in it. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/**
 * What every histogram draws alike: an axis tooltip, one category per bin labelled with its
 * range (labels hidden on the axis, shown in the tooltip), and one bar per bin.
 */
export function histogramParts(
  bins: readonly HistogramBin[],
  edge: (value: number) => string,
): { tooltip: TooltipComponentOption; xAxis: XAXisComponentOption; bar: BarSeriesOption } {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: bins.map((b) => `${edge(b.from)} – ${edge(b.to)}`),
      axisLabel: { show: false },
      axisTick: { show: false },
    },
    bar: { type: 'bar', data: bins.map((b) => b.count), barCategoryGap: '8%', itemStyle: { color: '#1668dc' } },
  };
}
