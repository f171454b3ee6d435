import type { EChartsOption } from 'echarts';
import { cohortAverage, cohortCells, type CohortMetric } from '../cohort-cells';
import type { CohortRow } from '../overview';
import { heatScale } from './heat-scale';

/** Cell labels are written when the grid has at most this many months (more would not fit). */
const LABELLED_MONTHS = 18;

export interface CohortLabels {
  /** The cohort axis ("First purchase") and the months axis ("Months since"). */
  cohort: string;
  monthsSince: string;
  value: string;
  /** A cohort's row label: its month and size ("2010-12 · 948"). */
  row(month: string, size: number): string;
  format(v: number): string;
}

/**
 * Cohort retention as a heatmap: one row per cohort (month of first purchase, oldest at the top,
 * with its size), one column per month since, the cells the metric. The colour scale leaves out
 * month 0 for shares (always 100 %), so the later months' differences show.
 */
export function buildCohortHeatmapOption(
  rows: readonly CohortRow[],
  metric: CohortMetric,
  labels: CohortLabels,
): EChartsOption {
  const months = Math.max(1, ...rows.map((r) => r.active.length));
  // Drawn bottom up: the newest cohort is the first category, so the oldest stands at the top.
  const drawn = [...rows].reverse();
  const data: [number, number, number][] = [];
  let max = 0;
  drawn.forEach((row, y) =>
    cohortCells(row, metric).forEach((v, x) => {
      data.push([x, y, v]);
      if ((metric !== 'share' || x > 0) && v > max) max = v;
    }),
  );
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      formatter: (p: unknown) => {
        const [x, y, v] = (p as { value: [number, number, number] }).value;
        return `${labels.row(drawn[y].month, drawn[y].size)} · ${labels.monthsSince} ${x}: ${labels.format(v)}`;
      },
    },
    xAxis: {
      type: 'category',
      name: labels.monthsSince,
      nameLocation: 'middle',
      nameGap: 24,
      data: Array.from({ length: months }, (_, k) => String(k)),
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      name: labels.cohort,
      data: drawn.map((r) => labels.row(r.month, r.size)),
      splitArea: { show: true },
    },
    visualMap: heatScale(max, labels.value, { formatter: (v: unknown) => labels.format(Number(v)) }),
    series: [
      {
        name: labels.value,
        type: 'heatmap',
        data,
        label: {
          show: months <= LABELLED_MONTHS,
          fontSize: 10,
          formatter: (p: unknown) => labels.format((p as { value: [number, number, number] }).value[2]),
        },
      },
    ],
  };
}

/** The average cohort (size-weighted) month by month: the curve under the heatmap, from month 1 for shares. */
export function buildCohortCurveOption(
  rows: readonly CohortRow[],
  metric: CohortMetric,
  labels: { monthsSince: string; value: string; format(v: number): string },
): EChartsOption {
  const first = metric === 'share' ? 1 : 0;
  const average = cohortAverage(rows, metric).slice(first);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 28, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => labels.format(Number(v)) },
    xAxis: {
      type: 'category',
      name: labels.monthsSince,
      nameLocation: 'middle',
      nameGap: 24,
      data: average.map((_, i) => String(i + first)),
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => labels.format(v) } },
    series: [{ name: labels.value, type: 'line', data: average, itemStyle: { color: '#1668dc' }, symbolSize: 5 }],
  };
}
