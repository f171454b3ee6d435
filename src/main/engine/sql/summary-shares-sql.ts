import { DIALECTS } from './dialects';
import { SHARE_ROLES, shareRoles, type ShareRole, type SummarySource } from './summary-sql';

const literal = DIALECTS.duckdb.text;

/** A share role whose values a summary keeps, and how many values it has. */
export interface ShareSlots {
  role: ShareRole;
  values: number;
}

/**
 * The table `share_raw`: each share role's distinct cells in every row read (`files`: a glob of the
 * typed rows; as the whole import's dictionary of the column holds them) as written (`raw`), the
 * value the whole import reads each as (see shareRoles: only these few cells are cleaned), and the
 * value's place v among its role's values in text order; null when no share role is mapped.
 */
export function shareValuesSql(source: SummarySource, files: string): string | null {
  const roles = shareRoles(source);
  if (!roles.length) return null;
  const parts = roles.map(
    ({ role, clean }) =>
      `SELECT ${SHARE_ROLES.indexOf(role)} AS role, raw, ${clean('raw')} AS value FROM (SELECT DISTINCT ${role} AS raw FROM read_parquet(${literal(files)}) WHERE ${role} IS NOT NULL)`,
  );
  // (A cell read as no value sorts last: its place is past the role's values.)
  return [
    'CREATE TABLE share_raw AS',
    'SELECT role, raw, value, CAST(dense_rank() OVER (PARTITION BY role ORDER BY value) - 1 AS INTEGER) AS v',
    `FROM (${parts.join(' UNION ALL ')})`,
  ].join('\n');
}

/** The share values (role: its index in SHARE_ROLES) in the order of their places. */
export const SHARE_VALUES_SQL =
  'SELECT DISTINCT role, value, v FROM share_raw WHERE value IS NOT NULL ORDER BY role, v';

/** Each share value's slot: its role's index r in SHARE_ROLES, its place v, and its column of `summary`, `x_{r}_{v}`. */
const slotsOf = (shares: readonly ShareSlots[]) =>
  shares.flatMap(({ role, values }) => {
    const r = SHARE_ROLES.indexOf(role);
    return Array.from({ length: values }, (_, v) => ({ r, v, column: `x_${r}_${v}` }));
  });

/** The columns of `summary` holding the spends per share value. */
export const shareColumnNames = (shares: readonly ShareSlots[]): string[] => slotsOf(shares).map((s) => s.column);

/**
 * One bucket's spend per customer and share value, one row per customer (the temporary table
 * `bucket_shares`, joined into the bucket's summary rows by BUCKET_SHARES_JOIN): each counted
 * line's cell joined to its value, the spends summed exactly and rounded to 6 places (0: none;
 * no NULL, which the client reads bit by bit).
 */
export function bucketSharesSql(shares: readonly ShareSlots[]): string {
  const sums = slotsOf(shares).map(
    ({ r, v, column }) =>
      `CAST(ROUND(COALESCE(SUM(k.spend) FILTER (WHERE j${r}.v = ${v}), 0), 6) AS DOUBLE) AS ${column}`,
  );
  const joins = shares.map(({ role }) => {
    const r = SHARE_ROLES.indexOf(role);
    return `LEFT JOIN share_raw j${r} ON j${r}.role = ${r} AND j${r}.raw = k.${role}`;
  });
  return [
    'CREATE OR REPLACE TEMP TABLE bucket_shares AS',
    `SELECT k.customer_id, ${sums.join(', ')}`,
    `FROM kept k ${joins.join(' ')}`,
    'GROUP BY k.customer_id;',
  ].join('\n');
}

export const BUCKET_SHARES_JOIN = 'LEFT JOIN bucket_shares w USING (customer_id)';
