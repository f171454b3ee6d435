import { placeName } from '../../../../../shared/geo/place-name';
import type { Places } from '../../../../../shared/overview';

/** What the map and the bars measure: customers, revenue, or orders (for orders without customer ids). */
export type PlaceMetric = 'customers' | 'revenue' | 'orders';

/** A place with its name in the UI language and its share of the period's revenue (unplaced orders included). */
export interface PlaceRow {
  /** The place as the app knows it (the engine's name). */
  name: string;
  /** As the UI language writes it. */
  label: string;
  customers: number | null;
  orders: number;
  revenue: number;
  share: number;
}

/** The metrics a dataset can be coloured by: customers and revenue, or orders and revenue without customer ids. */
export function placeMetrics(places: Places): PlaceMetric[] {
  return places.rows.some((r) => r.customers !== null) ? ['customers', 'revenue'] : ['orders', 'revenue'];
}

/** A row's value of a metric (null: the dataset has no customer ids). */
export function metricValue(row: Pick<PlaceRow, PlaceMetric>, metric: PlaceMetric): number | null {
  return row[metric];
}

/** The places, named in the UI language, largest first by the metric (then by revenue, then by name). */
export function placeRows(places: Places, language: string, metric: PlaceMetric): PlaceRow[] {
  const total = places.rows.reduce((sum, r) => sum + r.revenue, places.unplaced.revenue);
  return places.rows
    .map((r) => ({
      name: r.name,
      label: placeName(places.kind, r.name, language),
      customers: r.customers,
      orders: r.orders,
      revenue: r.revenue,
      share: total > 0 ? r.revenue / total : 0,
    }))
    .sort(
      (a, b) =>
        (metricValue(b, metric) ?? 0) - (metricValue(a, metric) ?? 0) ||
        b.revenue - a.revenue ||
        a.label.localeCompare(b.label),
    );
}
