import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { Role, RoleMapping } from '../../../shared/roles';
import { columnArrays, dictionaryTexts, integerIds, isPlainInteger } from '../table/column-arrays';
import { floatCodes, integerRange } from '../table/float-codes';

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

/** Per-category (or per-channel) share of each customer's spend. */
export interface SpendShares {
  role: 'category' | 'channel';
  column: string;
  values: string[];
  /** shares[v][c]: customer c's spend on value v over their total spend (NaN without spend). */
  shares: Float64Array[];
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

/** The ids as numbers when every one is a plain integer (they then order as numbers); else null. */
function numericIds(ids: string[]): Float64Array | null {
  return ids.every(isPlainInteger) ? Float64Array.from(ids, Number) : null;
}

const dayOf = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

function columnIndex(table: Table, name: string | undefined): number {
  return name === undefined ? -1 : table.schema.fields.findIndex((f) => f.name === name);
}

function numbers(table: Table, name: string | undefined, role: Role): Float64Array | null {
  const index = columnIndex(table, name);
  if (index < 0) return null;
  const arrays = columnArrays(table, index);
  if (arrays.type === 'number') return arrays.values;
  // A column left wholly empty has no type to speak of: every value is missing.
  if (table.getChildAt(index)!.nullCount === table.numRows) return new Float64Array(table.numRows).fill(Number.NaN);
  throw new AppError('E_INVALID_INPUT', `The column "${name}" mapped to ${role} does not hold numbers.`, {
    role,
    column: name,
  });
}

/** Customer codes per row (-1 = no customer) and the customers' ids. */
/**
 * Customer codes per row (-1 = no customer) and the customers' ids: texts in order of first
 * appearance, or — for plain integers — numbers, with no id text made per row.
 */
function customerCodes(
  table: Table,
  name: string | undefined,
): { codes: Int32Array; ids: string[] | null; numbers: Float64Array | null; size: number } {
  const index = columnIndex(table, name);
  if (index < 0) throw new AppError('E_MISSING_ROLE', 'Map a column to: customerId.', { roles: ['customerId'] });
  const values = integerIds(table, index);
  if (values) {
    // Whole-number ids in a dense range index the customers directly (in id order; ids no
    // row uses get no transactions and are dropped later); others are coded by first appearance.
    const range = integerRange(values);
    if (range) {
      const { codes, size } = rangeCodes(values, range);
      return { codes, ids: null, numbers: Float64Array.from({ length: size }, (_, k) => range.min + k), size };
    }
    const { codes, firsts, size } = floatCodes(values)!;
    return { codes, ids: null, numbers: Float64Array.from(firsts, (r) => values[r]), size };
  }
  const arrays = columnArrays(table, index);
  if (arrays.type !== 'dictionary')
    throw new AppError('E_INVALID_INPUT', `The column "${name}" mapped to customerId is not an id column.`, {
      role: 'customerId',
      column: name,
    });
  return { codes: arrays.codes, ids: dictionaryTexts(arrays.dictionary), numbers: null, size: arrays.dictionary.size };
}

/** Per-row keys for counting distinct ones per customer: key − offset is in 0..size-1 (below 0, NaN: none). */
interface Keys {
  key: Int32Array | Float64Array;
  offset: number;
  size: number;
}

/** Whole numbers in a dense range serve as keys as they are (no copy); other values are coded. */
function valueKeys(values: Float64Array): Keys {
  const range = integerRange(values);
  if (range) return { key: values, offset: range.min, size: range.max - range.min + 1 };
  const coded = floatCodes(values)!;
  return { key: coded.codes, offset: 0, size: coded.size };
}

/** The keys of an id or key column (an order id): ids stored as numbers are keyed on their values, without texts. */
function columnKeys(table: Table, index: number): Keys | null {
  const values = integerIds(table, index);
  if (values) return valueKeys(values);
  const arrays = columnArrays(table, index);
  if (arrays.type === 'dictionary') return { key: arrays.codes, offset: 0, size: arrays.dictionary.size };
  return arrays.type === 'number' ? valueKeys(arrays.values) : null;
}

/** The entries of `a` at the given positions (all of it, uncopied, when every position is kept). */
function pick(a: Float64Array, keep: Int32Array): Float64Array {
  if (keep.length === a.length) return a;
  const out = new Float64Array(keep.length);
  for (let k = 0; k < keep.length; k++) out[k] = a[keep[k]];
  return out;
}

/**
 * Distinct keys per customer (-1 = no customer). Usually each key (an order) belongs to one
 * customer: then it is counted for its owner in one pass; a key seen with two customers sends
 * the count through (customer, key) pairs instead.
 */
function distinctPerCustomer(customer: Int32Array, { key, offset, size: keys }: Keys, customers: number): Float64Array {
  const n = customer.length;
  const out = new Float64Array(customers);
  const owner = new Int32Array(keys).fill(-1);
  let shared = false;
  for (let r = 0; r < n && !shared; r++) {
    const c = customer[r];
    const k = key[r] - offset;
    if (c < 0 || !(k >= 0)) continue;
    const o = owner[k];
    if (o === -1) {
      owner[k] = c;
      out[c]++;
    } else if (o !== c) shared = true;
  }
  if (!shared) return out;
  const pairs = Float64Array.from(customer, (c, r) =>
    c < 0 || !(key[r] - offset >= 0) ? Number.NaN : c * keys + (key[r] - offset),
  );
  const { firsts, size } = floatCodes(pairs)!;
  out.fill(0);
  for (let p = 0; p < size; p++) out[customer[firsts[p]]]++;
  return out;
}

/** Per-row codes of whole numbers in a dense range (customer numbers): their offset from the least; -1 for none. */
function rangeCodes(values: Float64Array, range: { min: number; max: number }): { codes: Int32Array; size: number } {
  const codes = new Int32Array(values.length);
  const min = range.min;
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    codes[r] = v === v ? v - min : -1;
  }
  return { codes, size: range.max - range.min + 1 };
}

