import type { Overview } from '../../../shared/overview';
import { weekdayOfDay } from './days';
import { ordersIn } from './figures';
import type { OrderBook } from './order-book';
import type { Days } from './period';

/** The range's orders by weekday (0 = Monday) × hour when the dates carry times, and by month of year (0 = January). */
export function when(book: OrderBook, p: Days): Overview['when'] {
  const { lo, hi } = ordersIn(book, p);
  const months = new Int32Array(12);
  for (let o = lo; o < hi; o++) months[book.month[o] % 12]++;
  const monthOfYear = Array.from(months);
  const minute = book.minute;
  if (!minute) return { weekdayHour: null, monthOfYear };
  const cells = new Int32Array(7 * 24);
  for (let o = lo; o < hi; o++) {
    const m = minute[o];
    if (m === m) cells[weekdayOfDay(book.day[o]) * 24 + Math.floor(m / 60)]++;
  }
  const weekdayHour = Array.from({ length: 7 }, (_, w) => Array.from(cells.subarray(w * 24, w * 24 + 24)));
  return { weekdayHour, monthOfYear };
}
