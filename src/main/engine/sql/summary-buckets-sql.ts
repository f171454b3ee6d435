import { countedRows, type SummarySource } from './summary-sql';
import { BUCKET_SHARES_JOIN, bucketSharesSql, shareColumnNames, type ShareSlots } from './summary-shares-sql';

/**
 * The tables the buckets' sums are added to: `summary`, one row per customer (the columns
 * `summaryTable` reads, in its order); and the small aggregates the Overview and CLV read from a
 * summarised dataset (see `SummaryAggregates`): per month × cohort (the month of the customers'
 * first purchase), per month × weekday × hour, and per day. With `shares`, `summary` also has a
 * column of each customer's spend per category and channel value (see bucketSharesSql).
 */
export function summaryTablesSql(shares: readonly ShareSlots[]): string {
  const spends = shareColumnNames(shares).map((x) => `, ${x} DOUBLE`);
  return [
    `CREATE TABLE summary (customer_id VARCHAR${SUMMARY_ROW_COLUMNS.slice(1)
      .map((c) => `, ${c} DOUBLE`)
      .join('')}${spends.join('')});`,
    'CREATE TABLE agg_months (month INTEGER, cohort INTEGER, customers BIGINT, orders BIGINT, revenue DECIMAL(38, 6), returning_revenue DECIMAL(38, 6));',
    'CREATE TABLE agg_hours (month INTEGER, weekday INTEGER, hour INTEGER, orders BIGINT, timed BIGINT);',
    'CREATE TABLE agg_days (day INTEGER, customers BIGINT, new_customers BIGINT);',
  ].join('\n');
}

/** The columns of `summary` before the spends per share value, in the order summaryTable reads them. */
const SUMMARY_ROW_COLUMNS = [
  'customer_id',
  'orders',
  'order_lines',
  'purchase_days',
  'spend',
  'first_ms',
  'last_ms',
  'first_day_spend',
] as const;

/** The customers' rows as `summaryTable` reads them, in customer id order: the summary's columns, then the spends per share value `shares` (see shareColumnNames). */
export const summaryRowsSql = (shares: readonly string[]) =>
  `SELECT ${[...SUMMARY_ROW_COLUMNS, ...shares].join(', ')} FROM summary ORDER BY customer_id`;

/** A timestamp's month number (year × 12 + month, 0 = January), as the Overview counts months. */
const monthOf = (ts: string) => `(year(${ts}) * 12 + month(${ts}) - 1)`;
/** A date's UTC day number (days since 1970-01-01). */
const dayOf = (date: string) => `CAST(date_diff('day', DATE '1970-01-01', ${date}) AS INTEGER)`;

/**
 * One bucket's sums (`files`: a glob of its typed rows), as statements run together. The counted
 * rows (kept, with a customer and a date) are held once, then grouped into orders (an order id's
 * lines, or each line of a file without order ids: the earliest and latest time, the revenue, the
 * lines) and into customer-days (the day's spend), then:
 * - per customer: orders (distinct order ids; 0 for a customer whose counted lines have none; the
 *   order lines when the file has no order ids), order lines, purchase days (distinct UTC days),
 *   spend (the exact sum, rounded to 6 places, as a double), first and last order (UTC ms), and
 *   the spend of the first purchase day (what CLV's Gamma-Gamma leaves out);
 * - per month × cohort: customers, orders, revenue and the revenue of orders placed after the
 *   customer's first purchase day; per month × weekday (0 = Monday) × hour: orders, and those with
 *   a time of day other than midnight;
 * - per day: the customers who bought, and those for whom it was their first purchase day.
 * With `shares`, each customer's spend per share value too (bucketSharesSql).
 */
