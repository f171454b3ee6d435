import { COHORT_LIMIT, type CohortRow, type Overview, type TrendPoint } from '../../../shared/overview';
import { concentrationOfSums } from '../overview/concentration';
import { dayOfMonth, isoOfDay, isoOfMonth } from '../overview/days';
import type { SummaryOverviewBase } from './summary-overview-base';
import type { SummaryPeriod } from './summary-period';

/** Revenue, orders, new and returning customers per month of the period (every month, empty ones too). */
export function summaryTrend(base: SummaryOverviewBase, p: SummaryPeriod): TrendPoint[] {
  const { first, last } = p.months;
  const points = Array.from({ length: last - first + 1 }, (_, i) => ({
    start: isoOfDay(dayOfMonth(first + i)),
    revenue: 0,
    orders: 0,
    newCustomers: 0,
    returningCustomers: 0,
  }));
  for (const [month, cohort, people, orders, revenue] of base.aggregates.months) {
    if (month < first || month > last) continue;
    const point = points[month - first];
    point.revenue += revenue;
    point.orders += orders;
    if (month === cohort) point.newCustomers += people;
    else point.returningCustomers += people;
  }
  return points;
}

/** Cohort retention over the period, as `cohorts` (engine/overview) makes it from orders: read from the months × cohorts table. */
export function summaryCohorts(base: SummaryOverviewBase, p: SummaryPeriod): CohortRow[] {
  const last = p.months.last;
  const first = Math.max(p.months.first, last - COHORT_LIMIT + 1);
  const rows = new Map<number, CohortRow>();
  const row = (cohort: number) => {
    let r = rows.get(cohort);
    if (!r) {
      const length = last - cohort + 1;
      r = {
        month: isoOfMonth(cohort),
        size: 0,
        active: Array.from({ length }, () => 0),
        revenue: Array.from({ length }, () => 0),
      };
      rows.set(cohort, r);
    }
    return r;
  };
  for (const [month, cohort, people, , revenue] of base.aggregates.months) {
    if (cohort < first || cohort > last || month > last) continue;
    const r = row(cohort);
    r.active[month - cohort] += people;
    r.revenue[month - cohort] += revenue;
    if (month === cohort) r.size = people;
  }
  return [...rows.entries()]
    .filter(([, r]) => r.size > 0)
    .sort(([a], [b]) => a - b)
    .map(([, r]) => r);
}

/** The period's orders by month of year, and by weekday × hour when the orders' dates carry times. */
export function summaryWhen(base: SummaryOverviewBase, p: SummaryPeriod): Overview['when'] {
  const { first, last } = p.months;
  const monthOfYear = Array.from({ length: 12 }, () => 0);
  const cells = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  let timed = 0;
  for (const [month, weekday, hour, orders, withTime] of base.aggregates.hours) {
    timed += withTime;
    if (month < first || month > last) continue;
    monthOfYear[month % 12] += orders;
    cells[weekday][hour] += orders;
  }
  return { weekdayHour: timed > 0 ? cells : null, monthOfYear };
}

/** How concentrated revenue is among the customers: for the whole history only (a customer's spend in part of it is not kept). */
export function summaryConcentration(base: SummaryOverviewBase, p: SummaryPeriod): Overview['concentration'] {
  if (p.days.from > base.data.from || p.days.until < base.data.until) return null;
  const n = base.orders.length;
  const acc = new Float64Array(3 * n);
  let total = 0;
  for (let c = 0; c < n; c++) {
    acc[3 * c] = base.spend[c];
    acc[3 * c + 1] = base.orders[c];
    acc[3 * c + 2] = base.lastDay[c];
    total += base.spend[c];
  }
  return concentrationOfSums(acc, total, base.ids, base.personal);
}
