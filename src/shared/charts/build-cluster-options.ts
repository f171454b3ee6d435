import type { EChartsOption } from 'echarts';
import { escapeHtml } from '../escape-html';
import type { ChooseKResult, ClusterResult } from '../cluster';

/** The categorical palette for clusters: distinct hues that stay apart in greyscale print. */
export const CLUSTER_COLORS = [
  '#1668dc',
  '#fa8c16',
  '#13a8a8',
  '#c41d7f',
  '#7cb305',
  '#722ed1',
  '#d4380d',
  '#08979c',
  '#ad6800',
  '#2f54eb',
  '#389e0d',
  '#8c8c8c',
];

/** The k-selection chart: inertia (the elbow, bars) and mean silhouette (line) for each k; the recommended k marked. */
export function buildChooseKOption(
  result: ChooseKResult,
  labels: { inertia: string; silhouette: string; k: string },
): EChartsOption {
  const ks = result.rows.map((r) => String(r.k));
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.inertia, labels.silhouette] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: ks, name: labels.k, nameLocation: 'middle', nameGap: 24 },
    yAxis: [
      {
        type: 'value',
        name: labels.inertia,
        splitNumber: 3,
        axisLabel: { formatter: (v: number) => (v >= 1e4 ? `${Math.round(v / 1e3)}k` : String(Math.round(v))) },
      },
      { type: 'value', name: labels.silhouette, min: 0, max: 1, splitNumber: 4 },
    ],
    series: [
      {
        name: labels.inertia,
        type: 'bar',
        data: result.rows.map((r) => ({
          value: r.inertia,
          itemStyle: { color: r.k === result.recommended.k ? '#1668dc' : '#bae0ff' },
        })),
      },
      {
        name: labels.silhouette,
        type: 'line',
        yAxisIndex: 1,
        data: result.rows.map((r) => r.silhouette),
        itemStyle: { color: '#fa541c' },
        markPoint: {
          symbolSize: 36,
          data: [
            {
              coord: [
                String(result.recommended.k),
                result.rows.find((r) => r.k === result.recommended.k)?.silhouette ?? 0,
              ],
              value: `k=${result.recommended.k}`,
            },
          ] as never,
        },
      },
    ],
  };
}

/** The height of one legend row, px. */
const LEGEND_ROW = 22;

/**
 * How many rows a legend of these cluster names takes in a chart half a page wide (about 460 px,
 * 6.5 px a character and 40 px for the mark and gap): every name is shown, the legend never pages.
 */
export function legendRows(names: readonly string[]): number {
  const widest = Math.max(0, ...names.map((n) => n.length)) * 6.5 + 40;
  return Math.ceil(names.length / Math.max(1, Math.floor(460 / widest)));
}

/** The customers on the first two principal components, one colour per cluster; the legend shows every cluster. */
export function buildClusterScatterOption(
  pca: NonNullable<ClusterResult['pca']>,
  names: string[],
  labels: { pc1: string; pc2: string },
): EChartsOption {
  return {
    animation: false,
    grid: { left: 36, right: 16, top: 14 + legendRows(names) * LEGEND_ROW, bottom: 28, containLabel: true },
    legend: { top: 0, type: 'plain', data: names },
    tooltip: { trigger: 'item', formatter: (p: unknown) => escapeHtml((p as { seriesName: string }).seriesName) },
    xAxis: { type: 'value', name: labels.pc1, nameLocation: 'middle', nameGap: 24, scale: true },
    yAxis: { type: 'value', name: labels.pc2, nameLocation: 'middle', nameGap: 32, scale: true },
    series: names.map((name, c) => ({
      name,
      type: 'scatter',
      symbolSize: 5,
      itemStyle: { color: CLUSTER_COLORS[c % CLUSTER_COLORS.length], opacity: 0.7 },
      data: pca.points.filter((p) => p[2] === c).map((p) => [p[0], p[1]]),
    })),
  };
}

/**
 * Each cluster's centroid on a radar: every field scaled from the lowest to the highest centroid
 * (0–1), the real values in the tooltip; the legend above shows every cluster, the radar below it
 * in a chart `height` px high.
 */
export function buildCentroidRadarOption(
  centroids: ClusterResult['centroids'],
  fields: string[],
  names: string[],
  format: (v: number) => string,
  height = 340,
): EChartsOption {
  const lo = fields.map((_, j) => Math.min(...centroids.map((c) => c.values[j])));
  const hi = fields.map((_, j) => Math.max(...centroids.map((c) => c.values[j])));
  const legend = legendRows(names) * LEGEND_ROW;
  const room = height - legend;
  return {
    animation: false,
    legend: { top: 0, type: 'plain', data: names },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, dataIndex } = p as { name: string; dataIndex: number };
        return `${escapeHtml(name)}<br>${fields.map((f, j) => `${escapeHtml(f)}: ${format(centroids[dataIndex].values[j])}`).join('<br>')}`;
      },
    },
    radar: {
      indicator: fields.map((f) => ({ name: f.length > 18 ? `${f.slice(0, 17)}…` : f, min: 0, max: 1 })),
      center: ['50%', legend + room / 2],
      radius: Math.max(40, room * 0.36),
    },
    series: [
      {
        type: 'radar',
        data: centroids.map((c, i) => ({
          name: names[i],
          value: c.values.map((v, j) => (hi[j] > lo[j] ? (v - lo[j]) / (hi[j] - lo[j]) : 0.5)),
          itemStyle: { color: CLUSTER_COLORS[i % CLUSTER_COLORS.length] },
          lineStyle: { width: 2 },
        })),
      },
    ],
  };
}
