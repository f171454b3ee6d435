import type { ChartTable } from '../../../charts/chart-table';
import { metricValue, type PlaceMetric, type PlaceRow } from './place-rows';
import type { PlaceWords } from './place-tooltip';

/**
 * Every place's figures as the chart's data table (the chart itself may show only the top
 * places): place, customers (when the dataset has customer ids), orders, revenue, share of
 * revenue; `unplaced` (orders whose place is unknown) last. The summary names the largest by the metric.
 */
export function placesTable(
  rows: readonly PlaceRow[],
  unplaced: PlaceRow | null,
  metric: PlaceMetric,
  words: PlaceWords & { place: string; kind: 'map' | 'bar' },
): ChartTable {
  const withCustomers = rows.some((r) => r.customers !== null);
  const cells = (r: PlaceRow) => [
    ...(withCustomers ? [r.customers === null ? '—' : words.int(r.customers)] : []),
    words.int(r.orders),
    words.money(r.revenue),
    words.pct(r.share),
  ];
  const all = unplaced ? [...rows, unplaced] : rows;
  let best: PlaceRow | null = null;
  for (const r of rows) if (best === null || (metricValue(r, metric) ?? 0) > (metricValue(best, metric) ?? 0)) best = r;
  const bestValue = best && metricValue(best, metric);
  return {
    kind: words.kind,
    columns: [words.place, ...(withCustomers ? [words.customers] : []), words.orders, words.revenue, words.share],
    rows: all.map((r) => ({ label: r.label, cells: cells(r) })),
    highlights:
      best && bestValue !== null
        ? [
            {
              series: '',
              label: best.label,
              value: metric === 'revenue' ? words.money(bestValue) : words.int(bestValue),
            },
          ]
        : [],
  };
}