/**
 * One pass over the rows that count (a customer and a date): rows, spend, first and last date
 * per customer, and each row's customer (-1: not counted; never written into `codes`).
 */
function accumulate(
  codes: Int32Array,
  dates: Float64Array,
  spend: Float64Array,
  size: number,
  from: number,
  before: number,
) {
  const n = codes.length;
  const transactions = new Float64Array(size);
  const monetary = new Float64Array(size);
  const first = new Float64Array(size).fill(Infinity);
  const last = new Float64Array(size).fill(-Infinity);
  let maxDate = -Infinity;
  let spendSeen = 0;
  let undated = 0;
  for (let r = 0; r < n; r++) {
    const d = dates[r];
    const c = codes[r];
    if (d !== d) {
      undated++;
      continue;
    }
    if (c < 0 || d >= before || d < from) continue;
    transactions[c]++;
    const s = spend[r];
    if (s === s) {
      monetary[c] += s;
      spendSeen++;
    }
    if (d < first[c]) first[c] = d;
    if (d > last[c]) last[c] = d;
    if (d > maxDate) maxDate = d;
  }
  // The customer each counted row belongs to: the codes themselves when every row has a date within the limits.
  let customer = codes;
  if (undated > 0 || before < Infinity || from > -Infinity) {
    customer = new Int32Array(n);
    for (let r = 0; r < n; r++) customer[r] = dates[r] < before && dates[r] >= from ? codes[r] : -1;
  }
  return { transactions, monetary, first, last, customer, maxDate, spendSeen, undated };
}

/** The first day a window counts (UTC ms), or −∞ without one. */
function windowStart({ analysisDate, windowDays }: FeatureOptions): number {
  if (windowDays === undefined) return -Infinity;
  if (analysisDate === undefined)
    throw new AppError('E_BAD_SPEC', 'A window of days needs an analysis date to count back from.', { windowDays });
  return analysisDate - windowDays * DAY_MS;
}

/** A row's spend: its amount, else quantity × unit price (null when neither is mapped). */
function rowSpend(table: Table, roles: RoleMapping): { spend: Float64Array; amount: boolean } | null {
  const amount = numbers(table, roles.amount, 'amount');
  if (amount) return { spend: amount, amount: true };
  const quantity = numbers(table, roles.quantity, 'quantity');
  const price = numbers(table, roles.unitPrice, 'unitPrice');
  if (!quantity || !price) return null;
  return { spend: Float64Array.from(quantity, (q, r) => q * price[r]), amount: false };
}

/**
 * The transactions as the CLV models read them: each row's customer (coded as customerFeatures
 * codes them, so the customers come out in the same order), UTC day number and spend.
 */
