import type { Places } from '../../../shared/overview';
import { ordersIn } from './figures';
import type { OrderBook } from './order-book';
import type { Days } from './period';
import type { PlaceColumn } from './place-column';

/**
 * The range's orders, revenue and customers per place (by the place of each order's first
 * row), biggest revenue first; orders whose place reads as none are summed in `unplaced`.
 * A customer who ordered from two places counts in both.
 */
export function places(book: OrderBook, p: Days, column: PlaceColumn, hasCustomers: boolean): Places {
  const size = column.names.length;
  const orders = new Int32Array(size);
  const revenue = new Float64Array(size);
  const customers = new Int32Array(size);
  const firstPlace = new Int32Array(book.firstDay.length).fill(-1);
  const more = new Set<number>();
  const unplaced = { orders: 0, revenue: 0 };
  const { lo, hi } = ordersIn(book, p);
  for (let o = lo; o < hi; o++) {
    const at = column.place[book.firstRow[o]];
    if (at < 0) {
      unplaced.orders++;
      unplaced.revenue += book.revenue[o];
      continue;
    }
    orders[at]++;
    revenue[at] += book.revenue[o];
    const c = book.customer[o];
    if (c < 0 || firstPlace[c] === at) continue;
    if (firstPlace[c] < 0) firstPlace[c] = at;
    else if (more.has(c * size + at)) continue;
    else more.add(c * size + at);
    customers[at]++;
  }
  const rows = column.names
    .map((name, at) => ({
      name,
      customers: hasCustomers ? customers[at] : null,
      orders: orders[at],
      revenue: revenue[at],
    }))
    .filter((r) => r.orders > 0)
    .sort((a, b) => b.revenue - a.revenue || b.orders - a.orders);
  return { kind: column.kind, column: column.column, rows, unplaced };
}
