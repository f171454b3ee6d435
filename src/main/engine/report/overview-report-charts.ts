import type { EChartsOption } from 'echarts';
import type { CohortRow, Concentration, Grain, TrendPoint } from '../../../shared/overview';

const BLUE = '#1668dc';
const LIGHT = '#91caff';
const GREY = '#8c8c8c';
const percent = (v: number) => `${Math.round(v * 100)}%`;

/** A trend bucket's label: the month (YYYY-MM) by month, else the bucket's first day. */
export const bucketLabel = (start: string, grain: Grain) => (grain === 'month' ? start.slice(0, 7) : start);

/** Revenue as bars (left axis, money) and orders as a line (right axis) by the trend's buckets. */
export function trendOption(
  trend: TrendPoint[],
  grain: Grain,
  labels: { revenue: string; orders: string; money(v: number): string; int(v: number): string },
): EChartsOption {
  return {
    grid: { left: 8, right: 8, top: 30, bottom: 4, containLabel: true },
    legend: { top: 0, data: [labels.revenue, labels.orders] },
    xAxis: { type: 'category', data: trend.map((p) => bucketLabel(p.start, grain)), axisLabel: { hideOverlap: true } },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => labels.money(v) }, splitNumber: 4 },
      { type: 'value', axisLabel: { formatter: (v: number) => labels.int(v) }, splitLine: { show: false } },
    ],
    series: [
      { name: labels.revenue, type: 'bar', data: trend.map((p) => p.revenue), itemStyle: { color: LIGHT } },
      {
        name: labels.orders,
        type: 'line',
        yAxisIndex: 1,
        data: trend.map((p) => p.orders),
        itemStyle: { color: BLUE },
        symbolSize: 4,
      },
    ],
  };
}

/** Active customers by bucket, stacked: new (first purchase in the bucket) under returning. */
export function customersOption(
  trend: TrendPoint[],
  grain: Grain,
  labels: { new: string; returning: string; int(v: number): string },
): EChartsOption {
  const bar = (name: string, data: (number | null)[], color: string) =>
    ({ name, type: 'bar', stack: 'customers', data, itemStyle: { color } }) as const;
  return {
    grid: { left: 8, right: 8, top: 30, bottom: 4, containLabel: true },
    legend: { top: 0, data: [labels.new, labels.returning] },
    xAxis: { type: 'category', data: trend.map((p) => bucketLabel(p.start, grain)), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => labels.int(v) }, splitNumber: 4 },
    series: [
      bar(
        labels.new,
        trend.map((p) => p.newCustomers),
        '#13a8a8',
      ),
      bar(
        labels.returning,
        trend.map((p) => p.returningCustomers),
        '#0b3d91',
      ),
    ],
  };
}

/** The share of a cohort active k months after its first (k ≥ 1), for each k the row reaches. */
const shares = (row: CohortRow) => row.active.map((a) => a / row.size);

/**
 * The cohort matrix as a heatmap: cohorts top to bottom (oldest first) with their sizes, months
 * since the first purchase left to right, each cell the share active in whole percent. The colour
 * scale is set by the months after the first (month 0 is always 100 %).
 */
export function cohortOption(
  rows: CohortRow[],
  labels: { row(month: string, size: number): string; months: string },
): EChartsOption {
  const width = Math.max(...rows.map((r) => r.active.length));
  const cells = rows.flatMap((r, y) => shares(r).map((s, k) => [k, y, s] as [number, number, number]));
  const max = Math.max(0.01, ...cells.filter(([k]) => k > 0).map(([, , s]) => s));
  // Dark text on the light cells, white on the dark ones.
  const data = cells.map((value) => ({ value, label: { color: value[2] / max < 0.45 ? '#1f1f1f' : '#ffffff' } }));
  const font = width > 24 ? 7 : width > 16 ? 8 : 9;
  return {
    grid: { left: 8, right: 8, top: 4, bottom: 30, containLabel: true },
    xAxis: {
      type: 'category',
      data: Array.from({ length: width }, (_, k) => String(k)),
      name: labels.months,
      nameLocation: 'middle',
      nameGap: 20,
      axisTick: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => labels.row(r.month, r.size)),
      axisTick: { show: false },
      axisLabel: { fontSize: 9 },
    },
    visualMap: {
      show: false,
      min: 0,
      max,
      inRange: { color: ['#f0f5ff', '#1668dc', '#0b3d91'] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        label: {
          show: true,
          fontSize: font,
          formatter: (p: unknown) => String(Math.round((p as { value: number[] }).value[2] * 100)),
        },
      },
    ],
  };
}

