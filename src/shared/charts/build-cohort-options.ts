import type { EChartsOption, HeatmapSeriesOption, LineSeriesOption, VisualMapComponentOption } from 'echarts';
import { cohortAverage, cohortCells, type CohortMetric } from '../cohort-cells';
import type { CohortRow } from '../overview';
import { heatScale, textOn } from './heat-scale';

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
  { print = false }: { print?: boolean } = {},
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
  const scale = heatScale(max, labels.value, { formatter: (v: unknown) => labels.format(Number(v)) });
  const option: EChartsOption = {
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
    visualMap: scale,
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
  return print ? printHeatmap(option, data, months, scale) : option;
}

/**
 * The heatmap on paper: every cell written (small type on wide grids), dark on the light cells
 * and white on the dark ones, small row labels and no title over them (each says its month and
 * size); no colour legend (the report's lead says what dark means).
 */
function printHeatmap(
  option: EChartsOption,
  data: [number, number, number][],
  months: number,
  scale: VisualMapComponentOption,
): EChartsOption {
  const [series] = option.series as HeatmapSeriesOption[];
  const max = scale.max as number;
  const colors = (scale.inRange as { color: [string, string] }).color;
  return {
    ...option,
    grid: { left: 8, right: 8, top: 4, bottom: 30, containLabel: true },
    xAxis: { ...(option.xAxis as object), nameGap: 20, axisTick: { show: false }, splitArea: { show: false } },
    yAxis: {
      ...(option.yAxis as object),
      name: undefined,
      axisTick: { show: false },
      axisLabel: { fontSize: 9 },
      splitArea: { show: false },
    },
    visualMap: { ...scale, show: false },
    series: [
      {
        ...series,
        data: data.map((value) => ({ value, label: { color: textOn(colors, Math.min(1, value[2] / max)) } })),
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        label: { ...series.label, show: true, fontSize: months > 24 ? 7 : months > 16 ? 8 : 9 },
      },
    ],
  };
}

/**
 * The average cohort (size-weighted) month by month: the curve under the heatmap, from month 1 for
 * shares. `partialLast`: each row's last month, covered only in part, is left out; `print`: each
 * point's value written above it (up to two years of months), the area under the curve filled.
 */
export function buildCohortCurveOption(
  rows: readonly CohortRow[],
  metric: CohortMetric,
  labels: { monthsSince: string; value: string; format(v: number): string },
  { partialLast = false, print = false }: { partialLast?: boolean; print?: boolean } = {},
): EChartsOption {
  const first = metric === 'share' ? 1 : 0;
  const average = cohortAverage(rows, metric, partialLast).slice(first);
  const line: LineSeriesOption = {
    name: labels.value,
    type: 'line',
    data: average,
    itemStyle: { color: '#1668dc' },
    symbolSize: 5,
  };
  const printed: LineSeriesOption = {
    areaStyle: { color: '#e6f4ff' },
    symbolSize: 4,
    label: {
      show: average.length <= 24,
      position: 'top',
      fontSize: 8,
      formatter: (p: unknown) => labels.format((p as { value: number }).value),
    },
  };
  return {
    animation: false,
    grid: { left: 8, right: 16, top: print ? 12 : 28, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => labels.format(Number(v)) },
    xAxis: {
      type: 'category',
      name: labels.monthsSince,
      nameLocation: 'middle',
      nameGap: print ? 20 : 24,
      data: average.map((_, i) => String(i + first)),
    },
    yAxis: {
      type: 'value',
      splitNumber: print ? 3 : undefined,
      axisLabel: { formatter: (v: number) => labels.format(v) },
    },
    series: [print ? { ...line, ...printed } : line],
  };
}
