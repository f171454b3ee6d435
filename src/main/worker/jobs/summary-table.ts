import type { DuckDBConnection } from '@duckdb/node-api';
import { Field, Float64, makeData, type Data, type Table } from 'apache-arrow';
import type { RoleMapping } from '../../../shared/roles';
import type { ColumnInfo } from '../../../shared/schemas';
import { bitmapOf, KIND_KEY, tableOf } from '../../engine/table/table-data';
import { textDictionaryData } from '../../engine/table/text-dictionary-data';
import type { JobContext } from '../protocol';

/** The summary's columns: their names, kinds and roles (a customers table RFM reads as it reads any). */
const NUMBER = { decimal: '.' as const, percent: false, currency: null };
export const SUMMARY_COLUMNS = [
  { name: 'customer_id', spec: { kind: 'id' as const }, role: 'customerId' },
  { name: 'orders', spec: { kind: 'integer' as const, number: NUMBER }, role: 'orderCount' },
  { name: 'order_lines', spec: { kind: 'integer' as const, number: NUMBER }, role: null },
  { name: 'spend', spec: { kind: 'decimal' as const, number: NUMBER }, role: 'revenue' },
  {
    name: 'first_purchase',
    spec: { kind: 'datetime' as const, date: { pattern: 'ymd' as const, hasTime: true, ambiguous: false } },
    role: null,
  },
  {
    name: 'last_purchase',
    spec: { kind: 'datetime' as const, date: { pattern: 'ymd' as const, hasTime: true, ambiguous: false } },
    role: 'lastPurchase',
  },
] as const;

/** The summary's columns that give the features a customers table lacks (tenure, gaps, order lines). */
export const SUMMARY_FEATURE_COLUMNS = { firstPurchase: 'first_purchase', orderLines: 'order_lines' };

function numberData(values: Float64Array): Data {
  let nulls = 0;
  for (let r = 0; r < values.length; r++) if (values[r] !== values[r]) nulls++;
  return makeData({
    type: new Float64(),
    length: values.length,
    nullCount: nulls,
    nullBitmap: nulls ? bitmapOf(values.length, (i) => values[i] === values[i]) : undefined,
    data: values,
  });
}

/**
 * Reads the per-customer rows of the table `summary` (customer_id, orders, order_lines, spend,
 * first_ms, last_ms) chunk by chunk into typed arrays, and makes the customers table the workspace keeps.
 */
export async function summaryTable(
  con: DuckDBConnection,
  ctx: JobContext,
): Promise<{ table: Table; columns: ColumnInfo[]; roles: RoleMapping }> {
  const count = Number((await con.runAndReadAll('SELECT COUNT(*) FROM summary')).getRows()[0][0]);
  const ids = Array.from({ length: count }, () => '');
  const numbers = Array.from({ length: 5 }, () => new Float64Array(count));
  const result = await con.stream('SELECT * FROM summary');
  let at = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    ctx.throwIfCancelled();
    const n = chunk.rowCount;
    const id = chunk.getColumnVector(0);
    for (let i = 0; i < n; i++) ids[at + i] = id.getItem(i) as string;
    numbers.forEach((values, j) => {
      const vector = chunk.getColumnVector(j + 1);
      for (let i = 0; i < n; i++) {
        const v = vector.getItem(i);
        values[at + i] = v === null ? Number.NaN : (v as number);
      }
    });
    at += n;
  }
  const children = [
    textDictionaryData(
      ids,
      Int32Array.from({ length: count }, (_, k) => k),
    ),
    ...numbers.map(numberData),
  ];
  const fields = SUMMARY_COLUMNS.map(
    (c, i) => new Field(c.name, children[i].type, true, new Map([[KIND_KEY, c.spec.kind]])),
  );
  const roles: RoleMapping = {};
  for (const c of SUMMARY_COLUMNS) if (c.role) roles[c.role] = c.name;
  return {
    table: tableOf(fields, children, count),
    columns: SUMMARY_COLUMNS.map((c, i) => ({
      name: c.name,
      spec: c.spec,
      missing: children[i].nullCount,
      unparsable: 0,
    })),
    roles,
  };
}
