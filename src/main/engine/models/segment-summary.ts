import { mediansBy } from './order-stats';
import type { Segmentation } from './rfm';

/** What a summary needs of each customer. */
export interface SummaryInput {
  orders: Float64Array;
  monetary: Float64Array;
  recency: Float64Array;
  frequency: Float64Array;
}

export interface SegmentSummaryRow {
  /** Index into the segmentation's segments; -1 for the overall row. */
  segment: number;
  customers: number;
  share: number;
  orders: number;
  revenue: number;
  revenueShare: number;
  /** Revenue per order. */
  aov: number;
  medianRecency: number;
  medianFrequency: number;
  medianMonetary: number;
}

/** Customers, orders, revenue, their shares, order value and median R/F/M per segment and overall. */
export function summarizeSegments(
  segmentation: Segmentation,
  input: SummaryInput,
): { rows: SegmentSummaryRow[]; overall: SegmentSummaryRow } {
  const { segment } = segmentation;
  const n = segment.length;
  const k = segmentation.segments.length;
  const customers = new Float64Array(k);
  const orders = new Float64Array(k);
  const revenue = new Float64Array(k);
  let totalOrders = 0;
  let totalRevenue = 0;
  for (let c = 0; c < n; c++) {
    const s = segment[c];
    customers[s]++;
    orders[s] += input.orders[c];
    revenue[s] += input.monetary[c];
    totalOrders += input.orders[c];
    totalRevenue += input.monetary[c];
  }
  const recency = mediansBy(input.recency, segment, k);
  const frequency = mediansBy(input.frequency, segment, k);
  const monetary = mediansBy(input.monetary, segment, k);
  const row = (
    s: number,
    count: number,
    segmentOrders: number,
    segmentRevenue: number,
    median: (m: { perGroup: number[]; overall: number }) => number,
  ): SegmentSummaryRow => ({
    segment: s,
    customers: count,
    share: count / n,
    orders: segmentOrders,
    revenue: segmentRevenue,
    revenueShare: totalRevenue !== 0 ? segmentRevenue / totalRevenue : Number.NaN,
    aov: segmentOrders > 0 ? segmentRevenue / segmentOrders : Number.NaN,
    medianRecency: median(recency),
    medianFrequency: median(frequency),
    medianMonetary: median(monetary),
  });
  const rows = Array.from({ length: k }, (_, s) => row(s, customers[s], orders[s], revenue[s], (m) => m.perGroup[s]));
  return { rows, overall: row(-1, n, totalOrders, totalRevenue, (m) => m.overall) };
}
