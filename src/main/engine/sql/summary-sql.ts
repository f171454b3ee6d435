import { AppError } from '../../../shared/errors';
import type { ColumnInfo } from '../../../shared/schemas';
import type { IssueCode, Policy } from '../../../shared/quality';
import type { Role, RoleMapping } from '../../../shared/roles';
import { DIALECTS } from './dialects';
import { EARLIEST_PLAUSIBLE } from '../quality/assess-quality';
import { cancellationPattern, timestampLiteral } from './customer-sql';

const d = DIALECTS.duckdb;

/** A file as DuckDB reads it for the summary: a CSV (plain or gzipped) or Parquet (a file, or a folder of parts). */
export interface SummarySource {
  format: 'csv' | 'parquet';
  path: string;
  /** CSV: how the wizard read it. */
  delimiter?: string;
  header?: boolean;
  skipRows?: number;
  encoding?: string | null;
  /** Every column of the file, in order, with its type and format. */
  columns: ColumnInfo[];
  roles: RoleMapping;
  policies: Record<IssueCode, Policy>;
  cancellationPrefix: string;
  /** The time of import (UTC ms): later order dates are in the future. */
  now: number;
}

/** The issues the summary counts (and drops by policy); the others need every row kept or its raw cells. */
export const SUMMARY_ISSUES = [
  'missing_customer_id',
  'missing_order_date',
  'unparsable_date',
  'unparsable_number',
  'non_positive_quantity',
  'non_positive_price',
  'negative_amount',
  'cancellation',
  'future_date',
  'early_date',
] as const satisfies readonly IssueCode[];
export type SummaryIssue = (typeof SUMMARY_ISSUES)[number];

const literal = d.text;
/** A cell written (not empty): CSV cells are read as text, a Parquet column's cells as they are. */
const written = (column: string) => `NULLIF(TRIM(CAST(${column} AS VARCHAR)), '')`;

/** DuckDB's name for a text encoding the wizard found (it reads these without an extension). */
function duckEncoding(encoding: string | null | undefined): string {
  const e = (encoding ?? 'utf-8').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (e === 'utf8' || e === 'ascii' || e === 'utf8bom') return 'utf-8';
  if (e === 'utf16le' || e === 'utf16') return 'utf-16';
  if (e === 'latin1' || e === 'iso88591' || e === 'windows1252') return 'latin-1';
  throw new AppError(
    'E_SUMMARY_NOT_SUPPORTED',
    `Summarising reads UTF-8, UTF-16 and Latin-1 files; this one is ${encoding}. Save it as UTF-8, or import it whole.`,
    { encoding },
  );
}

/** The file as a table of its columns (CSV: every column as text, typed below). */
export function sourceRelation(source: SummarySource): string {
  if (source.format === 'parquet') return `read_parquet(${literal(source.path)}, union_by_name = true)`;
  const columns = source.columns.map((c) => `${literal(c.name)}: 'VARCHAR'`).join(', ');
  return [
    `read_csv(${literal(source.path)}`,
    `header = ${source.header === false ? 'false' : 'true'}`,
    `skip = ${source.skipRows ?? 0}`,
    `delim = ${literal(source.delimiter ?? ',')}`,
    "quote = '\"'",
    "escape = '\"'",
    `encoding = ${literal(duckEncoding(source.encoding))}`,
    'auto_detect = false',
    'null_padding = true',
    `columns = {${columns}})`,
  ].join(', ');
}

const specOf = (source: SummarySource, name: string) => source.columns.find((c) => c.name === name)?.spec;

/** A date column's cells as timestamps (NULL where unreadable): ISO and compact dates; other orders are refused. */
function dateExpr(source: SummarySource, name: string): string {
  const column = d.ident(name);
  if (source.format === 'parquet') return `TRY_CAST(${column} AS TIMESTAMP)`;
  const spec = specOf(source, name);
  const pattern = spec && 'date' in spec ? spec.date.pattern : 'ymd';
  if (pattern === 'ymd') return `TRY_CAST(${column} AS TIMESTAMP)`;
  if (pattern === 'compact') return `try_strptime(${column}, '%Y%m%d')`;
  throw new AppError(
    'E_SUMMARY_NOT_SUPPORTED',
    `Summarising reads dates written year first (2024-03-05) or as 20240305; "${name}" is written ${pattern === 'zh' ? 'in Chinese' : pattern === 'dmy' ? 'day first' : 'month first'}. Import the file whole, or write its dates year first.`,
    { column: name, pattern },
  );
}

