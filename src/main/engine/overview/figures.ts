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
  };
}

/**
 * Customers, active, new, the repeat rate, the median gap and the revenue from returning
 * customers of a range: one pass over the orders up to its end, one over the customers.
 */
function customerFigures(book: OrderBook, p: Days, lo: number, hi: number) {
  const size = book.firstDay.length;
  // Per customer, side by side (one cache line on large data): orders up to the range's end
  // (earlier orders count for the repeat rate), the last order day (for the gaps), and whether
  // the customer bought in the range.
  const state = new Int32Array(3 * size);
  const gaps = new Int32Array(hi > 0 ? book.day[hi - 1] - book.day[0] + 1 : 1);
  let gapCount = 0;
  let returningRevenue = 0;
  for (let o = 0; o < hi; o++) {
    const c = book.customer[o];
    if (c < 0) continue;
    const at = 3 * c;
    const d = book.day[o];
    if (++state[at] === 1) state[at + 1] = d;
    else if (state[at + 1] !== d) {
      if (o >= lo) {
        gaps[d - state[at + 1]]++;
        gapCount++;
      }
      state[at + 1] = d;
    }
    if (o < lo) continue;
    state[at + 2] = 1;
    if (book.firstDay[c] < p.from) returningRevenue += book.revenue[o];
  }
  let customers = 0;
  let newCustomers = 0;
  let activeCustomers = 0;
  let repeat = 0;
  for (let c = 0; c < size; c++) {
    const first = book.firstDay[c];
    if (first <= p.until) customers++;
    if (first >= p.from && first <= p.until) newCustomers++;
    if (!state[3 * c + 2]) continue;
    activeCustomers++;
    if (state[3 * c] >= 2) repeat++;
  }
  const medianDaysBetween = gapCount === 0 ? null : (nth(gaps, (gapCount - 1) >> 1) + nth(gaps, gapCount >> 1)) / 2;
  return {
    customers,
    activeCustomers,
    newCustomers,
    repeatRate: ratio(repeat, activeCustomers),
    medianDaysBetween,
    returningRevenue,
  };
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
