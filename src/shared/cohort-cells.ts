import type { CohortRow } from './overview';

/** What a cohort heatmap shows: the share who bought again, revenue per cohort customer, or that revenue summed up to each month. */
export type CohortMetric = 'share' | 'revenue' | 'cumulative';

/** One cohort's cells for a metric, month 0 first (as many as the row has months). */
export function cohortCells(row: CohortRow, metric: CohortMetric): number[] {
  if (metric === 'share') return row.active.map((a) => a / row.size);
  const perCustomer = row.revenue.map((r) => r / row.size);
  if (metric === 'revenue') return perCustomer;
  let sum = 0;
  return perCustomer.map((r) => (sum += r));
}

/**
 * The average curve under the heatmap: for each month since the first purchase, the metric
 * over all cohorts that have reached that month, weighted by their size (the customers who
 * bought again ÷ the customers of those cohorts; revenue ÷ customers).
 */
export function cohortAverage(rows: readonly CohortRow[], metric: CohortMetric): number[] {
  const months = Math.max(0, ...rows.map((r) => r.active.length));
  return Array.from({ length: months }, (_, k) => {
    const reached = rows.filter((r) => r.active.length > k);
    const size = reached.reduce((s, r) => s + r.size, 0);
    const sum = reached.reduce((s, r) => s + cohortCells(r, metric)[k] * r.size, 0);
    return sum / size;
  });
}