export function purchaseRows(
  table: Table,
  roles: RoleMapping,
): {
  customer: Int32Array;
  day: Float64Array;
  spend: Float64Array;
  customers: number;
  ids: () => string[];
  order: () => Float64Array;
} {
  const { codes, size, ids, numbers: idNumbers } = customerCodes(table, roles.customerId);
  const dates = numbers(table, roles.orderDate, 'orderDate');
  if (!dates) throw new AppError('E_MISSING_ROLE', 'Map a column to: orderDate.', { roles: ['orderDate'] });
  const spent = rowSpend(table, roles);
  if (!spent)
    throw new AppError('E_MISSING_ROLE', 'Map a column to: amount (or quantity and unitPrice).', { roles: ['amount'] });
  return {
    customer: codes,
    day: Float64Array.from(dates, (d) => Math.floor(d / DAY_MS)),
    spend: spent.spend,
    customers: size,
    // Each customer's id as text (as a run's members hold it), and each row's order key (NaN: none), when asked for.
    ids: () => ids ?? Array.from(idNumbers!, String),
    order: () => {
      const index = columnIndex(table, roles.orderId);
      const keys = index >= 0 ? columnKeys(table, index) : null;
      return keys
        ? Float64Array.from(keys.key, (k) => (k - keys.offset >= 0 ? k - keys.offset : Number.NaN))
        : new Float64Array(table.numRows).fill(Number.NaN);
    },
  };
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
  const { codes, ids, numbers: idNumbers, size } = customerCodes(table, roles.customerId);
  const dates = numbers(table, roles.orderDate, 'orderDate');
  if (!dates) throw new AppError('E_MISSING_ROLE', 'Map a column to: orderDate.', { roles: ['orderDate'] });
  const rowSpends = rowSpend(table, roles);
  if (!rowSpends)
    throw new AppError('E_MISSING_ROLE', 'Map a column to: amount (or quantity and unitPrice).', { roles: ['amount'] });
  const { spend, amount } = rowSpends;
  const n = table.numRows;
  const { transactions, monetary, first, last, customer, maxDate, spendSeen, undated } = accumulate(
    codes,
    dates,
    spend,
    size,
    windowStart(options),
    options.analysisDate ?? Infinity,
  );
  if (n > 0 && undated === n)
    throw new AppError('E_NO_VALUES', 'Every order date is missing: recency cannot be measured.', {
      column: roles.orderDate,
    });
  if (maxDate === -Infinity)
    throw new AppError('E_TOO_FEW_CUSTOMERS', 'No transaction has both a customer id and an order date.', {
      customers: 0,
    });
  if (spendSeen === 0)
    throw new AppError(
      'E_NO_VALUES',
      `Every ${amount ? 'amount' : 'quantity × unit price'} is missing: spend cannot be measured.`,
      { column: roles.amount ?? roles.quantity },
    );
  const analysisDate = options.analysisDate ?? dayOf(maxDate) + DAY_MS;

  const orderIndex = columnIndex(table, roles.orderId);
  let orders: Float64Array = transactions;
  const order = orderIndex >= 0 ? columnKeys(table, orderIndex) : null;
  if (order) orders = distinctPerCustomer(customer, order, size);
  const basis = options.frequency ?? 'orders';
  let frequency: Float64Array = orders;
  if (basis === 'rows') frequency = transactions;
  else if (basis === 'days') {
    frequency = distinctPerCustomer(
      customer,
      valueKeys(Float64Array.from(dates, (d) => (d === d ? Math.floor(d / DAY_MS) : Number.NaN))),
      size,
    );
  }

  // Customers with no counted row (only rows without a date) are dropped from the result.
  let kept = 0;
  for (let c = 0; c < size; c++) if (transactions[c] > 0) kept++;
  if (kept < 2)
    throw new AppError('E_TOO_FEW_CUSTOMERS', `Segmenting needs at least 2 customers; this data has ${kept}.`, {
      customers: kept,
    });
  const keep = new Int32Array(kept);
  for (let c = 0, k = 0; c < size; c++) if (transactions[c] > 0) keep[k++] = c;

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
  // Ids stored as numbers become texts only when asked for (a run's members, a persona), not to score.
  if (ids) out.ids = m === size ? ids : Array.from(keep, (c) => ids[c]);
  else {
    let texts: string[] | null = null;
    const numbers = out.numericIds!;
    Object.defineProperty(out, 'ids', { enumerable: true, get: () => (texts ??= Array.from(numbers, String)) });
  }
  // (Local arrays: `out` has an accessor, so reads through it are slow.)
  const { aov, recency, tenure, gap, monetary: spent, orders: ordered, first: firstDay, last: lastDay } = out;
  for (let k = 0; k < m; k++) {
    aov[k] = spent[k] / ordered[k];
    recency[k] = Math.round((analysisDate - dayOf(lastDay[k])) / DAY_MS);
    tenure[k] = Math.round((analysisDate - dayOf(firstDay[k])) / DAY_MS);
    gap[k] = ordered[k] > 1 ? (lastDay[k] - firstDay[k]) / DAY_MS / (ordered[k] - 1) : Number.NaN;
  }

  const position = new Int32Array(size).fill(-1);
  keep.forEach((c, k) => (position[c] = k));
  for (const role of options.shares ? (['category', 'channel'] as const) : []) {
    const index = columnIndex(table, roles[role]);
    if (index < 0) continue;
    const arrays = columnArrays(table, index);
    if (arrays.type !== 'dictionary') continue;
    const values = dictionaryTexts(arrays.dictionary);
    const v = values.length;
    // Customer-major (a customer's values side by side), then split per value.
    const spent = new Float64Array(m * v);
    for (let r = 0; r < n; r++) {
      const c = customer[r];
      const code = arrays.codes[r];
      const s = spend[r];
      if (c >= 0 && code >= 0 && s === s) spent[position[c] * v + code] += s;
    }
    const shares = values.map((_, e) =>
      Float64Array.from({ length: m }, (__, k) =>
        out.monetary[k] !== 0 ? spent[k * v + e] / out.monetary[k] : Number.NaN,
      ),
    );
    out.shares.push({ role, column: roles[role]!, values, shares });
  }
  return out;
}

