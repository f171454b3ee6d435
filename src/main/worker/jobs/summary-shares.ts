import type { DuckDBConnection } from '@duckdb/node-api';
import { Field } from 'apache-arrow';
import { SUMMARY_SHARE_CELLS, SUMMARY_SHARE_VALUES } from '../../../shared/import-settings';
import type { SourceInfo } from '../../../shared/schemas';
import { uniqueNames } from '../../engine/io/unique-names';
import {
  SHARE_VALUES_SQL,
  shareColumnNames,
  shareValuesSql,
  type ShareSlots,
} from '../../engine/sql/summary-shares-sql';
import { countedRows, SHARE_ROLES, type SummarySource } from '../../engine/sql/summary-sql';
import { columnData, KIND_KEY, tableOf } from '../../engine/table/table-data';
import type { JobContext } from '../protocol';
import { numberData, type summaryTable } from './summary-table';

type Summarised = NonNullable<SourceInfo['summarised']>;
type SummaryTable = Awaited<ReturnType<typeof summaryTable>>;

/** What a summary does about spend shares: keep them (the values of each role that has any), or not (none mapped; too many). */
export type SharePlan =
  | { keep: true; values: { role: (typeof SHARE_ROLES)[number]; column: string; values: string[] }[] }
  | { keep: false; values: number; column?: { name: string; values: number } };

const shareCells = (ctx: JobContext) => ctx.config.summaryShareCells ?? SUMMARY_SHARE_CELLS;
const valueCount = (plan: SharePlan) =>
  plan.keep ? plan.values.reduce((n, v) => n + v.values.length, 0) : plan.values;

/**
 * Whether the summary keeps spend shares, decided once the rows are in buckets: the category and
 * channel values (see shareValuesSql), and the customers estimated from the first bucket (the
 * buckets split the customers evenly, by a hash of their id) — a tenth over the limit is still
 * summed, and the exact count decides (see sharesToKeep).
 */
export async function planShares(
  con: DuckDBConnection,
  source: SummarySource,
  files: string,
  firstBucket: string,
  buckets: number,
  ctx: JobContext,
): Promise<SharePlan> {
  const create = shareValuesSql(source, files);
  if (!create) return { keep: false, values: 0 };
  await con.run(create);
  const rows = (await con.runAndReadAll(SHARE_VALUES_SQL)).getRowsJS() as [number, string, number][];
  const values = SHARE_ROLES.map((role, r) => ({
    role,
    column: source.roles[role] ?? '',
    values: rows.filter(([i]) => i === r).map(([, v]) => v),
  })).filter((v) => v.values.length > 0);
  const count = values.reduce((n, v) => n + v.values.length, 0);
  const many = values.find((v) => v.values.length > SUMMARY_SHARE_VALUES);
  if (!count || many)
    return { keep: false, values: count, ...(many && { column: { name: many.column, values: many.values.length } }) };
  const sample = await con.runAndReadAll(`SELECT COUNT(DISTINCT customer_id) ${countedRows(source, firstBucket)}`);
  const customers = Number(sample.getRowsJS()[0][0]) * buckets;
  return customers * count <= 1.1 * shareCells(ctx) ? { keep: true, values } : { keep: false, values: count };
}

/** The share roles a summary sums (none unless kept). */
export const shareSlots = (plan: SharePlan): ShareSlots[] =>
  plan.keep ? plan.values.map((v) => ({ role: v.role, values: v.values.length })) : [];

/**
 * After the buckets: the columns of `summary` with each customer's spend per share value, or why
 * none are kept (the customers × values over the limit after all, counted exactly).
 */
export async function sharesToKeep(
  con: DuckDBConnection,
  plan: SharePlan,
  ctx: JobContext,
): Promise<{ columns: string[] } | { left: Summarised['sharesLeftOut'] } | null> {
  const values = valueCount(plan);
  if (!values) return null;
  const customers = Number((await con.runAndReadAll('SELECT COUNT(*) FROM summary')).getRowsJS()[0][0]);
  if (!plan.keep || customers * values > shareCells(ctx))
    return {
      left: { customers, values, limit: shareCells(ctx), ...(!plan.keep && plan.column && { column: plan.column }) },
    };
  return { columns: shareColumnNames(shareSlots(plan)) };
}

const SHARE_SPEC = { kind: 'decimal' as const, number: { decimal: '.' as const, percent: true, currency: null } };

/**
 * The customers table with the kept shares after its own columns ("share: value", unique among
 * its names): each customer's spend on a value over their spend (NaN without spend; divided in
 * place), as the whole import's features compute them; and what the source says of the shares
 * (kept, or why not).
 */
export function withShares(
  summary: SummaryTable,
  plan: SharePlan,
  kept: Awaited<ReturnType<typeof sharesToKeep>>,
): { table: SummaryTable; shares: Pick<Summarised, 'shares' | 'sharesLeftOut'> } {
  if (!kept) return { table: summary, shares: {} };
  if ('left' in kept || !plan.keep)
    return { table: summary, shares: 'left' in kept ? { sharesLeftOut: kept.left } : {} };
  const { spend: monetary, shareSpend } = summary;
  for (const share of shareSpend)
    for (let k = 0; k < share.length; k++) share[k] = monetary[k] !== 0 ? share[k] / monetary[k] : Number.NaN;
  const own = summary.columns.map((c) => c.name);
  const names = uniqueNames([...own, ...plan.values.flatMap((v) => v.values.map((value) => `share: ${value}`))]).slice(
    own.length,
  );
  let next = 0;
  const shares = plan.values.map((v) => ({ ...v, columns: v.values.map(() => names[next++]) }));
  const data = shareSpend.map(numberData);
  const { table } = summary;
  const fields = names.map((name, i) => new Field(name, data[i].type, true, new Map([[KIND_KEY, SHARE_SPEC.kind]])));
  const children = [...table.schema.fields.map((_, i) => columnData(table, i)), ...data];
  return {
    table: {
      ...summary,
      table: tableOf([...table.schema.fields, ...fields], children, table.numRows),
      columns: [
        ...summary.columns,
        ...names.map((name, i) => ({ name, spec: SHARE_SPEC, missing: data[i].nullCount, unparsable: 0 })),
      ],
    },
    shares: { shares },
  };
}
