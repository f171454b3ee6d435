import type { OverviewRows } from '../overview-rows';
import { completeMonths, monthOfDay } from './finding-days';

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
  const { day, spend } = rows;
  for (let r = 0; r < day.length; r++) {
    const s = spend[r];
    if (s !== s || day[r] !== day[r]) continue;
    const m = monthOfDay(day[r]) - first;
    if (m >= 0 && m < revenue.length) revenue[m] += s;
  }
  return Array.from(revenue, (value, i) => ({ month: first + i, revenue: value }));
}
