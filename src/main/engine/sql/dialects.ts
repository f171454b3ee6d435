import type { SqlDialect } from '../../../shared/sql-export';

/**
 * What differs between the SQL engines a segmentation is written for. Everything else in the
 * generated text is the SQL the three share (CTEs, CASE, COUNT(DISTINCT), window functions).
 */
export interface Dialect {
  id: SqlDialect;
  /** A quoted identifier (a column or table name as written, case and spaces kept). */
  ident(name: string): string;
  /** A string literal. */
  text(value: string): string;
  /** Exact money: an amount as a decimal with 6 places. */
  money(expr: string): string;
  /** A whole number as a 32-bit integer (counts and day differences are 64-bit in some engines). */
  int(expr: string): string;
  asDouble(expr: string): string;
  asText(expr: string): string;
  asTimestamp(expr: string): string;
  asDate(expr: string): string;
  /** Whole days from the DATE `from` to the DATE `to`. */
  days(to: string, from: string): string;
  /** Milliseconds since 1970 of a timestamp, as a double. */
  epochMs(expr: string): string;
  /** Whether a text matches a regular expression. */
  matches(expr: string, pattern: string): string;
  /** An ORDER BY key that orders texts by their bytes (code points), whatever the database's collation. */
  binaryOrder(expr: string): string;
  /** Statements to run before the query (session settings), or none. */
  preamble: string[];
}

const quoteWith = (q: string) => (name: string) => `${q}${name.replaceAll(q, q + q)}${q}`;
/**
 * A number as its shortest decimal text (JavaScript's, which reads back to the same double). The
 * engines read it as an exact decimal (or a double, with an exponent) and compare it with a double
 * column as a double, with a whole-number column exactly: both sides fall as the app's doubles do.
 */
export const numberLiteral = (value: number) => {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
};
const standardText = (value: string) => `'${value.replaceAll("'", "''")}'`;
/** Spark reads a backslash in a string literal as an escape, and '' is not a quote in it. */
const sparkText = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

const DUCKDB: Dialect = {
  id: 'duckdb',
  ident: quoteWith('"'),
  text: standardText,
  money: (e) => `CAST(${e} AS DECIMAL(18, 6))`,
  int: (e) => `CAST(${e} AS INTEGER)`,
  asDouble: (e) => `CAST(${e} AS DOUBLE)`,
  asText: (e) => `CAST(${e} AS VARCHAR)`,
  asTimestamp: (e) => `CAST(${e} AS TIMESTAMP)`,
  asDate: (e) => `CAST(${e} AS DATE)`,
  days: (to, from) => `CAST(${to} - ${from} AS INTEGER)`,
  epochMs: (e) => `CAST(epoch_ms(${e}) AS DOUBLE)`,
  matches: (e, p) => `regexp_matches(${e}, ${standardText(p)})`,
  binaryOrder: (e) => e,
  preamble: [],
};

const POSTGRES: Dialect = {
  id: 'postgres',
  ident: quoteWith('"'),
  text: standardText,
  money: (e) => `CAST(${e} AS NUMERIC(18, 6))`,
  int: (e) => `CAST(${e} AS INTEGER)`,
  asDouble: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
  asText: (e) => `CAST(${e} AS TEXT)`,
  asTimestamp: (e) => `CAST(${e} AS TIMESTAMP)`,
  asDate: (e) => `CAST(${e} AS DATE)`,
  days: (to, from) => `(${to} - ${from})`,
  epochMs: (e) => `CAST(EXTRACT(EPOCH FROM ${e}) * 1000 AS DOUBLE PRECISION)`,
  matches: (e, p) => `(${e} ~ ${standardText(p)})`,
  binaryOrder: (e) => `${e} COLLATE "C"`,
  preamble: [],
};

/** Spark SQL: backquoted names, backslash escapes in strings, dates in the session's time zone (set to UTC). */
const SPARK: Dialect = {
  id: 'spark',
  ident: quoteWith('`'),
  text: sparkText,
  money: (e) => `CAST(${e} AS DECIMAL(18, 6))`,
  int: (e) => `CAST(${e} AS INT)`,
  asDouble: (e) => `CAST(${e} AS DOUBLE)`,
  asText: (e) => `CAST(${e} AS STRING)`,
  asTimestamp: (e) => `CAST(${e} AS TIMESTAMP)`,
  asDate: (e) => `CAST(${e} AS DATE)`,
  days: (to, from) => `datediff(${to}, ${from})`,
  epochMs: (e) => `CAST(unix_millis(${e}) AS DOUBLE)`,
  matches: (e, p) => `(${e} RLIKE ${sparkText(p)})`,
  binaryOrder: (e) => e,
  preamble: ['SET spark.sql.session.timeZone = UTC;'],
};

export const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = { duckdb: DUCKDB, postgres: POSTGRES, spark: SPARK };