/** A number column's cells as exact decimals (6 places; NULL where unreadable), thousands separators and currency signs left out. */
function numberExpr(source: SummarySource, name: string): string {
  const column = d.ident(name);
  if (source.format === 'parquet') return `TRY_CAST(${column} AS DECIMAL(18, 6))`;
  const spec = specOf(source, name);
  const format = spec && 'number' in spec ? spec.number : null;
  if (format?.percent)
    throw new AppError('E_SUMMARY_NOT_SUPPORTED', `Summarising does not read percentages ("${name}").`, {
      column: name,
    });
  // A plain number is read as it is; else only the digits, the sign, the exponent and the decimal
  // mark are (1,234.50 and ¥1,234.50 are 1234.50): the pattern only runs on the cells that need it.
  const cleaned =
    format?.decimal === ','
      ? `replace(regexp_replace(${column}, '[^0-9,eE+-]', '', 'g'), ',', '.')`
      : `regexp_replace(${column}, '[^0-9.eE+-]', '', 'g')`;
  const plain = format?.decimal === ',' ? null : `TRY_CAST(${column} AS DECIMAL(18, 6))`;
  const read = `TRY_CAST(NULLIF(${cleaned}, '') AS DECIMAL(18, 6))`;
  return plain ? `COALESCE(${plain}, ${read})` : read;
}

/** An id column's cells as texts: trimmed, empty as NULL, a whole number written as a float (17850.0) as the number. */
function idExpr(name: string, isExpr = false): string {
  const text = `TRIM(CAST(${isExpr ? name : d.ident(name)} AS VARCHAR))`;
  return `NULLIF(CASE WHEN ends_with(${text}, '.0') THEN regexp_replace(${text}, '^(-?[0-9]+)\\.0+$', '\\1') ELSE ${text} END, '')`;
}

/** The roles the summary needs: a customer id, an order date, and an amount or a quantity and unit price. */
export function checkSummaryRoles(roles: RoleMapping): void {
  const missing: Role[] = [];
  if (!roles.customerId) missing.push('customerId');
  if (!roles.orderDate) missing.push('orderDate');
  if (!roles.amount && !(roles.quantity && roles.unitPrice)) missing.push('amount');
  if (missing.length)
    throw new AppError('E_MISSING_ROLE', `Summarising per customer needs ${missing.join(', ')}.`, { roles: missing });
}

/**
 * `rows`: the file's rows typed for the summary, each with its problems as flags and whether the
 * import keeps it (`keep`: no problem whose policy is drop) and counts it (`counted`: kept, with a
 * customer and a date).
 */
export function typedRowsCte(source: SummarySource): string {
  const { roles } = source;
  // The file's encoding first (a GBK file is refused as such), then the roles.
  const relation = sourceRelation(source);
  checkSummaryRoles(roles);
  const raw = (role: Role) => d.ident(roles[role]!);
  // Each cell typed once (\`typed\`), the problems judged on the typed values (\`flagged\`).
  const numbers = (['amount', 'quantity', 'unitPrice'] as const).filter((role) => roles[role]);
  const typed = [
    `${idExpr(roles.customerId!)} AS customer_id`,
    `${roles.orderId ? `CAST(${raw('orderId')} AS VARCHAR)` : 'NULL'} AS order_text`,
    `${dateExpr(source, roles.orderDate!)} AS order_ts`,
    `${written(raw('orderDate'))} IS NOT NULL AS date_written`,
    ...numbers.flatMap((role) => [
      `${numberExpr(source, roles[role]!)} AS v_${role}`,
      `${written(raw(role))} IS NOT NULL AS w_${role}`,
    ]),
  ];
  const has = (role: 'amount' | 'quantity' | 'unitPrice') => numbers.includes(role);
  const prefix = source.cancellationPrefix;
  const flags: Record<SummaryIssue, string> = {
    missing_customer_id: 'customer_id IS NULL',
    missing_order_date: 'NOT date_written',
    unparsable_date: '(date_written AND order_ts IS NULL)',
    unparsable_number: numbers.length
      ? `(${numbers.map((role) => `(w_${role} AND v_${role} IS NULL)`).join(' OR ')})`
      : 'FALSE',
    non_positive_quantity: has('quantity') ? 'COALESCE(v_quantity <= 0, FALSE)' : 'FALSE',
    non_positive_price: has('unitPrice') ? 'COALESCE(v_unitPrice <= 0, FALSE)' : 'FALSE',
    negative_amount: has('amount') ? 'COALESCE(v_amount < 0, FALSE)' : 'FALSE',
    // The pattern only runs on the ids that start with the prefix.
    cancellation: roles.orderId
      ? `COALESCE(starts_with(order_text, ${literal(prefix)}) AND regexp_matches(order_text, ${literal(cancellationPattern(prefix))}), FALSE)`
      : 'FALSE',
    future_date: `COALESCE(order_ts > ${timestampLiteral(source.now)}, FALSE)`,
    early_date: `COALESCE(order_ts < ${timestampLiteral(EARLIEST_PLAUSIBLE)}, FALSE)`,
  };
  const dropped = SUMMARY_ISSUES.filter((code) => source.policies[code] === 'drop').map((code) => `f_${code}`);
  const spend = has('amount') ? 'v_amount' : 'v_quantity * v_unitPrice';
  const order = roles.orderId ? idExpr('order_text', true) : 'NULL';
  return [
    'typed AS (',
    '  SELECT',
    typed.map((e) => `    ${e}`).join(',\n'),
    `  FROM ${relation}`,
    '),',
    'flagged AS (',
    '  SELECT',
    '    customer_id,',
    `    ${order} AS order_id,`,
    '    order_ts,',
    `    ${spend} AS spend,`,
    SUMMARY_ISSUES.map((code) => `    ${flags[code]} AS f_${code}`).join(',\n'),
    '  FROM typed',
    '),',
    'rows AS (',
    '  SELECT *,',
    `    ${dropped.length ? `NOT (${dropped.join(' OR ')})` : 'TRUE'} AS keep`,
    '  FROM flagged',
    ')',
  ].join('\n');
}

