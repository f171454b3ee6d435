import type { Role } from '../../../shared/roles';
import { missingRoleError } from '../../../shared/missing-role';
import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { RoleMapping } from '../../../shared/roles';
import { customerCodes, numericIds } from './customer-codes';
import { dayOf, DAY_MS, type CustomerFeatures, type FeatureOptions } from './customer-features';
import { pick } from './pick';
import type { SpendShares } from './spend-shares';
import { columnIndex, roleNumbers } from './role-numbers';
import { integerIds } from '../table/column-arrays';
import { mapFloat64 } from '../table/map-typed';

/** A customers table summarised from order lines on import also holds each customer's first order, order lines and purchase days. */
export interface SummaryColumns {
  firstPurchase: string;
  orderLines: string;
  /** Absent from summaries made before it was kept: purchases are then counted as orders or lines only. */
  purchaseDays?: string;
  /** The spend shares it kept: per category (channel) value, its column (see SourceInfo's `summarised`). */
  shares?: readonly { role: 'category' | 'channel'; column: string; values: string[]; columns: string[] }[];
}

/**
 * RFM inputs from a customers dataset whose columns already hold them (like rfm_data_customer):
 * recency in days (or the last purchase date, counted from the analysis day), the number of
 * orders and the revenue. What such a table does not hold (first purchase, gaps) is NaN.
 */
export function featuresFromCustomers(
  table: Table,
  roles: RoleMapping,
  options: FeatureOptions & { summary?: SummaryColumns } = {},
): CustomerFeatures {
  const coded = customerCodes(table, roles.customerId);
  const { codes } = coded;
  const { numbers } = coded;
  const recencyDays = roleNumbers(table, roles.recency, 'recency');
  const lastPurchase = recencyDays ? null : roleNumbers(table, roles.lastPurchase, 'lastPurchase');
  const orderCount = roleNumbers(table, roles.orderCount, 'orderCount');
  const revenue = roleNumbers(table, roles.revenue, 'revenue');
  const missing = [
    !recencyDays && !lastPurchase ? 'recency' : null,
    !orderCount ? 'orderCount' : null,
    !revenue ? 'revenue' : null,
  ].filter((r): r is Role => r !== null);
  if (missing.length > 0) throw missingRoleError(missing);
  let maxLast = -Infinity;
  if (lastPurchase)
    for (let r = 0; r < lastPurchase.length; r++) if (lastPurchase[r] > maxLast) maxLast = lastPurchase[r];
  const analysisDate = options.analysisDate ?? (maxLast > -Infinity ? dayOf(maxLast) + DAY_MS : Number.NaN);
  // A summary counted every order: an analysis day before its last would count orders after it.
  if (options.summary && maxLast > -Infinity && analysisDate < dayOf(maxLast) + DAY_MS)
    throw new AppError(
      'E_BAD_SPEC',
      `This dataset was summarised per customer on import, with every order up to ${new Date(maxLast).toISOString().slice(0, 10)}: its analysis day can be the day after that or later.`,
      { lastOrder: new Date(maxLast).toISOString().slice(0, 10) },
    );
  // One row per customer with every value present; a repeated id keeps its first row.
  const seen = new Uint8Array(coded.size);
  const kept = new Int32Array(table.numRows);
  let m = 0;
  for (let r = 0; r < table.numRows; r++) {
    const c = codes[r];
    const recent = recencyDays ? recencyDays[r] : lastPurchase![r];
    if (c < 0 || seen[c] || recent !== recent || orderCount![r] !== orderCount![r] || revenue![r] !== revenue![r])
      continue;
    seen[c] = 1;
    kept[m++] = r;
  }
  if (m < 2)
    throw new AppError('E_TOO_FEW_CUSTOMERS', `Segmenting needs at least 2 customers; this data has ${m}.`, {
      customers: m,
    });
  const rows = kept.subarray(0, m);
  const nan = () => new Float64Array(m).fill(Number.NaN);
  const orders = pick(orderCount!, rows);
  const monetary = pick(revenue!, rows);
  const last = lastPurchase ? pick(lastPurchase, rows) : nan();
  const recency = recencyDays
    ? pick(recencyDays, rows)
    : mapFloat64(last, (v) => Math.round((analysisDate - dayOf(v)) / DAY_MS));
  const { first, transactions, frequency, basis } = summaryCounts(table, options, rows, orders);
  const out: CustomerFeatures = {
    // Ten million customers' ids are made once, each from its number when the ids are whole numbers.
    ids: idTexts(rows, (r) => (numbers ? String(numbers[codes[r]]) : coded.ids![codes[r]])),
    // A customer's number is the id column's value on its row (that column itself when every row is kept).
    numericIds: numbers ? pick(integerIds(table, columnIndex(table, roles.customerId))!, rows) : null,
    analysisDate,
    frequencyBasis: basis,
    transactions,
    orders,
    frequency,
    monetary,
    aov: mapFloat64(orders, (o, k) => (o > 0 ? monetary[k] / o : Number.NaN)),
    first,
    last,
    recency,
    tenure: mapFloat64(first, (v) => (v === v ? Math.round((analysisDate - dayOf(v)) / DAY_MS) : Number.NaN)),
    gap: mapFloat64(orders, (o, k) => (o > 1 ? (last[k] - first[k]) / DAY_MS / (o - 1) : Number.NaN)),
    shares: summaryShares(table, options.summary, rows),
  };
  out.numericIds ??= numericIds(out.ids);
  return out;
}

/** The spend shares a summary kept, for the kept rows (a column gone: NaN). */
const summaryShares = (table: Table, summary: SummaryColumns | undefined, rows: Int32Array): SpendShares[] =>
  (summary?.shares ?? []).map(({ role, column, values, columns }) => ({
    role,
    column,
    values,
    shares: columns.map((name) => {
      const numbers = roleNumbers(table, name, 'revenue');
      return numbers ? pick(numbers, rows) : new Float64Array(rows.length).fill(Number.NaN);
    }),
  }));

/** Each kept row's id text, in an array made at its full length (ten million ids: no copies while it grows). */
const idTexts = (rows: Int32Array, text: (row: number) => string): string[] =>
  Array.from({ length: rows.length }, (_, k) => text(rows[k]));

/**
 * A summary's first order and order lines give tenure and the gaps between orders, and its order
 * lines or purchase days count purchases, as the order lines would; a plain customers table has
 * none of them (NaN) and counts orders.
 */
function summaryCounts(
  table: Table,
  options: FeatureOptions & { summary?: SummaryColumns },
  rows: Int32Array,
  orders: Float64Array,
) {
  const { summary } = options;
  const firstPurchase = summary ? roleNumbers(table, summary.firstPurchase, 'signupDate') : null;
  const lines = summary ? roleNumbers(table, summary.orderLines, 'orderCount') : null;
  const first = firstPurchase ? pick(firstPurchase, rows) : new Float64Array(rows.length).fill(Number.NaN);
  const basis = summary ? (options.frequency ?? 'orders') : 'orders';
  const days = basis === 'days' ? roleNumbers(table, summary?.purchaseDays, 'orderCount') : null;
  const transactions = lines ? pick(lines, rows) : orders;
  // (Its own array, as the order lines' features have: the members then show the lines too.)
  const frequency = basis === 'rows' ? transactions.slice() : days ? pick(days, rows) : orders;
  return { first, transactions, frequency, basis };
}
