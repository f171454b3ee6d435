import { AppError } from '../../../shared/errors';

/** Transactions as the CLV models read them: per row a customer (code 0…customers−1, −1 for none), a UTC day number and a spend. */
export interface PurchaseRows {
  customer: Int32Array;
  /** Whole days since 1970-01-01 (UTC); NaN when the row has no date. */
  day: Float64Array;
  spend: Float64Array;
  customers: number;
}

export type TimeUnit = 'days' | 'weeks';

/** The fewest customers with a repeat purchase that the models are fitted on. */
export const MIN_REPEAT_CUSTOMERS = 10;

export interface SummaryOptions {
  /** The last day of the calibration period (day number, included). */
  calibrationEnd: number;
  /** The last day of the holdout period (included); none: no holdout. */
  holdoutEnd?: number;
  unit: TimeUnit;
}

/**
 * One row per customer whose first purchase falls in the calibration period, as the BG/NBD and
 * Gamma-Gamma models read them. Purchases on the same day are one purchase (their spends
 * added). Times are in the chosen unit, continuous (weeks = days ÷ 7).
 */
export interface PurchaseSummary {
  /** Which customer (code) each row is. */
  customer: Int32Array;
  /** Repeat purchases in the calibration period: purchase days − 1. */
  frequency: Float64Array;
  /** Time from the first to the last purchase in the calibration period. */
  recency: Float64Array;
  /** Time from the first purchase to the end of the calibration period. */
  T: Float64Array;
  /** Mean spend of the repeat purchases (the first excluded); NaN without one. */
  monetary: Float64Array;
  /** The first purchase's day number. */
  firstDay: Float64Array;
  /** Spend of all purchases in the calibration period (the first included): the past revenue. */
  revenue: Float64Array;
  /** Purchase days in the holdout period, and their total spend (0 without a holdout). */
  holdoutFrequency: Float64Array;
  holdoutSpend: Float64Array;
  /** Length of the holdout period in the unit (0 without one). */
  holdoutLength: number;
  /** Repeat purchases (purchase days after each customer's first) per day, from the first customer's first day to the last day summarised. */
  repeatsByDay: { start: number; counts: Float64Array };
  unit: TimeUnit;
  calibrationEnd: number;
  holdoutEnd: number | null;
}

/** Days per unit. */
export const unitDays = (unit: TimeUnit) => (unit === 'weeks' ? 7 : 1);

/** `items` stably reordered by an integer key in 0…size−1. */
function countingOrder(items: Int32Array, key: (item: number) => number, size: number): Int32Array {
  const starts = new Int32Array(size + 1);
  for (const item of items) starts[key(item) + 1]++;
  for (let k = 0; k < size; k++) starts[k + 1] += starts[k];
  const out = new Int32Array(items.length);
  for (const item of items) out[starts[key(item)]++] = item;
  return out;
}

/** The rows with a customer and a day up to `last`, in time: customer by customer, day by day (and the first day among them). */
function rowsInTime(rows: PurchaseRows, last: number): { order: Int32Array; minDay: number } {
  const keep: number[] = [];
  let minDay = Infinity;
  for (let r = 0; r < rows.customer.length; r++) {
    const d = rows.day[r];
    if (rows.customer[r] < 0 || !(d <= last)) continue;
    keep.push(r);
    if (d < minDay) minDay = d;
  }
  // Two stable counting sorts (by day, then by customer): linear in rows, days and customers.
  const byDay = countingOrder(Int32Array.from(keep), (r) => rows.day[r] - minDay, last - minDay + 1);
  const order = countingOrder(byDay, (r) => rows.customer[r], rows.customers);
  return { order, minDay };
}

