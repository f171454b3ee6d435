import type { Grain, TrendPoint } from '../../../shared/overview';
import { dayOfMonth, isoOfDay, mondayOf, monthOfDay } from './days';
import { ordersIn } from './figures';
import type { OrderBook } from './order-book';
import type { Days } from './period';

/** The buckets of a grain over a range: each bucket's first day, and a day's bucket index. */
export function buckets(p: Days, grain: Grain): { starts: number[]; indexOf: (day: number, month: number) => number } {
  if (grain === 'day') {
    const starts = Array.from({ length: p.until - p.from + 1 }, (_, i) => p.from + i);
    return { starts, indexOf: (day) => day - p.from };
  }
  if (grain === 'week') {
    const first = mondayOf(p.from);
    const starts = Array.from({ length: (mondayOf(p.until) - first) / 7 + 1 }, (_, i) => first + 7 * i);
    return { starts, indexOf: (day) => Math.floor((day - first) / 7) };
  }
  const first = monthOfDay(p.from);
  const starts = Array.from({ length: monthOfDay(p.until) - first + 1 }, (_, i) => dayOfMonth(first + i));
  return { starts, indexOf: (_day, month) => month - first };
}

/**
 * Revenue and orders per bucket of the range, and the bucket's active customers split into new
 * (their first purchase ever is in the bucket) and returning (the others). Every bucket is
 * there, empty ones too.
 */
export function trend(book: OrderBook, p: Days, grain: Grain, hasCustomers: boolean): TrendPoint[] {
  const { starts, indexOf } = buckets(p, grain);
  const k = starts.length;
  const revenue = new Float64Array(k);
  const orders = new Int32Array(k);
  const fresh = new Int32Array(k);
  const returning = new Int32Array(k);
  const lastBucket = new Int32Array(book.firstDay.length).fill(-1);
  const { lo, hi } = ordersIn(book, p);
  for (let o = lo; o < hi; o++) {
    const b = indexOf(book.day[o], book.month[o]);
    revenue[b] += book.revenue[o];
    orders[b]++;
    const c = book.customer[o];
    if (c < 0 || lastBucket[c] === b) continue;
    lastBucket[c] = b;
    const first = book.firstDay[c];
    // Orders are sorted by day, so a customer's bucket only moves on.
    if (first >= starts[b] && (b + 1 >= k || first < starts[b + 1])) fresh[b]++;
    else returning[b]++;
  }
  return starts.map((start, b) => ({
    start: isoOfDay(start),
    revenue: revenue[b],
    orders: orders[b],
    newCustomers: hasCustomers ? fresh[b] : null,
    returningCustomers: hasCustomers ? returning[b] : null,
  }));
}
