import type { FigureKey } from '../../../shared/overview';
import { lowerBound } from './days';
import type { OrderBook } from './order-book';
import type { Days } from './period';

export type Figures = Record<FigureKey, number | null>;

/** The orders of a range: [lo, hi) in the book. */
export function ordersIn(book: OrderBook, p: Days): { lo: number; hi: number } {
  return { lo: lowerBound(book.day, p.from), hi: lowerBound(book.day, p.until + 1) };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/**
 * The key figures of a range, as src/shared/overview.ts defines them. Without customer ids only
 * orders, revenue and aov have values.
 */
export function keyFigures(book: OrderBook, p: Days, hasCustomers: boolean): Figures {
  const { lo, hi } = ordersIn(book, p);
  let revenue = 0;
  for (let o = lo; o < hi; o++) revenue += book.revenue[o];
  const orders = hi - lo;
  const base = { orders, revenue, aov: ratio(revenue, orders) };
  if (!hasCustomers)
    return {
      ...base,
      customers: null,
      activeCustomers: null,
      newCustomers: null,
      ordersPerCustomer: null,
      repeatRate: null,
      medianDaysBetween: null,
      returningRevenue: null,
    };
  const people = customerFigures(book, p, lo, hi);
  return {
    ...base,
    ...people,
    ordersPerCustomer: ratio(orders, people.activeCustomers),
    medianDaysBetween: medianGap(book, lo, hi),
  };
}

/** Customers, active, new, the repeat rate and the revenue from returning customers of a range. */
function customerFigures(book: OrderBook, p: Days, lo: number, hi: number) {
  let customers = 0;
  let newCustomers = 0;
  for (const first of book.firstDay) {
    if (first <= p.until) customers++;
    if (first >= p.from && first <= p.until) newCustomers++;
  }
  // Orders per customer up to the range's end (earlier orders count for the repeat rate).
  const count = new Int32Array(book.firstDay.length);
  for (let o = 0; o < hi; o++) if (book.customer[o] >= 0) count[book.customer[o]]++;
  const seen = new Uint8Array(book.firstDay.length);
  let active = 0;
  let repeat = 0;
  let returningRevenue = 0;
  for (let o = lo; o < hi; o++) {
    const c = book.customer[o];
    if (c < 0) continue;
    if (book.firstDay[c] < p.from) returningRevenue += book.revenue[o];
    if (seen[c]) continue;
    seen[c] = 1;
    active++;
    if (count[c] >= 2) repeat++;
  }
  return { customers, activeCustomers: active, newCustomers, repeatRate: ratio(repeat, active), returningRevenue };
}

/** The median gap in days between a customer's consecutive order days, over the gaps that end in [lo, hi). */
export function medianGap(book: OrderBook, lo: number, hi: number): number | null {
  const last = new Float64Array(book.firstDay.length).fill(Number.NaN);
  const span = hi > 0 ? book.day[hi - 1] - book.day[0] + 1 : 0;
  const gaps = new Int32Array(span + 1);
  let n = 0;
  for (let o = 0; o < hi; o++) {
    const c = book.customer[o];
    if (c < 0) continue;
    const d = book.day[o];
    const before = last[c];
    if (before === d) continue;
    last[c] = d;
    if (before === before && o >= lo) {
      gaps[d - before]++;
      n++;
    }
  }
  if (n === 0) return null;
  return (nth(gaps, (n - 1) >> 1) + nth(gaps, n >> 1)) / 2;
}

/** The k-th smallest (0-based) of values counted in a histogram. */
function nth(histogram: Int32Array, k: number): number {
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v];
    if (seen > k) return v;
  }
  return histogram.length - 1;
}
