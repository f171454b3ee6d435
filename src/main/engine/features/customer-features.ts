import { missingRoleError } from '../../../shared/missing-role';
import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { RoleMapping } from '../../../shared/roles';
import { accumulatePurchases } from './accumulate-purchases';
import { customerCodes, numericIds } from './customer-codes';
import { columnKeys, distinctPerCustomer, valueKeys } from './distinct-per-customer';
import { pick } from './pick';
import { columnIndex, roleNumbers } from './role-numbers';
import { rowSpend } from './row-spend';
import { roundSpend } from './round-spend';
import { spendShares, type SpendShares } from './spend-shares';
import { mapFloat64 } from '../table/map-typed';

export const DAY_MS = 86_400_000;

/** What counts as one purchase for frequency. */
export type FrequencyBasis = 'orders' | 'rows' | 'days';

export interface FeatureOptions {
  /** The analysis day, UTC ms at 00:00; by default the day after the last transaction. */
  analysisDate?: number;
  /** Only the transactions of the last this many days before the analysis day (a window); all before it by default. */
  windowDays?: number;
  /** Distinct orders (rows when no order id is mapped), transaction rows, or distinct purchase days. */
  frequency?: FrequencyBasis;
  /** Also each customer's share of spend per category and channel (for personas and rules). */
  shares?: boolean;
}

/** One row per customer, as typed arrays in the order customers first appear. */
export interface CustomerFeatures {
  ids: string[];
  /** The ids as numbers when every id is a plain integer (they then sort as numbers), else null. */
  numericIds: Float64Array | null;
  analysisDate: number;
  frequencyBasis: FrequencyBasis;
  /** Transaction rows per customer. */
  transactions: Float64Array;
  /** Distinct orders (rows when there is no order id). */
  orders: Float64Array;
  /** Purchases by the chosen basis (RFM's F). */
  frequency: Float64Array;
  /** Total spend (RFM's M). */
  monetary: Float64Array;
  /** Mean spend per order. */
  aov: Float64Array;
  /** First and last purchase, UTC ms. */
  first: Float64Array;
  last: Float64Array;
  /** Whole days from the last purchase's day to the analysis day (RFM's R). */
  recency: Float64Array;
  /** Whole days from the first purchase's day to the analysis day. */
  tenure: Float64Array;
  /** Mean days between consecutive orders; NaN with one order. */
  gap: Float64Array;
  shares: SpendShares[];
}

export const dayOf = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

/** The first day a window counts (UTC ms), or −∞ without one. */
function windowStart({ analysisDate, windowDays }: FeatureOptions): number {
  if (windowDays === undefined) return -Infinity;
  if (analysisDate === undefined)
    throw new AppError('E_BAD_SPEC', 'A window of days needs an analysis date to count back from.', { windowDays });
  return analysisDate - windowDays * DAY_MS;
}

/** The rows that count, accumulated per customer; refuses data with no date, no customer or no spend. */
function countedPurchases(table: Table, roles: RoleMapping, options: FeatureOptions) {
  const { codes, ids, numbers: idNumbers, size } = customerCodes(table, roles.customerId);
  const dates = roleNumbers(table, roles.orderDate, 'orderDate');
  if (!dates) throw missingRoleError(['orderDate']);
  const rowSpends = rowSpend(table, roles);
  if (!rowSpends) throw missingRoleError(['amount'], 'Spend is read from an amount, or a quantity and a unit price.');
  const { spend, amount } = rowSpends;
  const n = table.numRows;
  const counted = accumulatePurchases(
    codes,
    dates,
    spend,
    size,
    windowStart(options),
    options.analysisDate ?? Infinity,
  );
  if (n > 0 && counted.undated === n)
    throw new AppError('E_NO_VALUES', 'Every order date is missing: recency cannot be measured.', {
      column: roles.orderDate,
    });
  if (counted.maxDate === -Infinity)
    throw new AppError('E_TOO_FEW_CUSTOMERS', 'No transaction has both a customer id and an order date.', {
      customers: 0,
    });
  if (counted.spendSeen === 0)
    throw new AppError(
      'E_NO_VALUES',
      `Every ${amount ? 'amount' : 'quantity × unit price'} is missing: spend cannot be measured.`,
      { column: roles.amount ?? roles.quantity },
    );
  return { ...counted, ids, idNumbers, size, dates, spend };
}