export function bucketSumsSql(source: SummarySource, files: string, shares: readonly ShareSlots[]): string {
  const texts = shares.map((r) => r.role);
  const spends = shareColumnNames(shares).map((x) => `, w.${x}`);
  const orders = source.roles.orderId
    ? 'SELECT customer_id, order_id, MIN(order_ts) AS ts, MAX(order_ts) AS last_ts, SUM(spend) AS revenue, COUNT(*) AS lines FROM kept GROUP BY customer_id, order_id;'
    : 'SELECT customer_id, 1 AS order_id, order_ts AS ts, order_ts AS last_ts, spend AS revenue, 1 AS lines FROM kept;';
  return [
    'CREATE OR REPLACE TEMP TABLE kept AS',
    `SELECT ${['customer_id', 'order_id', 'order_ts', 'spend', ...texts].join(', ')}`,
    `${countedRows(source, files)};`,
    `CREATE OR REPLACE TEMP TABLE bucket_orders AS ${orders}`,
    'CREATE OR REPLACE TEMP TABLE customer_days AS',
    'SELECT customer_id, CAST(order_ts AS DATE) AS day, SUM(spend) AS spend FROM kept GROUP BY ALL;',
    'CREATE OR REPLACE TEMP TABLE firsts AS',
    'SELECT customer_id, COUNT(*) AS days, MIN(day) AS first_day, arg_min(spend, day) AS first_spend',
    'FROM customer_days GROUP BY customer_id;',
    ...(shares.length ? [bucketSharesSql(shares)] : []),
    'INSERT INTO summary',
    'SELECT',
    '  o.customer_id, CAST(o.orders AS DOUBLE), CAST(o.lines AS DOUBLE), CAST(f.days AS DOUBLE),',
    '  CAST(ROUND(o.spend, 6) AS DOUBLE), CAST(epoch_ms(o.first_ts) AS DOUBLE), CAST(epoch_ms(o.last_ts) AS DOUBLE),',
    `  CAST(ROUND(COALESCE(f.first_spend, 0), 6) AS DOUBLE)${spends.join('')}`,
    'FROM (',
    '  SELECT customer_id, COUNT(order_id) AS orders, SUM(lines) AS lines, COALESCE(SUM(revenue), 0) AS spend,',
    '    MIN(ts) AS first_ts, MAX(last_ts) AS last_ts',
    '  FROM bucket_orders GROUP BY customer_id',
    `) o JOIN firsts f USING (customer_id)${shares.length ? ` ${BUCKET_SHARES_JOIN}` : ''};`,
    'INSERT INTO agg_months',
    `SELECT ${monthOf('o.ts')}, ${monthOf('f.first_day')}, COUNT(DISTINCT o.customer_id), COUNT(*),`,
    '  COALESCE(SUM(o.revenue), 0), COALESCE(SUM(o.revenue) FILTER (WHERE CAST(o.ts AS DATE) > f.first_day), 0)',
    'FROM bucket_orders o JOIN firsts f USING (customer_id)',
    'GROUP BY ALL;',
    'INSERT INTO agg_hours',
    `SELECT ${monthOf('ts')}, isodow(ts) - 1, hour(ts), COUNT(*), COUNT(*) FILTER (WHERE CAST(ts AS TIME) <> TIME '00:00:00')`,
    'FROM bucket_orders GROUP BY ALL;',
    'INSERT INTO agg_days',
    `SELECT ${dayOf('d.day')}, COUNT(*), COUNT(*) FILTER (WHERE d.day = f.first_day)`,
    'FROM customer_days d JOIN firsts f USING (customer_id)',
    'GROUP BY ALL;',
  ].join('\n');
}

/** The working tables of bucketSumsSql, dropped after the last bucket. */
export const DROP_BUCKET_TABLES_SQL =
  'DROP TABLE IF EXISTS kept; DROP TABLE IF EXISTS bucket_orders; DROP TABLE IF EXISTS customer_days; DROP TABLE IF EXISTS firsts; DROP TABLE IF EXISTS bucket_shares;';

/** The aggregates summed over the buckets (customers are in one bucket each, so their counts add), as `summaryAggregates` reads them. */
export const AGGREGATES_SQL = {
  months:
    'SELECT month, cohort, CAST(SUM(customers) AS DOUBLE), CAST(SUM(orders) AS DOUBLE), CAST(ROUND(SUM(revenue), 6) AS DOUBLE), CAST(ROUND(SUM(returning_revenue), 6) AS DOUBLE) FROM agg_months GROUP BY ALL ORDER BY month, cohort',
  hours:
    'SELECT month, weekday, hour, CAST(SUM(orders) AS DOUBLE), CAST(SUM(timed) AS DOUBLE) FROM agg_hours GROUP BY ALL ORDER BY month, weekday, hour',
  days: 'SELECT day, CAST(SUM(customers) AS DOUBLE), CAST(SUM(new_customers) AS DOUBLE) FROM agg_days GROUP BY ALL ORDER BY day',
} as const;
