import type { EChartsOption } from 'echarts';
import { metricValue, type PlaceMetric, type PlaceRow } from './place-rows';

/** How many places the bars show before the rest are summed as one bar (cities, countries). */
export const TOP_PLACES = 20;

/** Seven region colours that stay apart in greyscale print, and grey for places of no region. */
const GROUP_COLOURS = ['#1677ff', '#fa8c16', '#52c41a', '#722ed1', '#eb2f96', '#13c2c2', '#8c8c8c', '#d9d9d9'];

export interface PlacesBarLabels {
  metric: string;
  format(v: number): string;
  tooltip(row: PlaceRow): string;
}

/**
 * The first `top` places and, when more are left, one row summing the rest (`others` names it
 * from their count). Customers add up as the places count them: a customer who ordered from
 * two places counts in both.
 */
export function topPlaces(rows: readonly PlaceRow[], others: (count: number) => string, top = TOP_PLACES): PlaceRow[] {
  if (rows.length <= top + 1) return [...rows];
  const rest = rows.slice(top);
  return [
    ...rows.slice(0, top),
    {
      name: '',
      label: others(rest.length),
      customers: rest.some((r) => r.customers !== null) ? rest.reduce((s, r) => s + (r.customers ?? 0), 0) : null,
      orders: rest.reduce((s, r) => s + r.orders, 0),
      revenue: rest.reduce((s, r) => s + r.revenue, 0),
      share: rest.reduce((s, r) => s + r.share, 0),
    },
  ];
}

/** Groups in the order of their totals (largest first), each group's places largest first. `group` names a place's group (a province's region). */
export function groupedPlaces(
  rows: readonly PlaceRow[],
  metric: PlaceMetric,
  group: (row: PlaceRow) => string,
): { rows: PlaceRow[]; groups: string[] } {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(group(row), (totals.get(group(row)) ?? 0) + (metricValue(row, metric) ?? 0));
  const groups = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  // rows come sorted by the metric: a stable sort by group keeps that order inside each group.
  return { rows: [...rows].sort((a, b) => groups.indexOf(group(a)) - groups.indexOf(group(b))), groups };
}

/**
 * The places as horizontal bars of the metric, the first row on top. With `group`, one series
 * per group (stacked, so each place has one bar in its group's colour) and a legend; a group
 * keeps its colour whatever the order (`colour`: its index in the palette).
 */
export function buildPlacesBarOption(
  rows: readonly PlaceRow[],
  metric: PlaceMetric,
  labels: PlacesBarLabels,
  group?: { names: string[]; of(row: PlaceRow): string; colour(name: string): number },
): EChartsOption {
  const drawn = [...rows].reverse();
  const value = (row: PlaceRow) => metricValue(row, metric);
  const series = group
    ? group.names.map((name) => ({
        type: 'bar' as const,
        name,
        stack: 'places',
        itemStyle: { color: GROUP_COLOURS[Math.min(group.colour(name), GROUP_COLOURS.length - 1)] },
        data: drawn.map((row) => (group.of(row) === name ? value(row) : null)),
      }))
    : [{ type: 'bar' as const, name: labels.metric, itemStyle: { color: '#4096ff' }, data: drawn.map(value) }];
  return {
    animation: false,
    grid: { left: 8, right: 32, top: group ? 32 : 8, bottom: 8, containLabel: true },
    legend: group ? { top: 0, left: 0, data: group.names } : undefined,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => labels.tooltip(drawn[(p as { dataIndex: number }).dataIndex]),
    },
    xAxis: {
      type: 'value',
      splitNumber: 3,
      axisLabel: { formatter: (v: number) => labels.format(v) },
    },
    yAxis: {
      type: 'category',
      data: drawn.map((row) => (row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label)),
    },
    series,
  };
}
