import type { OverviewRows } from '../overview-rows';
import { completeMonths, monthStart } from './finding-days';

/** Days, both ends included. */
export interface Days {
  from: number;
  until: number;
}

/**
 * Revenue per month of the months wholly inside both the period and the data (a month the data
 * or the period begin or end in partway is left out), oldest first.
 */
export function completeMonthRevenue(
  rows: OverviewRows,
  period: Days,
  data: Days,
): { month: number; revenue: number }[] {
  const { first, last } = completeMonths(Math.max(period.from, data.from), Math.min(period.until, data.until));
  if (last < first) return [];
  const revenue = new Float64Array(last - first + 1);
  // Each day of the months its month's place (no date object per row).
  const from = monthStart(first);
  const place = new Int32Array(monthStart(last + 1) - from);
  for (let m = first; m <= last; m++) place.fill(m - first, monthStart(m) - from, monthStart(m + 1) - from);
  const { day, spend } = rows;
  for (let r = 0; r < day.length; r++) {
    const s = spend[r];
    const at = day[r] - from;
    if (s === s && at >= 0 && at < place.length) revenue[place[at]] += s;
  }
  return Array.from(revenue, (value, i) => ({ month: first + i, revenue: value }));
}
