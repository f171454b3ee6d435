import { AppError } from '../../../shared/errors';
import type { ColumnInfo } from '../../../shared/schemas';
import type { IssueCode, Policy } from '../../../shared/quality';
import type { Role, RoleMapping } from '../../../shared/roles';
import { DIALECTS } from './dialects';
import { timestampLiteral } from './customer-sql';

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

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const EARLIEST_PLAUSIBLE = Date.UTC(1900, 0, 1);

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
  if (pattern === 'ymd') return `TRY_CAST(TRIM(${column}) AS TIMESTAMP)`;
  if (pattern === 'compact') return `try_strptime(TRIM(${column}), '%Y%m%d')`;
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
  // Only the digits, the sign, the exponent and the decimal mark are read (1,234.50 and ¥1,234.50 are 1234.50).
  const cleaned =
    format?.decimal === ','
      ? `replace(regexp_replace(TRIM(${column}), '[^0-9,eE+-]', '', 'g'), ',', '.')`
      : `regexp_replace(TRIM(${column}), '[^0-9.eE+-]', '', 'g')`;
  return `TRY_CAST(NULLIF(${cleaned}, '') AS DECIMAL(18, 6))`;
}

/** An id column's cells as texts: trimmed, empty as NULL, a whole number written as a float (17850.0) as the number. */
function idExpr(name: string): string {
  return `NULLIF(regexp_replace(TRIM(CAST(${d.ident(name)} AS VARCHAR)), '^(-?[0-9]+)\\.0+$', '\\1'), '')`;
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
  const raw = (role: Role) => (roles[role] ? d.ident(roles[role]!) : null);
  const amount = roles.amount ? numberExpr(source, roles.amount) : null;
  const quantity = roles.quantity ? numberExpr(source, roles.quantity) : null;
  const price = roles.unitPrice ? numberExpr(source, roles.unitPrice) : null;
  const date = dateExpr(source, roles.orderDate!);
  const numbers = [
    ['amount', amount],
    ['quantity', quantity],
    ['unitPrice', price],
  ].filter(([, e]) => e !== null) as [Role, string][];
  const flags: Record<SummaryIssue, string> = {
    missing_customer_id: `${idExpr(roles.customerId!)} IS NULL`,
    missing_order_date: `NULLIF(TRIM(CAST(${raw('orderDate')} AS VARCHAR)), '') IS NULL`,
    unparsable_date: `(NULLIF(TRIM(CAST(${raw('orderDate')} AS VARCHAR)), '') IS NOT NULL AND ${date} IS NULL)`,
    unparsable_number: numbers.length
      ? `(${numbers.map(([role, e]) => `(NULLIF(TRIM(CAST(${raw(role)} AS VARCHAR)), '') IS NOT NULL AND ${e} IS NULL)`).join(' OR ')})`
      : 'FALSE',
    non_positive_quantity: quantity ? `COALESCE(${quantity} <= 0, FALSE)` : 'FALSE',
    non_positive_price: price ? `COALESCE(${price} <= 0, FALSE)` : 'FALSE',
    negative_amount: amount ? `COALESCE(${amount} < 0, FALSE)` : 'FALSE',
    cancellation: roles.orderId
      ? `COALESCE(regexp_matches(CAST(${raw('orderId')} AS VARCHAR), ${literal(`^${source.cancellationPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[0-9]`)}), FALSE)`
      : 'FALSE',
    future_date: `COALESCE(${date} > ${timestampLiteral(source.now)}, FALSE)`,
    early_date: `COALESCE(${date} < ${timestampLiteral(EARLIEST_PLAUSIBLE)}, FALSE)`,
  };
  const dropped = SUMMARY_ISSUES.filter((code) => source.policies[code] === 'drop').map((code) => `f_${code}`);
  const spend = amount ?? `${quantity} * ${price}`;
  return [
    'flagged AS (',
    '  SELECT',
    `    ${idExpr(roles.customerId!)} AS customer_id,`,
    `    ${roles.orderId ? idExpr(roles.orderId) : 'NULL'} AS order_id,`,
    `    ${date} AS order_ts,`,
    `    ${spend} AS spend,`,
    SUMMARY_ISSUES.map((code) => `    ${flags[code]} AS f_${code}`).join(',\n'),
    `  FROM ${relation}`,
    '),',
    'rows AS (',
    '  SELECT *,',
    `    ${dropped.length ? `NOT (${dropped.join(' OR ')})` : 'TRUE'} AS keep`,
    '  FROM flagged',
    ')',
  ].join('\n');
}

/**
 * One pass over the file, in two steps that spill to disk well: rows grouped per customer and
 * order (with the problems counted), then per customer. `per_order` is kept as a table: the issue
 * counts and the per-customer features are read from it.
 */
export function perOrderSql(source: SummarySource): string {
  const counts = SUMMARY_ISSUES.map((code) => `    CAST(COUNT(*) FILTER (WHERE f_${code}) AS BIGINT) AS n_${code}`);
  return [
    'CREATE TEMP TABLE per_order AS',
    `WITH\n${typedRowsCte(source)}`,
    'SELECT',
    '  customer_id,',
    '  order_id,',
    '  keep AND customer_id IS NOT NULL AND order_ts IS NOT NULL AS counted,',
    '  CAST(COUNT(*) AS BIGINT) AS lines,',
    '  CAST(COUNT(*) FILTER (WHERE keep) AS BIGINT) AS kept,',
    '  SUM(spend) AS spend,',
    '  MIN(order_ts) AS first_ts,',
    '  MAX(order_ts) AS last_ts,',
    counts.join(',\n'),
    'FROM rows',
    'GROUP BY customer_id, order_id, keep AND customer_id IS NOT NULL AND order_ts IS NOT NULL',
  ].join('\n');
}

/** The rows read and kept and each issue's rows, from `per_order`. */
export function issueTotalsSql(): string {
  return `SELECT CAST(SUM(lines) AS DOUBLE) AS rows_read, CAST(SUM(kept) AS DOUBLE) AS rows_kept, ${SUMMARY_ISSUES.map((code) => `CAST(SUM(n_${code}) AS DOUBLE) AS n_${code}`).join(', ')} FROM per_order`;
}

/**
 * One row per customer with a counted row: orders (distinct order ids; order lines when the file has
 * none), order lines, spend (the exact sum, rounded to 6 places, as a double), first and last order
 * (UTC ms). Ordered by customer id.
 */
export function customersSql(hasOrderIds: boolean): string {
  return [
    'SELECT',
    '  customer_id,',
    `  CAST(${hasOrderIds ? 'COUNT(order_id)' : 'SUM(lines)'} AS DOUBLE) AS orders,`,
    '  CAST(SUM(lines) AS DOUBLE) AS order_lines,',
    '  CAST(ROUND(COALESCE(SUM(spend), 0), 6) AS DOUBLE) AS spend,',
    '  CAST(epoch_ms(MIN(first_ts)) AS DOUBLE) AS first_ms,',
    '  CAST(epoch_ms(MAX(last_ts)) AS DOUBLE) AS last_ms',
    'FROM per_order',
    'WHERE counted',
    'GROUP BY customer_id',
    'ORDER BY customer_id',
  ].join('\n');
}