/** Distinct orders per customer (rows when no order id is mapped), and purchases by the chosen basis. */
function ordersAndFrequency(
  table: Table,
  roles: RoleMapping,
  basis: FrequencyBasis,
  { customer, transactions, dates, size }: ReturnType<typeof countedPurchases>,
): { orders: Float64Array; frequency: Float64Array } {
  const orderIndex = columnIndex(table, roles.orderId);
  let orders: Float64Array = transactions;
  const order = orderIndex >= 0 ? columnKeys(table, orderIndex) : null;
  if (order) orders = distinctPerCustomer(customer, order, size);
  if (basis === 'rows') return { orders, frequency: transactions };
  if (basis === 'orders') return { orders, frequency: orders };
  const days = valueKeys(mapFloat64(dates, (d) => (d === d ? Math.floor(d / DAY_MS) : Number.NaN)));
  return { orders, frequency: distinctPerCustomer(customer, days, size) };
}

/** The customers with a counted row (only rows without a date do not make one); at least 2. */
function keptCustomers(transactions: Float64Array, size: number): Int32Array {
  let kept = 0;
  for (let c = 0; c < size; c++) if (transactions[c] > 0) kept++;
  if (kept < 2)
    throw new AppError('E_TOO_FEW_CUSTOMERS', `Segmenting needs at least 2 customers; this data has ${kept}.`, {
      customers: kept,
    });
  const keep = new Int32Array(kept);
  for (let c = 0, k = 0; c < size; c++) if (transactions[c] > 0) keep[k++] = c;
  return keep;
}

/** Ids stored as numbers become texts only when asked for (a run's members, a persona), not to score. */
function setIds(out: CustomerFeatures, ids: string[] | null, keep: Int32Array, size: number): void {
  if (ids) out.ids = keep.length === size ? ids : Array.from(keep, (c) => ids[c]);
  else {
    let texts: string[] | null = null;
    const numbers = out.numericIds!;
    Object.defineProperty(out, 'ids', { enumerable: true, get: () => (texts ??= Array.from(numbers, String)) });
  }
}

/** Spend rounded to 6 places, order value, recency, tenure and the mean gap between orders, from the counts and dates. */
function deriveFeatures(out: CustomerFeatures, analysisDate: number): void {
  // (Local arrays: `out` has an accessor, so reads through it are slow.)
  const { aov, recency, tenure, gap, monetary: spent, orders: ordered, first: firstDay, last: lastDay } = out;
  for (let k = 0; k < aov.length; k++) {
    spent[k] = roundSpend(spent[k]);
    aov[k] = spent[k] / ordered[k];
    recency[k] = Math.round((analysisDate - dayOf(lastDay[k])) / DAY_MS);
    tenure[k] = Math.round((analysisDate - dayOf(firstDay[k])) / DAY_MS);
    gap[k] = ordered[k] > 1 ? (lastDay[k] - firstDay[k]) / DAY_MS / (ordered[k] - 1) : Number.NaN;
  }
}

/**
 * Transactions → one row per customer: recency, frequency and spend (RFM), first and last
 * purchase, tenure, order value, the mean gap between orders, and the share of spend per
 * category and channel when those roles are mapped. Rows without a customer id or an order
 * date are left out, and so are rows on or after a given analysis day (a run sees the
 * transactions strictly before its analysis day); a row's spend is its amount, else quantity ×
 * unit price.
 */
export function customerFeatures(table: Table, roles: RoleMapping, options: FeatureOptions = {}): CustomerFeatures {
  const counted = countedPurchases(table, roles, options);
  const { ids, idNumbers, size, transactions, monetary, first, last } = counted;
  const analysisDate = options.analysisDate ?? dayOf(counted.maxDate) + DAY_MS;
  const basis = options.frequency ?? 'orders';
  const { orders, frequency } = ordersAndFrequency(table, roles, basis, counted);
  const keep = keptCustomers(transactions, size);
  const m = keep.length;
  const out: CustomerFeatures = {
    ids: [],
    numericIds: idNumbers ? pick(idNumbers, keep) : numericIds(m === size ? ids! : Array.from(keep, (c) => ids![c])),
    analysisDate,
    frequencyBasis: basis,
    transactions: pick(transactions, keep),
    orders: pick(orders, keep),
    frequency: pick(frequency, keep),
    monetary: pick(monetary, keep),
    aov: new Float64Array(m),
    first: pick(first, keep),
    last: pick(last, keep),
    recency: new Float64Array(m),
    tenure: new Float64Array(m),
    gap: new Float64Array(m),
    shares: [],
  };
  setIds(out, ids, keep, size);
  deriveFeatures(out, analysisDate);
  if (options.shares) out.shares = spendShares(table, roles, counted.customer, counted.spend, keep, size, out.monetary);
  return out;
}
