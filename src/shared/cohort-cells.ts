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

/** A cohort's totals month by month, before dividing by its size: customers back, revenue, revenue summed up. */
function cohortTotals(row: CohortRow, metric: CohortMetric): number[] {
  if (metric === 'share') return row.active;
  if (metric === 'revenue') return row.revenue;
  let sum = 0;
  return row.revenue.map((r) => (sum += r));
}

/**
 * The average curve under the heatmap: for each month since the first purchase, the metric
 * over all cohorts that have reached that month, weighted by their size (the customers who
 * bought again ÷ the customers of those cohorts; revenue ÷ customers). With `partialLast` (the
 * period ends partway through its last month), each row's last month, which the data cover only
 * in part, is left out.
 */
export function cohortAverage(rows: readonly CohortRow[], metric: CohortMetric, partialLast = false): number[] {
  const drop = partialLast ? 1 : 0;
  const months = Math.max(0, ...rows.map((r) => r.active.length - drop));
  const totals = rows.map((r) => cohortTotals(r, metric));
  return Array.from({ length: months }, (_, k) => {
    let sum = 0;
    let size = 0;
    rows.forEach((r, i) => {
      if (r.active.length - drop <= k) return;
      sum += totals[i][k];
      size += r.size;
    });
    return sum / size;
  });
}

/**
 * The average retention curve, month by month from month 1 (month 0 is always 100 %): the
 * customers of the cohorts that have reached month k who bought in it, over those cohorts' sizes.
 */
export function averageRetention(rows: readonly CohortRow[], partialLast = false): { month: number; share: number }[] {
  return cohortAverage(rows, 'share', partialLast)
    .map((share, k) => ({ month: k, share }))
    .slice(1);
}