/**
 * The average retention curve: for each month k ≥ 1, the customers of the cohorts that have
 * reached month k who bought in it, over those cohorts' sizes (a size-weighted average). With
 * `partialLast` (the period ends partway through its last month), each row's last month, which
 * the data cover only in part, is left out.
 */
export function averageRetention(rows: CohortRow[], partialLast = false): { month: number; share: number }[] {
  const drop = partialLast ? 1 : 0;
  const width = Math.max(0, ...rows.map((r) => r.active.length - drop));
  const out: { month: number; share: number }[] = [];
  for (let k = 1; k < width; k++) {
    let active = 0;
    let size = 0;
    for (const r of rows)
      if (r.active.length - drop > k) {
        active += r.active[k];
        size += r.size;
      }
    if (size > 0) out.push({ month: k, share: active / size });
  }
  return out;
}

export function averageOption(curve: { month: number; share: number }[], labels: { share: string; months: string }) {
  return {
    grid: { left: 8, right: 16, top: 12, bottom: 30, containLabel: true },
    xAxis: {
      type: 'category',
      data: curve.map((p) => String(p.month)),
      name: labels.months,
      nameLocation: 'middle',
      nameGap: 20,
    },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: percent }, splitNumber: 3 },
    series: [
      {
        name: labels.share,
        type: 'line',
        data: curve.map((p) => p.share),
        itemStyle: { color: BLUE },
        areaStyle: { color: '#e6f4ff' },
        symbolSize: 4,
        label: {
          show: curve.length <= 24,
          position: 'top',
          fontSize: 8,
          formatter: (p: unknown) => percent((p as { value: number }).value),
        },
      },
    ],
  } satisfies EChartsOption;
}

/** The Pareto curve (share of revenue against share of customers, biggest first), the diagonal of equal shares, and the top 1/10/20 % marked. */
export function paretoOption(
  concentration: Concentration,
  labels: { x: string; y: string; revenue: string; equal: string; top(top: number, share: number): string },
): EChartsOption {
  const axis = { type: 'value', min: 0, max: 1, axisLabel: { formatter: percent }, splitNumber: 5 } as const;
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 26, containLabel: true },
    legend: { top: 0, data: [labels.revenue, labels.equal] },
    xAxis: { ...axis, name: labels.x, nameLocation: 'middle', nameGap: 22 },
    yAxis: { ...axis, name: labels.y, nameLocation: 'end', nameGap: 10, nameTextStyle: { align: 'left' } },
    series: [
      {
        name: labels.revenue,
        type: 'line',
        data: concentration.curve,
        showSymbol: false,
        itemStyle: { color: BLUE },
        areaStyle: { color: '#e6f4ff' },
      },
      {
        name: labels.equal,
        type: 'line',
        data: [
          [0, 0],
          [1, 1],
        ],
        showSymbol: false,
        itemStyle: { color: GREY },
        lineStyle: { type: 'dashed', width: 1 },
      },
      {
        type: 'scatter',
        // Above the curve and its area, so the read-offs are never drawn under them.
        z: 10,
        data: concentration.top.map((p) => [p.top, p.share]),
        itemStyle: { color: '#d4380d', opacity: 1 },
        symbolSize: 7,
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          fontWeight: 'bold',
          color: '#1f1f1f',
          backgroundColor: 'rgba(255,255,255,0.85)',
          padding: [1, 3],
          formatter: (p: unknown) => {
            const [top, share] = (p as { value: [number, number] }).value;
            return labels.top(top, share);
          },
        },
      },
    ],
  };
}