/**
 * The first pass: the rows read and kept and each issue's rows, counted as the file streams by
 * (no grouping: nothing to hold).
 */
export function issueTotalsSql(source: SummarySource): string {
  const counts = SUMMARY_ISSUES.map((code) => `  CAST(COUNT(*) FILTER (WHERE f_${code}) AS DOUBLE) AS n_${code}`);
  return [
    `WITH\n${typedRowsCte(source)}`,
    'SELECT',
    '  CAST(COUNT(*) AS DOUBLE) AS rows_read,',
    '  CAST(COUNT(*) FILTER (WHERE keep) AS DOUBLE) AS rows_kept,',
    counts.join(',\n'),
    'FROM rows',
  ].join('\n');
}

const COUNTED = 'keep AND customer_id IS NOT NULL AND order_ts IS NOT NULL';

/**
 * The second pass, for a file with order ids: the distinct (customer, order) pairs of the rows
 * counted (kept, with a customer and a date), as a table. Only the pairs are grouped (no sums
 * carried along), and the grouping is not fed into another (`ORDERS_SQL` counts the table):
 * DuckDB spills such a grouping to disk within its memory limit even at 10^8 pairs, where a
 * nested grouping, or sums carried through it, ran out of memory.
 */
export function pairsSql(source: SummarySource): string {
  return [
    `WITH\n${typedRowsCte(source)}`,
    // (A count with the keys: DuckDB spills a grouping with an aggregate; one with only the keys ran out of memory at 10^8.)
    'SELECT customer_id, order_id, COUNT(*) AS lines',
    'FROM rows',
    `WHERE ${COUNTED} AND order_id IS NOT NULL`,
    'GROUP BY customer_id, order_id',
  ].join('\n');
}

/** Each customer's distinct orders, from the table \`pairs\`. */
export const ORDERS_SQL = 'SELECT customer_id, CAST(COUNT(*) AS DOUBLE) AS orders FROM pairs GROUP BY customer_id';

/**
 * The last pass: one row per customer with a counted row: orders (from \`orders\` when the file has
 * order ids; 0 for a customer whose counted lines have none; else the order lines), order lines,
 * spend (the exact sum, rounded to 6 places, as a double), first and last order (UTC ms). Ordered
 * by customer id, so the same file makes the same table.
 */
export function customersSql(source: SummarySource): string {
  const hasOrderIds = Boolean(source.roles.orderId);
  return [
    `WITH\n${typedRowsCte(source)},`,
    'sums AS (',
    '  SELECT',
    '    customer_id,',
    '    COUNT(*) AS lines,',
    '    ROUND(COALESCE(SUM(spend), 0), 6) AS spend,',
    '    MIN(order_ts) AS first_ts,',
    '    MAX(order_ts) AS last_ts',
    '  FROM rows',
    `  WHERE ${COUNTED}`,
    '  GROUP BY customer_id',
    ')',
    'SELECT',
    '  sums.customer_id,',
    `  ${hasOrderIds ? 'COALESCE(orders.orders, 0)' : 'CAST(sums.lines AS DOUBLE)'} AS orders,`,
    '  CAST(sums.lines AS DOUBLE) AS order_lines,',
    '  CAST(sums.spend AS DOUBLE) AS spend,',
    '  CAST(epoch_ms(sums.first_ts) AS DOUBLE) AS first_ms,',
    '  CAST(epoch_ms(sums.last_ts) AS DOUBLE) AS last_ms',
    'FROM sums',
    ...(hasOrderIds ? ['LEFT JOIN orders ON orders.customer_id = sums.customer_id'] : []),
    'ORDER BY sums.customer_id',
  ].join('\n');
}