/**
 * RFM inputs from a customers dataset whose columns already hold them (like rfm_data_customer):
 * recency in days (or the last purchase date, counted from the analysis day), the number of
 * orders and the revenue. What such a table does not hold (first purchase, gaps) is NaN.
 */
export function featuresFromCustomers(
  table: Table,
  roles: RoleMapping,
  options: FeatureOptions = {},
): CustomerFeatures {
  const coded = customerCodes(table, roles.customerId);
  const { codes } = coded;
  const ids = coded.ids ?? Array.from(coded.numbers!, String);
  const recencyDays = numbers(table, roles.recency, 'recency');
  const lastPurchase = recencyDays ? null : numbers(table, roles.lastPurchase, 'lastPurchase');
  const orderCount = numbers(table, roles.orderCount, 'orderCount');
  const revenue = numbers(table, roles.revenue, 'revenue');
  const missing = [
    !recencyDays && !lastPurchase ? 'recency' : null,
    !orderCount ? 'orderCount' : null,
    !revenue ? 'revenue' : null,
  ].filter((r): r is string => r !== null);
  if (missing.length > 0)
    throw new AppError('E_MISSING_ROLE', `Map a column to: ${missing.join(', ')}.`, { roles: missing });
  let maxLast = -Infinity;
  if (lastPurchase) for (const v of lastPurchase) if (v > maxLast) maxLast = v;
  const analysisDate = options.analysisDate ?? (maxLast > -Infinity ? dayOf(maxLast) + DAY_MS : Number.NaN);
  // One row per customer with every value present; a repeated id keeps its first row.
  const seen = new Uint8Array(ids.length);
  const keep: number[] = [];
  for (let r = 0; r < table.numRows; r++) {
    const c = codes[r];
    const recent = recencyDays ? recencyDays[r] : lastPurchase![r];
    if (c < 0 || seen[c] || recent !== recent || orderCount![r] !== orderCount![r] || revenue![r] !== revenue![r])
      continue;
    seen[c] = 1;
    keep.push(r);
  }
  if (keep.length < 2)
    throw new AppError('E_TOO_FEW_CUSTOMERS', `Segmenting needs at least 2 customers; this data has ${keep.length}.`, {
      customers: keep.length,
    });
  const rows = Int32Array.from(keep);
  const m = keep.length;
  const nan = () => new Float64Array(m).fill(Number.NaN);
  const orders = pick(orderCount!, rows);
  const monetary = pick(revenue!, rows);
  const last = lastPurchase ? pick(lastPurchase, rows) : nan();
  const recency = recencyDays
    ? pick(recencyDays, rows)
    : Float64Array.from(last, (v) => Math.round((analysisDate - dayOf(v)) / DAY_MS));
  const out: CustomerFeatures = {
    ids: keep.map((r) => ids[codes[r]]),
    numericIds: null,
    analysisDate,
    frequencyBasis: 'orders',
    transactions: orders,
    orders,
    frequency: orders,
    monetary,
    aov: Float64Array.from(orders, (o, k) => (o > 0 ? monetary[k] / o : Number.NaN)),
    first: nan(),
    last,
    recency,
    tenure: nan(),
    gap: nan(),
    shares: [],
  };
  out.numericIds = numericIds(out.ids);
  return out;
}
