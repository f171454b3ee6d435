import type { EChartsOption } from 'echarts';
import type { Grain, TrendPoint } from '../overview';

/** A trend bucket's label: the month (YYYY-MM) for months, else the bucket's first day. */
export const bucketLabel = (start: string, grain: Grain) => (grain === 'month' ? start.slice(0, 7) : start);

/**
 * Revenue (bars, left axis) and orders (line, right axis) per bucket of the trend; the tooltip
 * writes each series in its own unit.
 */
export function buildTrendOption(
  trend: readonly TrendPoint[],
  grain: Grain,
  labels: {
    revenue: string;
    orders: string;
    money(v: number): string;
    /** Money on the axis: short (no cents, thousands abbreviated). */
    axisMoney(v: number): string;
    int(v: number): string;
  },
): EChartsOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.revenue, labels.orders] },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const items = params as { axisValueLabel: string; seriesIndex: number; value: number; marker: string }[];
        const lines = items.map(
          (p) =>
            `${p.marker}${p.seriesIndex === 0 ? labels.revenue : labels.orders}: ${p.seriesIndex === 0 ? labels.money(p.value) : labels.int(p.value)}`,
        );
        return [items[0]?.axisValueLabel ?? '', ...lines].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: trend.map((p) => bucketLabel(p.start, grain)) },
    yAxis: [
      { type: 'value', name: labels.revenue, axisLabel: { formatter: (v: number) => labels.axisMoney(v) } },
      { type: 'value', name: labels.orders, splitLine: { show: false } },
    ],
    series: [
      {
        name: labels.revenue,
        type: 'bar',
        data: trend.map((p) => p.revenue),
        itemStyle: { color: '#1668dc' },
      },
      {
        name: labels.orders,
        type: 'line',
        yAxisIndex: 1,
        data: trend.map((p) => p.orders),
        itemStyle: { color: '#fa8c16' },
        symbolSize: 5,
      },
    ],
  };
}

/** Active customers per bucket, stacked: those who bought for the first time ever, and the ones who came back. */
export function buildNewReturningOption(
  trend: readonly TrendPoint[],
  grain: Grain,
  labels: { newCustomers: string; returning: string; customers: string },
): EChartsOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.newCustomers, labels.returning] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: trend.map((p) => bucketLabel(p.start, grain)) },
    yAxis: { type: 'value', name: labels.customers, minInterval: 1 },
    series: [
      {
        name: labels.newCustomers,
        type: 'bar',
        stack: 'customers',
        data: trend.map((p) => p.newCustomers ?? 0),
        itemStyle: { color: '#52c41a' },
      },
      {
        name: labels.returning,
        type: 'bar',
        stack: 'customers',
        data: trend.map((p) => p.returningCustomers ?? 0),
        itemStyle: { color: '#1668dc' },
      },
    ],
  };
}
