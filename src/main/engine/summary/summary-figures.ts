import type { Figures } from '../overview/figures';
import type { Days } from '../overview/period';
import type { SummaryOverviewBase } from './summary-overview-base';
import type { SummaryPeriod } from './summary-period';

const ratio = (a: number, b: number | null) => (b !== null && b > 0 ? a / b : null);

/** Customers for whom `test` holds (per table row). */
function countCustomers(base: SummaryOverviewBase, test: (c: number) => boolean): number {
  let n = 0;
  for (let c = 0; c < base.orders.length; c++) if (test(c)) n++;
  return n;
}

/**
 * The customers who bought in the period, when the summary can tell: in one month (the months
 * table counts them), up to the data's last day (their last purchase is in the period), or from
 * its first day (their first is); else null (a customer's months in between are not kept).
 */
function activeCustomers(base: SummaryOverviewBase, p: SummaryPeriod, inOneMonth: number): number | null {
  const { days } = p;
  if (p.months.first === p.months.last) return inOneMonth;
  if (days.until >= base.data.until) return countCustomers(base, (c) => base.lastDay[c] >= days.from);
  if (days.from <= base.data.from) return countCustomers(base, (c) => base.firstDay[c] <= days.until);
  return null;
}

/**
 * The key figures of a summary's period, as src/shared/overview.ts defines them, from the months
 * table and the customers: orders, revenue, aov, customers, new customers and returning revenue
 * always; active customers (and orders per customer) when `activeCustomers` can tell; the repeat
 * rate for a period that reaches the data's last day (each customer's orders up to then are all
 * of them); the median gap between purchases never (the purchases' days are not kept).
 */
export function summaryFigures(base: SummaryOverviewBase, p: SummaryPeriod, data: Days): Figures {
  const { first, last } = p.months;
  let orders = 0;
  let revenue = 0;
  let returningRevenue = 0;
  let customers = 0;
  let newCustomers = 0;
  let inOneMonth = 0;
  for (const [month, cohort, people, n, money, back] of base.aggregates.months) {
    if (month === cohort && cohort <= last) customers += people;
    if (month < first || month > last) continue;
    orders += n;
    revenue += money;
    returningRevenue += back;
    inOneMonth += people;
    if (month === cohort) newCustomers += people;
  }
  const active = activeCustomers(base, p, inOneMonth);
  const toEnd = p.days.until >= data.until && active !== null;
  const repeat = toEnd ? countCustomers(base, (c) => base.lastDay[c] >= p.days.from && base.orders[c] >= 2) : null;
  return {
    customers,
    activeCustomers: active,
    newCustomers,
    orders,
    revenue,
    aov: ratio(revenue, orders),
    ordersPerCustomer: ratio(orders, active),
    repeatRate: repeat === null ? null : ratio(repeat, active),
    medianDaysBetween: null,
    returningRevenue,
  };
}
