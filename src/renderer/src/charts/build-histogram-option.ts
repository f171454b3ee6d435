import type { EChartsOption } from 'echarts';
import { histogramParts } from '../../../shared/charts/histogram-parts';
import type { ColumnStats } from '../../../shared/explore';

export interface HistogramLabels {
  /** Formats a bin edge (number, money or calendar date). */
  edge(value: number): string;
  rows: string;
}

/** A column's histogram as an ECharts bar chart: one bar per bin, tooltip with the exact range and count. */
export function buildHistogramOption(stats: ColumnStats, labels: HistogramLabels): EChartsOption {
  const { tooltip, xAxis, bar } = histogramParts(stats.histogram, labels.edge);
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    tooltip,
    xAxis,
    yAxis: { type: 'value', name: labels.rows, nameTextStyle: { align: 'left' }, splitNumber: 3 },
    series: [bar],
  };
}

/** The most frequent values as horizontal bars, most frequent on top. */
export function buildTopValuesOption(stats: ColumnStats, labels: { empty: string }): EChartsOption {
  const top = [...stats.top].reverse();
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', splitNumber: 3 },
    yAxis: {
      type: 'category',
      data: top.map((t) =>
        t.value === '' ? labels.empty : t.value.length > 24 ? `${t.value.slice(0, 23)}…` : t.value,
      ),
    },
    series: [{ type: 'bar', data: top.map((t) => t.count), itemStyle: { color: '#13a8a8' } }],
  };
}
