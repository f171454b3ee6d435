import type { OverviewRows } from './overview-rows';
import { monthOfDay } from './days';

/**
 * The Overview's orders, made once per dataset version from its rows and sorted by day: each
 * order's day (its first row's), month number, customer (−1: none), revenue (the sum of its
 * rows' spend; a row without a spend adds nothing), first row, and time of day (minutes; when
 * the dates carry times). A row without an order id is an order of its own; a row without a
 * date is left out. Per customer: the day of the first order (Infinity: no order).
 */
export interface OrderBook {
  size: number;
  day: Int32Array;
  month: Int32Array;
  customer: Int32Array;
  revenue: Float64Array;
  firstRow: Int32Array;
  minute: Float64Array | null;
  firstDay: Float64Array;
  firstMonth: Int32Array;
  /** Customers with at least one order. */
  customers: number;
}

/** The orders of the rows, unsorted: one per order key (the first row's day and customer), one per row without a key. */
function collectOrders(rows: OverviewRows) {
  const n = rows.day.length;
  const day = new Int32Array(n);
  const customer = new Int32Array(n);
  const revenue = new Float64Array(n);
  const firstRow = new Int32Array(n);
  let keys = 0;
  for (let r = 0; r < n; r++) if (rows.order[r] + 1 > keys) keys = rows.order[r] + 1;
  const orderOfKey = new Int32Array(keys).fill(-1);
  let size = 0;
  for (let r = 0; r < n; r++) {
    const d = rows.day[r];
    if (d !== d) continue;
    const k = rows.order[r];
    let o = k === k ? orderOfKey[k] : -1;
    if (o < 0) {
      o = size++;
      if (k === k) orderOfKey[k] = o;
      day[o] = d;
      customer[o] = rows.customer[r];
      firstRow[o] = r;
    }
    const s = rows.spend[r];
    if (s === s) revenue[o] += s;
  }
  return { size, day, customer, revenue, firstRow };
}

/** The orders sorted by day (a counting sort, unless the file lists them by day already, as exports do). */
export function orderBook(rows: OverviewRows): OrderBook {
  const raw = collectOrders(rows);
  const { size } = raw;
  let min = Infinity;
  let max = -Infinity;
  let sorted = true;
  for (let o = 0; o < size; o++) {
    const d = raw.day[o];
    if (d < max) sorted = false;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const span = size > 0 ? max - min + 1 : 0;
  const monthOf = new Int32Array(span);
  for (let d = 0; d < span; d++) monthOf[d] = monthOfDay(min + d);
  const book = sorted ? inOrder(raw, rows) : byDay(raw, rows, min, span);
  for (let o = 0; o < size; o++) book.month[o] = monthOf[book.day[o] - min];
  for (let o = 0; o < size; o++) {
    const c = book.customer[o];
    if (c < 0 || book.firstDay[c] !== Infinity) continue;
    book.firstDay[c] = book.day[o];
    book.firstMonth[c] = book.month[o];
    book.customers++;
  }
  return book;
}

type RawOrders = ReturnType<typeof collectOrders>;

/** Orders already by day: the collected arrays as they are. */
function inOrder(raw: RawOrders, rows: OverviewRows): OrderBook {
  const { size } = raw;
  // Far fewer orders than rows (order lines): copied, so the row-sized arrays are let go.
  const fit = <T extends Int32Array | Float64Array>(a: T): T =>
    (size < a.length / 2 ? a.slice(0, size) : a.subarray(0, size)) as T;
  let minute: Float64Array | null = null;
  if (rows.minute) {
    minute = new Float64Array(size);
    for (let o = 0; o < size; o++) minute[o] = rows.minute[raw.firstRow[o]];
  }
  return {
    ...emptyBook(0, false, rows.customers),
    size,
    day: fit(raw.day),
    month: new Int32Array(size),
    customer: fit(raw.customer),
    revenue: fit(raw.revenue),
    firstRow: fit(raw.firstRow),
    minute,
  };
}

/** Orders in another order: sorted by day, counting the days. */
function byDay(raw: RawOrders, rows: OverviewRows, min: number, span: number): OrderBook {
  const { size } = raw;
  const start = new Int32Array(span + 1);
  for (let o = 0; o < size; o++) start[raw.day[o] - min + 1]++;
  for (let d = 0; d < span; d++) start[d + 1] += start[d];
  const book = emptyBook(size, rows.minute !== null, rows.customers);
  for (let o = 0; o < size; o++) {
    const at = start[raw.day[o] - min]++;
    book.day[at] = raw.day[o];
    book.customer[at] = raw.customer[o];
    book.revenue[at] = raw.revenue[o];
    book.firstRow[at] = raw.firstRow[o];
    if (book.minute) book.minute[at] = rows.minute![raw.firstRow[o]];
  }
  return book;
}

function emptyBook(size: number, timed: boolean, customers: number): OrderBook {
  return {
    size,
    day: new Int32Array(size),
    month: new Int32Array(size),
    customer: new Int32Array(size),
    revenue: new Float64Array(size),
    firstRow: new Int32Array(size),
    minute: timed ? new Float64Array(size) : null,
    firstDay: new Float64Array(customers).fill(Infinity),
    firstMonth: new Int32Array(customers).fill(-1),
    customers: 0,
  };
}
