import { accumulatePurchases } from '../../features/accumulate-purchases';
import type { CustomerTable } from '../../features/customer-table';
import { distinctPerCustomer, valueKeys } from '../../features/distinct-per-customer';
import type { OverviewRows } from '../overview-rows';
import { DAY_MS } from './finding-days';

/** Each row's moment in UTC ms: its day, plus its time of day when the dates carry times. */
function rowMoments({ day, minute }: OverviewRows): Float64Array {
  // (Loops: TypedArray.from with a function is many times slower on a million rows.)
  const out = new Float64Array(day.length);
  for (let r = 0; r < day.length; r++) {
    const m = minute ? minute[r] : Number.NaN;
    out[r] = day[r] * DAY_MS + (m === m ? Math.round(m * 60_000) : 0);
  }
  return out;
}

/**
 * The customer fields a rules run counts over a window of days before its analysis day, made
 * from the Overview's rows exactly as customerFeatures makes them from the table (frequency by
 * orders): frequency (distinct orders; without an order id column each row is an order, and with
 * one a row whose cell is empty is none, as there), spend,
 * days since the last purchase and the mean days between orders. Only customers with a row in
 * the window, as in the run.
 */
export function windowCustomers(rows: OverviewRows, analysisDay: number, windowDays: number): CustomerTable {
  const before = analysisDay * DAY_MS;
  const counted = accumulatePurchases(
    rows.customer,
    rowMoments(rows),
    rows.spend,
    rows.customers,
    before - windowDays * DAY_MS,
    before,
  );
  const { transactions, monetary, first, last, customer } = counted;
  const orders = distinctPerCustomer(customer, valueKeys(rows.order), rows.customers);
  if (!rows.order.some((k) => k === k))
    for (let r = 0; r < customer.length; r++) if (customer[r] >= 0) orders[customer[r]]++;
  const kept: number[] = [];
  for (let c = 0; c < rows.customers; c++) if (transactions[c] > 0) kept.push(c);
  const field = (name: string, value: (c: number) => number) => {
    const values = new Float64Array(kept.length);
    for (let k = 0; k < kept.length; k++) values[k] = value(kept[k]);
    return { name, kind: 'number' as const, values };
  };
  const allIds = rows.ids();
  return {
    ids: kept.map((c) => allIds[c]),
    fields: [
      field('frequency', (c) => orders[c]),
      field('monetary', (c) => monetary[c]),
      field('recency', (c) => Math.round((before - Math.floor(last[c] / DAY_MS) * DAY_MS) / DAY_MS)),
      field('gap', (c) => (orders[c] > 1 ? (last[c] - first[c]) / DAY_MS / (orders[c] - 1) : Number.NaN)),
    ],
  };
}
