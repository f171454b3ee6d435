import { medianOf as median } from './order-stats';
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
export function summarizeSegments(segmentation: Segmentation, input: SummaryInput): { rows: SegmentSummaryRow[]; overall: SegmentSummaryRow } {
  const n = segmentation.segment.length;
  const k = segmentation.segments.length;
  // Each segment's customers, by counting sort on the segment index.
  const sizes = new Int32Array(k);
  for (let c = 0; c < n; c++) sizes[segmentation.segment[c]]++;
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(k);
  for (let c = 0; c < n; c++) {
    const s = segmentation.segment[c];
    members[s][filled[s]++] = c;
  }
  let totalRevenue = 0;
  for (let c = 0; c < n; c++) totalRevenue += input.monetary[c];
  const row = (segment: number, list: Int32Array): SegmentSummaryRow => {
    let orders = 0;
    let revenue = 0;
    for (let i = 0; i < list.length; i++) {
      orders += input.orders[list[i]];
      revenue += input.monetary[list[i]];
    }
    return {
      segment,
      customers: list.length,
      share: list.length / n,
      orders,
      revenue,
      revenueShare: totalRevenue !== 0 ? revenue / totalRevenue : Number.NaN,
      aov: orders > 0 ? revenue / orders : Number.NaN,
      medianRecency: median(input.recency, list),
      medianFrequency: median(input.frequency, list),
      medianMonetary: median(input.monetary, list),
    };
  };
  const rows = members.map((list, s) => row(s, list));
  const overall = row(-1, Int32Array.from({ length: n }, (_, c) => c));
  return { rows, overall };
}
