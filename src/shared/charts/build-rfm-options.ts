import type { EChartsOption } from 'echarts';
import type { RunResult } from '../segments';
import { heatScale } from './heat-scale';
import { histogramParts } from './histogram-parts';

type Charts = NonNullable<RunResult['charts']>;
type Bin = Charts['histograms']['recency'][number];

/**
 * The R × F grid as a heatmap: customers per cell, or their mean spend. Recent (high R) at the
 * top. A score no customer got (ties left it empty) has no row or column: no empty stripe.
 */
export function buildRfmHeatmapOption(
  charts: Charts,
  metric: 'customers' | 'monetary',
  labels: { r: string; f: string; value: string; format(v: number): string },
): EChartsOption {
  const n = charts.customers.length;
  const all = Array.from({ length: n }, (_, i) => i);
  const rows = all.filter((r) => charts.customers[r].some((c) => c > 0));
  const cols = all.filter((f) => charts.customers.some((row) => row[f] > 0));
  const data: [number, number, number | null][] = [];
  let max = 0;
  rows.forEach((r, y) => {
    cols.forEach((f, x) => {
      const v = metric === 'customers' ? charts.customers[r][f] : charts.meanMonetary[r][f];
      data.push([x, y, v]);
      if (v !== null && v > max) max = v;
    });
  });
  const score = (i: number) => String(i + 1);
  return {
    animation: false,
    // containLabel keeps the tick labels in; the rotated axis title needs its own room on the left.
    grid: { left: 30, right: 8, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      formatter: (p: unknown) => {
        const v = (p as { value: [number, number, number | null] }).value;
        return `R ${score(rows[v[1]])} · F ${score(cols[v[0]])}: ${v[2] === null ? '—' : labels.format(v[2])}`;
      },
    },
    xAxis: {
      type: 'category',
      data: cols.map(score),
      name: labels.f,
      nameLocation: 'middle',
      nameGap: 24,
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: rows.map(score),
      name: labels.r,
      nameLocation: 'middle',
      nameGap: 24,
      splitArea: { show: true },
    },
    visualMap: heatScale(max, labels.value),
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: true,
          formatter: (p: unknown) => {
            const v = (p as { value: [number, number, number | null] }).value[2];
            return v === null ? '' : labels.format(v);
          },
        },
      },
    ],
  };
}

/** Each segment's share of customers next to its share of revenue, largest customer share on top. */
export function buildSegmentSharesOption(
  segments: { name: string; share: number; revenueShare: number | null }[],
  labels: { customers: string; revenue: string },
): EChartsOption {
  const rows = [...segments].filter((s) => s.share > 0).reverse();
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.customers, labels.revenue] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => `${(Number(v) * 100).toFixed(1)}%`,
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` }, splitNumber: 3 },
    yAxis: { type: 'category', data: rows.map((s) => s.name) },
    series: [
      { name: labels.customers, type: 'bar', data: rows.map((s) => s.share), itemStyle: { color: '#91caff' } },
      {
        name: labels.revenue,
        type: 'bar',
        data: rows.map((s) => s.revenueShare ?? 0),
        itemStyle: { color: '#1668dc' },
      },
    ],
  };
}

/** The cut points' lines; a line within two bars of the last labelled one goes unlabelled (the card lists every cut point). */
function cutLines(cuts: (number | null)[], binOf: (v: number) => number, edge: (v: number) => string) {
  let labelledAt = -Infinity;
  return cuts
    .filter((c): c is number => c !== null)
    .map((c) => {
      const at = binOf(c);
      const show = at - labelledAt > 2;
      if (show) labelledAt = at;
      return { xAxis: at, name: edge(c), label: { show } };
    });
}

/** A dimension's histogram with its score cut points as vertical lines (on the bin that holds each). */
export function buildCutHistogramOption(
  bins: Bin[],
  cuts: (number | null)[],
  labels: { title: string; edge(v: number): string },
): EChartsOption {
  const binOf = (v: number) =>
    Math.max(
      0,
      bins.findIndex((b, i) => v >= b.from && (v < b.to || i === bins.length - 1)),
    );
  const { tooltip, xAxis, bar } = histogramParts(bins, labels.edge);
  return {
    animation: false,
    title: { text: labels.title, textStyle: { fontSize: 12, fontWeight: 'normal' }, top: 0, left: 0 },
    grid: { left: 8, right: 8, top: 44, bottom: 8, containLabel: true },
    tooltip,
    xAxis,
    yAxis: { type: 'value', splitNumber: 3 },
    series: [
      {
        ...bar,
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#fa541c', type: 'dashed' },
          label: { formatter: '{b}', position: 'end', fontSize: 10 },
          data: cutLines(cuts, binOf, labels.edge) as never,
        },
      },
    ],
  };
}
