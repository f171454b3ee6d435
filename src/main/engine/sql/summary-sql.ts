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

/**
 * Whether the file's column is read by DuckDB's own CSV reader as the type the summary needs (a
 * number with a point as its decimal mark and no currency sign or percent; a date written year first)
 * rather than as text typed in SQL: much faster on a big file, and the same values — a cell it cannot
 * read stops that reading, and the file is read again as text (`native` false), cell by cell.
 */
function nativeType(source: SummarySource, name: string, role: Role): string | null {
  const spec = specOf(source, name);
  if (role === 'orderDate') return spec && 'date' in spec && spec.date.pattern === 'ymd' ? 'TIMESTAMP' : null;
  const format = spec && 'number' in spec ? spec.number : null;
  return format && format.decimal === '.' && !format.percent && !format.currency ? 'DECIMAL(18, 6)' : null;
}

const NATIVE_ROLES = ['orderDate', 'amount', 'quantity', 'unitPrice'] as const satisfies readonly Role[];

/** The columns DuckDB reads natively (by name), when the CSV is read so. */
function nativeColumns(source: SummarySource, native: boolean): Map<string, string> {
  const types = new Map<string, string>();
  if (!native || source.format !== 'csv') return types;
  for (const role of NATIVE_ROLES) {
    const name = source.roles[role];
    const type = name ? nativeType(source, name, role) : null;
    if (name && type) types.set(name, type);
  }
  return types;
}