/** Summarises purchase rows per customer for the calibration period (and the holdout after it). */
export function summarizePurchases(rows: PurchaseRows, options: SummaryOptions): PurchaseSummary {
  const { calibrationEnd, unit } = options;
  const holdoutEnd = options.holdoutEnd ?? null;
  if (holdoutEnd !== null && holdoutEnd <= calibrationEnd) {
    throw new AppError('E_BAD_SPEC', 'The holdout period must end after the calibration period.', {
      calibrationEnd,
      holdoutEnd,
    });
  }
  const last = holdoutEnd ?? calibrationEnd;
  const { order, minDay } = rowsInTime(rows, last);
  const per = unitDays(unit);
  const out: Record<PerCustomer, number[]> = {
    customer: [],
    frequency: [],
    recency: [],
    T: [],
    monetary: [],
    firstDay: [],
    holdoutFrequency: [],
    holdoutSpend: [],
    revenue: [],
  };
  const counts = new Float64Array(last - minDay + 1);
  let k = 0;
  while (k < order.length) {
    const c = rows.customer[order[k]];
    let first = NaN;
    let lastDay = NaN;
    let days = 0;
    let repeatSpend = 0;
    let firstSpend = 0;
    let holdoutDays = 0;
    let holdoutSpend = 0;
    while (k < order.length && rows.customer[order[k]] === c) {
      const day = rows.day[order[k]];
      let spend = 0;
      while (k < order.length && rows.customer[order[k]] === c && rows.day[order[k]] === day) {
        const s = rows.spend[order[k]];
        if (s === s) spend += s;
        k++;
      }
      if (days > 0) counts[day - minDay]++;
      if (day <= calibrationEnd) {
        if (days === 0) {
          first = day;
          firstSpend = spend;
        } else repeatSpend += spend;
        days++;
        lastDay = day;
      } else if (days > 0) {
        holdoutDays++;
        holdoutSpend += spend;
      }
    }
    if (days === 0) continue; // first purchase after the calibration period: not in the model
    out.customer.push(c);
    out.frequency.push(days - 1);
    out.recency.push((lastDay - first) / per);
    out.T.push((calibrationEnd - first) / per);
    out.monetary.push(days > 1 ? repeatSpend / (days - 1) : NaN);
    out.firstDay.push(first);
    out.holdoutFrequency.push(holdoutDays);
    out.holdoutSpend.push(holdoutSpend);
    out.revenue.push(firstSpend + repeatSpend);
  }
  return summaryOf(out, { start: minDay, counts }, options);
}

/** The summary's per-customer arrays. */
type PerCustomer =
  | 'customer'
  | 'frequency'
  | 'recency'
  | 'T'
  | 'monetary'
  | 'firstDay'
  | 'holdoutFrequency'
  | 'holdoutSpend'
  | 'revenue';

/** The per-customer figures as typed arrays, with the holdout's length and the repeats per day. */
function summaryOf(
  out: Record<PerCustomer, number[]>,
  repeatsByDay: PurchaseSummary['repeatsByDay'],
  { calibrationEnd, holdoutEnd, unit }: SummaryOptions,
): PurchaseSummary {
  if (out.customer.length === 0)
    throw new AppError(
      'E_TOO_FEW_CUSTOMERS',
      'No customer made a first purchase by the end of the calibration period.',
      { customers: 0 },
    );
  return {
    customer: Int32Array.from(out.customer),
    frequency: Float64Array.from(out.frequency),
    recency: Float64Array.from(out.recency),
    T: Float64Array.from(out.T),
    monetary: Float64Array.from(out.monetary),
    firstDay: Float64Array.from(out.firstDay),
    holdoutFrequency: Float64Array.from(out.holdoutFrequency),
    holdoutSpend: Float64Array.from(out.holdoutSpend),
    revenue: Float64Array.from(out.revenue),
    holdoutLength: holdoutEnd === undefined ? 0 : (holdoutEnd - calibrationEnd) / unitDays(unit),
    repeatsByDay,
    unit,
    calibrationEnd,
    holdoutEnd: holdoutEnd ?? null,
  };
}
