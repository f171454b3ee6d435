import type { DuckDBConnection } from '@duckdb/node-api';
import { Dictionary, Field, Float64, Int32, makeData, makeVector, Utf8, type Data, type Table } from 'apache-arrow';
import type { RoleMapping } from '../../../shared/roles';
import type { ColumnInfo } from '../../../shared/schemas';
import { bitmapOf, KIND_KEY, tableOf } from '../../engine/table/table-data';
import type { JobContext } from '../protocol';
import { summaryRowsSql } from '../../engine/sql/summary-buckets-sql';

/** The summary's columns: their names, kinds and roles (a customers table RFM reads as it reads any). */
const NUMBER = { decimal: '.' as const, percent: false, currency: null };
export const SUMMARY_COLUMNS = [
  { name: 'customer_id', spec: { kind: 'id' as const }, role: 'customerId' },
  { name: 'orders', spec: { kind: 'integer' as const, number: NUMBER }, role: 'orderCount' },
  { name: 'order_lines', spec: { kind: 'integer' as const, number: NUMBER }, role: null },
  { name: 'purchase_days', spec: { kind: 'integer' as const, number: NUMBER }, role: null },
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
  { name: 'first_day_spend', spec: { kind: 'decimal' as const, number: NUMBER }, role: null },
] as const;

/** The summary's columns that give the features a customers table lacks (tenure, gaps, order lines, purchase days). */
export const SUMMARY_FEATURE_COLUMNS = {
  firstPurchase: 'first_purchase',
  orderLines: 'order_lines',
  purchaseDays: 'purchase_days',
};

/** The summary's columns CLV reads (see summaryPurchases). */
export const SUMMARY_PURCHASE_COLUMNS = {
  firstPurchase: 'first_purchase',
  lastPurchase: 'last_purchase',
  purchaseDays: 'purchase_days',
  spend: 'spend',
  firstDaySpend: 'first_day_spend',
};

/** Numbers as a Float64 column, NaN as null. */
export function numberData(values: Float64Array): Data {
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
 * The customer ids as a Utf8 dictionary (one entry per customer, in order) written straight into
 * bytes as they stream by: no array of ten million strings is kept.
 */
class IdBytes {
  private bytes = new Uint8Array(1 << 20);
  private at = 0;
  readonly offsets: Int32Array;
  private readonly encoder = new TextEncoder();
  constructor(count: number) {
    this.offsets = new Int32Array(count + 1);
  }
  add(row: number, id: string) {
    // At most 3 bytes per UTF-16 unit.
    if (this.at + id.length * 3 > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.at + id.length * 3));
      grown.set(this.bytes.subarray(0, this.at));
      this.bytes = grown;
    }
    this.at += this.encoder.encodeInto(id, this.bytes.subarray(this.at)).written;
    this.offsets[row + 1] = this.at;
  }
  data(): Data {
    const count = this.offsets.length - 1;
    const dictionary = makeVector(
      makeData({
        type: new Utf8(),
        length: count,
        nullCount: 0,
        valueOffsets: this.offsets,
        data: this.bytes.slice(0, this.at),
      }),
    );
    return makeData({
      type: new Dictionary(new Utf8(), new Int32()),
      length: count,
      nullCount: 0,
      data: Int32Array.from({ length: count }, (_, k) => k),
      dictionary,
    });
  }
}

/**
 * Reads the per-customer rows of the table `summary` (customer_id, orders, order_lines,
 * purchase_days, spend, first_ms, last_ms, first_day_spend), in customer id order, chunk by chunk into typed arrays, and makes the
 * customers table the workspace keeps; with `shares` (the columns of sharePivotSql), each customer's
 * spend per share value too, apart (with the spend they are divided by: see shareColumns).
 */
export async function summaryTable(
  con: DuckDBConnection,
  ctx: JobContext,
  shares: string[] = [],
): Promise<{
  table: Table;
  columns: ColumnInfo[];
  roles: RoleMapping;
  spend: Float64Array;
  shareSpend: Float64Array[];
}> {
  const count = Number((await con.runAndReadAll('SELECT COUNT(*) FROM summary')).getRows()[0][0]);
  // Plain integer ids (as isPlainInteger reads them) are kept as numbers, as the whole import keeps them: no text per customer.
  const plain = await con.runAndReadAll(
    "SELECT COALESCE(bool_and(regexp_full_match(customer_id, '-?(0|[1-9][0-9]{0,14})')), false) FROM summary",
  );
  const integers = plain.getRows()[0][0] === true ? new Float64Array(count) : null;
  const ids = integers ? null : new IdBytes(count);
  const numbers = Array.from({ length: SUMMARY_COLUMNS.length - 1 + shares.length }, () => new Float64Array(count));
  const result = await con.stream(summaryRowsSql(shares));
  let at = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    ctx.throwIfCancelled();
    const n = chunk.rowCount;
    const id = chunk.getColumnVector(0);
    if (integers) for (let i = 0; i < n; i++) integers[at + i] = Number(id.getItem(i) as string);
    else for (let i = 0; i < n; i++) ids!.add(at + i, id.getItem(i) as string);
    numbers.forEach((values, j) => {
      const vector = chunk.getColumnVector(j + 1);
      for (let i = 0; i < n; i++) {
        const v = vector.getItem(i);
        values[at + i] = v === null ? Number.NaN : (v as number);
      }
    });
    at += n;
  }
  const own = numbers.slice(0, SUMMARY_COLUMNS.length - 1);
  const children = [integers ? numberData(integers) : ids!.data(), ...own.map(numberData)];
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
    spend: own[SUMMARY_COLUMNS.findIndex((c) => c.name === 'spend') - 1],
    shareSpend: numbers.slice(own.length),
  };
}
