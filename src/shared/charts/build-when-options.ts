import type { EChartsOption } from 'echarts';
import { heatScale } from './heat-scale';

/**
 * Orders by weekday (rows, Monday at the top) × hour of day (columns, 0–23) as a heatmap.
 * `weekdays` are the seven day names from Monday.
 */
export function buildWeekdayHourOption(
  counts: readonly (readonly number[])[],
  labels: { weekdays: readonly string[]; hour: string; weekday: string; orders: string; int(v: number): string },
): EChartsOption {
  // Drawn bottom up: Sunday is the first category, so Monday stands at the top.
  const order = [6, 5, 4, 3, 2, 1, 0];
  const data = order.flatMap((day, y) => counts[day].map((v, hour): [number, number, number] => [hour, y, v]));
  const max = Math.max(0, ...counts.flat());
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      formatter: (p: unknown) => {
        const [hour, y, v] = (p as { value: [number, number, number] }).value;
        return `${labels.weekdays[order[y]]} ${String(hour).padStart(2, '0')}:00 · ${labels.orders}: ${labels.int(v)}`;
      },
    },
    xAxis: {
      type: 'category',
      name: labels.hour,
      nameLocation: 'middle',
      nameGap: 24,
      data: Array.from({ length: 24 }, (_, h) => String(h)),
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      name: labels.weekday,
      data: order.map((d) => labels.weekdays[d]),
      splitArea: { show: true },
    },
    visualMap: heatScale(max, labels.orders, { colors: ['#f0f5ff', '#1d39c4'] }),
    series: [{ name: labels.orders, type: 'heatmap', data }],
  };
}

/** Orders by month of the year (January first); `months` are the twelve month names. */
export function buildMonthOfYearOption(
  counts: readonly number[],
  labels: { months: readonly string[]; orders: string },
): EChartsOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: [...labels.months] },
    yAxis: { type: 'value', name: labels.orders, minInterval: 1 },
    series: [{ name: labels.orders, type: 'bar', data: [...counts], itemStyle: { color: '#1668dc' } }],
  };
}
