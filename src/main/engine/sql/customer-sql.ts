import type { IssueCode, Policy } from '../../../shared/quality';
import type { Role } from '../../../shared/roles';
import type { FrequencyBasis } from '../features/customer-features';
import { DAY_MS } from '../features/customer-features';
import { EARLIEST_PLAUSIBLE } from '../quality/assess-quality';
import type { Dialect } from './dialects';

/** The client's transactions table: its name, its column for each role, and the import's policies. */
export interface TransactionsSource {
  /** The table, as `name` or `schema.name` (each part quoted as written). */
  table: string;
  /** Role → the table's column. */
  columns: Partial<Record<Role, string>>;
  policies: Record<IssueCode, Policy>;
  /** Order ids starting with this, then a digit, are cancellations. */
  cancellationPrefix: string;
  /** When the data was imported (UTC ms): later order dates are in the future. */
  importedAt: number;
}

/** Which transactions count and how purchases are counted: the run's feature settings. */
export interface Counting {
  /** UTC ms at 00:00: transactions strictly before it count. */
  analysisDate: number;
  windowDays?: number;
  frequency: FrequencyBasis;
}

/** A spend share a rule tests: the share of a customer's spend on one category (or channel) value. */
export interface ShareColumn {
  role: 'category' | 'channel';
  value: string;
}

/** A column of the order file that holds one value per customer (Country): the value on the customer's first row. */
export interface AttributeColumn {
  column: string;
  kind: 'number' | 'date' | 'category';
}

export const timestampLiteral = (ms: number) =>
  `TIMESTAMP '${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}'`;

export function tableName(d: Dialect, table: string): string {
  return table
    .split('.')
    .map((part) => d.ident(part))
    .join('.');
}

/** The pattern of a cancelled order id: the prefix (as written), then a digit — as the importer tells them. */
export const cancellationPattern = (prefix: string) => `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[0-9]`;

/**
 * The import's policies as WHERE conditions on the raw table (the rows the import would drop), and
 * the policies that drop rows a typed table cannot hold (unreadable cells), said in the header.
 */
export function importFilters(d: Dialect, source: TransactionsSource): { where: string[]; notes: string[] } {
  const { columns, policies } = source;
  const col = (role: Role) => (columns[role] === undefined ? null : d.ident(columns[role]!));
  const where: string[] = [];
  const notes: string[] = [];
  const customer = col('customerId')!;
  where.push(`${customer} IS NOT NULL`);
  const date = col('orderDate')!;
  const drops = (code: IssueCode) => policies[code] === 'drop';
  const positive = (role: Role, code: IssueCode, op: '>' | '>=') => {
    const c = col(role);
    if (c && drops(code)) where.push(`(${c} IS NULL OR ${c} ${op} 0)`);
  };
  positive('quantity', 'non_positive_quantity', '>');
  positive('unitPrice', 'non_positive_price', '>');
  positive('amount', 'negative_amount', '>=');
  const order = col('orderId');
  if (order && drops('cancellation'))
    where.push(`NOT COALESCE(${d.matches(d.asText(order), cancellationPattern(source.cancellationPrefix))}, FALSE)`);
  if (drops('future_date'))
    where.push(`(${date} IS NULL OR ${d.asTimestamp(date)} <= ${timestampLiteral(source.importedAt)})`);
  if (drops('early_date'))
    where.push(`(${date} IS NULL OR ${d.asTimestamp(date)} >= ${timestampLiteral(EARLIEST_PLAUSIBLE)})`);
  if (drops('unparsable_number') || drops('number_out_of_range'))
    notes.push('rows with unreadable numbers were dropped at import: a typed table holds none, so none are filtered');
  if (drops('duplicate_row')) notes.push('exact duplicate rows are dropped (SELECT DISTINCT over all columns)');
  return { where, notes };
}

const indent = (lines: string[], by = '    ') => lines.map((l) => by + l);

/**
 * `kept`: the rows the import keeps, with the columns the segmentation reads under fixed names
 * (customer_id, order_id, order_ts, spend, category, channel, and attr_1 … for attributes).
 */
