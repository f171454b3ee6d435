import { quantile7 } from './rfm-scores';
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

function median(values: Float64Array, members: Int32Array): number {
  if (members.length === 0) return Number.NaN;
  const picked = Float64Array.from(members, (c) => values[c]).sort();
  return quantile7(picked, 0.5);
}

/** Customers, orders, revenue, their shares, order value and median R/F/M per segment and overall. */
export function summarizeSegments(segmentation: Segmentation, input: SummaryInput): { rows: SegmentSummaryRow[]; overall: SegmentSummaryRow } {
  const n = segmentation.segment.length;
  const k = segmentation.segments.length;
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let c = 0; c < n; c++) members[segmentation.segment[c]].push(c);
  let totalRevenue = 0;
  for (let c = 0; c < n; c++) totalRevenue += input.monetary[c];
  const row = (segment: number, list: Int32Array): SegmentSummaryRow => {
    let orders = 0;
    let revenue = 0;
    for (const c of list) {
      orders += input.orders[c];
      revenue += input.monetary[c];
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
  const rows = members.map((list, s) => row(s, Int32Array.from(list)));
  const overall = row(-1, Int32Array.from({ length: n }, (_, c) => c));
  return { rows, overall };
}
