import { COHORT_LIMIT, type CohortRow } from '../../../shared/overview';
import { dayOfMonth, isoOfMonth, lowerBound, monthOfDay } from './days';
import type { OrderBook } from './order-book';
import type { Days } from './period';

/**
 * Cohort retention over a range: the customers whose first purchase ever falls in each month
 * the range touches (the latest COHORT_LIMIT months), × months since. active[k] counts the
 * cohort's customers who bought in their k-th month after the first (active[0] = size),
 * revenue[k] their spend in it; a row ends at the range's last month (orders up to its last day).
 */
export function cohorts(book: OrderBook, p: Days): CohortRow[] {
  const last = monthOfDay(p.until);
  const first = Math.max(monthOfDay(p.from), last - COHORT_LIMIT + 1);
  const rows = last - first + 1;
  const width = rows;
  const active = new Int32Array(rows * width);
  const revenue = new Float64Array(rows * width);
  const lastK = new Int32Array(book.firstDay.length).fill(-1);
  const lo = lowerBound(book.day, dayOfMonth(first));
  const hi = lowerBound(book.day, p.until + 1);
  for (let o = lo; o < hi; o++) {
    const c = book.customer[o];
    if (c < 0) continue;
    const cohort = book.firstMonth[c] - first;
    if (cohort < 0) continue;
    const k = book.month[o] - book.firstMonth[c];
    const at = cohort * width + k;
    revenue[at] += book.revenue[o];
    if (lastK[c] === k) continue;
    lastK[c] = k;
    active[at]++;
  }
  const out: CohortRow[] = [];
  for (let i = 0; i < rows; i++) {
    const size = active[i * width];
    if (size === 0) continue;
    const length = rows - i;
    out.push({
      month: isoOfMonth(first + i),
      size,
      active: Array.from(active.subarray(i * width, i * width + length)),
      revenue: Array.from(revenue.subarray(i * width, i * width + length)),
    });
  }
  return out;
}