export function keptCte(
  d: Dialect,
  source: TransactionsSource,
  attributes: readonly AttributeColumn[],
): { sql: string; notes: string[] } {
  const { columns } = source;
  const col = (role: Role) => d.ident(columns[role]!);
  const spend =
    columns.amount !== undefined
      ? d.money(col('amount'))
      : `${d.money(col('quantity'))} * ${d.money(col('unitPrice'))}`;
  const select = [
    `${col('customerId')} AS customer_id`,
    ...(columns.orderId !== undefined ? [`${col('orderId')} AS order_id`] : []),
    `${d.asTimestamp(col('orderDate'))} AS order_ts`,
    `${spend} AS spend`,
    ...(['category', 'channel'] as const).flatMap((role) =>
      columns[role] !== undefined ? [`${d.asText(col(role))} AS ${role}`] : [],
    ),
    ...attributes.map(
      (a, i) => `${a.kind === 'category' ? d.asText(d.ident(a.column)) : d.ident(a.column)} AS attr_${i + 1}`,
    ),
  ];
  const { where, notes } = importFilters(d, source);
  const from =
    source.policies.duplicate_row === 'drop'
      ? `(SELECT DISTINCT * FROM ${tableName(d, source.table)}) AS source_rows`
      : tableName(d, source.table);
  const sql = [
    'kept AS (',
    '  SELECT',
    ...indent(select.map((s, i) => (i < select.length - 1 ? `${s},` : s))),
    `  FROM ${from}`,
    `  WHERE ${where.join('\n    AND ')}`,
    ')',
  ].join('\n');
  return { sql, notes };
}

/** `tx`: the kept rows the run counts (dated, before the analysis day, within its window). */
export function countedCte(counting: Counting): string {
  const conditions = ['order_ts IS NOT NULL', `order_ts < ${timestampLiteral(counting.analysisDate)}`];
  if (counting.windowDays !== undefined)
    conditions.push(`order_ts >= ${timestampLiteral(counting.analysisDate - counting.windowDays * DAY_MS)}`);
  return ['tx AS (', '  SELECT *', '  FROM kept', `  WHERE ${conditions.join('\n    AND ')}`, ')'].join('\n');
}

/** Money summed exactly, rounded to 6 places and read as a double (as the app rounds each customer's spend). */
const moneySum = (d: Dialect, expr: string) => d.asDouble(`ROUND(COALESCE(SUM(${expr}), 0), 6)`);

/**
 * `customers` and `features`: one row per customer, the features the app computes (recency,
 * frequency, monetary, orders, transactions, first and last purchase, tenure, order value, the
 * mean gap between orders, and the spend shares the rules test).
 */
export function featuresCtes(
  d: Dialect,
  source: TransactionsSource,
  counting: Counting,
  shares: readonly ShareColumn[],
): string {
  const hasOrders = source.columns.orderId !== undefined;
  const orders = hasOrders ? 'COUNT(DISTINCT order_id)' : 'COUNT(*)';
  const frequency =
    counting.frequency === 'rows'
      ? 'COUNT(*)'
      : counting.frequency === 'days'
        ? `COUNT(DISTINCT ${d.asDate('order_ts')})`
        : orders;
  const day = `DATE '${new Date(counting.analysisDate).toISOString().slice(0, 10)}'`;
  const grouped = [
    'customer_id',
    `${d.int('COUNT(*)')} AS transactions`,
    `${d.int(orders)} AS orders`,
    `${d.int(frequency)} AS frequency`,
    `${moneySum(d, 'spend')} AS monetary`,
    'MIN(order_ts) AS first_purchase',
    'MAX(order_ts) AS last_purchase',
    `${d.days(day, d.asDate('MAX(order_ts)'))} AS recency`,
    `${d.days(day, d.asDate('MIN(order_ts)'))} AS tenure`,
    ...shares.map(
      (s, i) => `${moneySum(d, `CASE WHEN ${s.role} = ${d.text(s.value)} THEN spend END`)} AS spend_${i + 1}`,
    ),
  ];
  const derived = [
    'c.*',
    `monetary / ${d.asDouble('NULLIF(orders, 0)')} AS aov`,
    `CASE WHEN orders > 1 THEN (${d.epochMs('last_purchase')} - ${d.epochMs('first_purchase')}) / ${DAY_MS}.0 / ${d.asDouble('orders - 1')} END AS gap`,
    ...shares.map((_, i) => `spend_${i + 1} / NULLIF(monetary, 0) AS share_${i + 1}`),
  ];
  const list = (items: string[]) => indent(items.map((s, i) => (i < items.length - 1 ? `${s},` : s)));
  return [
    'customers AS (',
    '  SELECT',
    ...list(grouped),
    '  FROM tx',
    '  GROUP BY customer_id',
    '),',
    'features AS (',
    '  SELECT',
    ...list(derived),
    '  FROM customers AS c',
    ')',
  ].join('\n');
}

/** `firsts`: each customer's first kept row (the earliest order date, undated rows last), for the attributes. */
export function firstsCte(attributes: readonly AttributeColumn[]): string {
  const values = attributes.map((_, i) => `attr_${i + 1}`);
  return [
    'firsts AS (',
    `  SELECT customer_id, ${values.join(', ')}`,
    '  FROM (',
    `    SELECT customer_id, ${values.join(', ')},`,
    `      ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_ts NULLS LAST, ${values.map((v) => `${v} NULLS LAST`).join(', ')}) AS row_in_customer`,
    '    FROM kept',
    '  ) AS ranked',
    '  WHERE row_in_customer = 1',
    ')',
  ].join('\n');
}