/** The file as a table of its columns (CSV: every column as text unless read natively; see `nativeType`). */
export function sourceRelation(source: SummarySource, native = false): string {
  if (source.format === 'parquet') return `read_parquet(${literal(source.path)}, union_by_name = true)`;
  const types = nativeColumns(source, native);
  const columns = source.columns.map((c) => `${literal(c.name)}: '${types.get(c.name) ?? 'VARCHAR'}'`).join(', ');
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
function dateExpr(source: SummarySource, name: string, native: boolean): string {
  const column = d.ident(name);
  if (source.format === 'parquet') return `TRY_CAST(${column} AS TIMESTAMP)`;
  const spec = specOf(source, name);
  const pattern = spec && 'date' in spec ? spec.date.pattern : 'ymd';
  if (pattern === 'ymd') return native ? column : `TRY_CAST(${column} AS TIMESTAMP)`;
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

/** JavaScript's `trim` set (white space and line ends): a category is trimmed as the whole import trims it. */
const JS_SPACES =
  ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** The roles whose spend shares a summary keeps (as the whole import's customer features have them). */
export const SHARE_ROLES = ['category', 'channel'] as const;
export type ShareRole = (typeof SHARE_ROLES)[number];

/**
 * The share roles mapped to a column the whole import holds as text: each with its cells as the
 * rows carry them (`raw`: as written, an empty cell none) and how a written value is read as the
 * whole import reads it (`clean`: a category trimmed, free text as written, an id as ids are read),
 * which runs on the distinct values only.
 */
export function shareRoles(
  source: SummarySource,
): { role: ShareRole; column: string; raw: string; clean: (value: string) => string }[] {
  return SHARE_ROLES.flatMap((role) => {
    const column = source.roles[role];
    const kind = column ? specOf(source, column)?.kind : undefined;
    if (!column || (kind !== 'category' && kind !== 'text' && kind !== 'id')) return [];
    const clean = (value: string) =>
      kind === 'id' ? idExpr(value, true) : kind === 'category' ? `trim(${value}, ${literal(JS_SPACES)})` : value;
    return [{ role, column, raw: `NULLIF(CAST(${d.ident(column)} AS VARCHAR), '')`, clean }];
  });
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

/** An issue's bit in a row's `flags`. */
const bit = (code: SummaryIssue) => 1 << SUMMARY_ISSUES.indexOf(code);

/** The bits of the issues whose rows the policies drop: a row is kept when `flags & mask = 0`. */
export function dropMask(policies: SummarySource['policies']): number {
  return SUMMARY_ISSUES.filter((code) => policies[code] === 'drop').reduce((mask, code) => mask | bit(code), 0);
}

/**
 * `rows`: the file's rows typed for the summary (customer_id, order_id, order_ts, spend, and the
 * category and channel cells of `shareRoles`) with their
 * problems as the bits of `flags` (see `bit`). `native`: the CSV's dates and numbers are read by
 * DuckDB's reader (see `nativeType`).
 */
export function typedRowsCte(source: SummarySource, native = false): string {
  const { roles } = source;
  // The file's encoding first (a GBK file is refused as such), then the roles.
  const relation = sourceRelation(source, native);
  checkSummaryRoles(roles);
  const read = nativeColumns(source, native);
  const raw = (role: Role) => d.ident(roles[role]!);
  const isWritten = (role: Role) =>
    read.has(roles[role]!) ? `${raw(role)} IS NOT NULL` : `${written(raw(role))} IS NOT NULL`;
  // Each cell typed once (`typed`), the problems judged on the typed values (`rows`).
  const numbers = (['amount', 'quantity', 'unitPrice'] as const).filter((role) => roles[role]);
  const typed = [
    `${idExpr(roles.customerId!)} AS customer_id`,
    `${roles.orderId ? `CAST(${raw('orderId')} AS VARCHAR)` : 'NULL'} AS order_text`,
    `${dateExpr(source, roles.orderDate!, read.has(roles.orderDate!))} AS order_ts`,
    `${isWritten('orderDate')} AS date_written`,
    ...shareRoles(source).map(({ role, raw }) => `${raw} AS ${role}`),
    ...numbers.flatMap((role) => [
      `${read.has(roles[role]!) ? raw(role) : numberExpr(source, roles[role]!)} AS v_${role}`,
      `${isWritten(role)} AS w_${role}`,
    ]),
  ];
  const has = (role: 'amount' | 'quantity' | 'unitPrice') => numbers.includes(role);
  const prefix = source.cancellationPrefix;
  // Each a condition (NULL counts as false).
  const flags: Record<SummaryIssue, string | null> = {
    missing_customer_id: 'customer_id IS NULL',
    missing_order_date: 'NOT date_written',
    unparsable_date: 'date_written AND order_ts IS NULL',
    unparsable_number: numbers.length ? numbers.map((role) => `(w_${role} AND v_${role} IS NULL)`).join(' OR ') : null,
    non_positive_quantity: has('quantity') ? 'v_quantity <= 0' : null,
    non_positive_price: has('unitPrice') ? 'v_unitPrice <= 0' : null,
    negative_amount: has('amount') ? 'v_amount < 0' : null,
    // The pattern only runs on the ids that start with the prefix.
    cancellation: roles.orderId
      ? `starts_with(order_text, ${literal(prefix)}) AND regexp_matches(order_text, ${literal(cancellationPattern(prefix))})`
      : null,
    future_date: `order_ts > ${timestampLiteral(source.now)}`,
    early_date: `order_ts < ${timestampLiteral(EARLIEST_PLAUSIBLE)}`,
  };
  const bits = SUMMARY_ISSUES.filter((code) => flags[code]).map(
    (code) => `CASE WHEN ${flags[code]} THEN ${bit(code)} ELSE 0 END`,
  );
  const spend = has('amount') ? 'v_amount' : 'v_quantity * v_unitPrice';
  const order = roles.orderId ? idExpr('order_text', true) : 'CAST(NULL AS VARCHAR)';
  return [
    'typed AS (',
    '  SELECT',
    typed.map((e) => `    ${e}`).join(',\n'),
    `  FROM ${relation}`,
    '),',
    'rows AS (',
    '  SELECT',
    '    customer_id,',
    `    ${order} AS order_id,`,
    '    order_ts,',
    `    ${spend} AS spend,`,
    ...shareRoles(source).map(({ role }) => `    ${role},`),
    `    CAST(${bits.join('\n      + ')} AS USMALLINT) AS flags`,
    '  FROM typed',
    ')',
  ].join('\n');
}

/**
 * The one pass over the file: its rows typed and flagged, written as Parquet files in `dir`, one
 * folder per bucket of customers (`bucket=K`, by a hash of the customer id), so that each bucket's
 * customers can be summed apart within the memory DuckDB has.
 */
export function partitionSql(source: SummarySource, native: boolean, dir: string, buckets: number): string {
  return [
    `COPY (\nWITH\n${typedRowsCte(source, native)}`,
    `SELECT *, CAST(hash(customer_id) % ${buckets} AS INTEGER) AS bucket FROM rows`,
    `) TO ${literal(dir)} (FORMAT parquet, PARTITION_BY (bucket), COMPRESSION uncompressed)`,
  ].join('\n');
}

/** The rows counted (kept, with a customer and an order date) of the typed rows (`files`: a glob of them), as FROM … WHERE …. */
export const countedRows = (source: SummarySource, files: string) =>
  `FROM read_parquet(${literal(files)}) WHERE flags & ${dropMask(source.policies)} = 0 AND customer_id IS NOT NULL AND order_ts IS NOT NULL`;

/** The rows read and kept and each issue's rows, counted over the typed rows (`files`: a glob of them). */
export function issueTotalsSql(source: SummarySource, files: string): string {
  const mask = dropMask(source.policies);
  const counts = SUMMARY_ISSUES.map(
    (code) => `  CAST(COUNT(*) FILTER (WHERE flags & ${bit(code)} <> 0) AS DOUBLE) AS n_${code}`,
  );
  return [
    'SELECT',
    '  CAST(COUNT(*) AS DOUBLE) AS rows_read,',
    `  CAST(COUNT(*) FILTER (WHERE flags & ${mask} = 0) AS DOUBLE) AS rows_kept,`,
    counts.join(',\n'),
    `FROM read_parquet(${literal(files)})`,
  ].join('\n');
}
