import { missingRoleError } from '../../../shared/missing-role';
import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { RoleMapping } from '../../../shared/roles';
import { columnArrays, dictionaryTexts, type Utf8Buffers } from '../table/column-arrays';
import { KIND_KEY } from '../table/table-data';
import type { CustomerFeatures } from './customer-features';
import { mapFloat64, mapInt32 } from '../table/map-typed';

/** One field of every customer: a number (dates as UTC ms) or a category (codes into labels, -1 = missing). */
export type CustomerField =
  | { name: string; kind: 'number' | 'date'; values: Float64Array }
  | { name: string; kind: 'category'; codes: Int32Array; labels: string[] };

/** What rules and personas look at: one row per customer, by field name. */
export interface CustomerTable {
  ids: string[];
  fields: CustomerField[];
}

/** The customer features as fields (recency, frequency, spend, …, and spend shares as "share: value"). */
export function featureFields(f: CustomerFeatures): CustomerField[] {
  const num = (name: string, values: Float64Array, kind: 'number' | 'date' = 'number'): CustomerField => ({
    name,
    kind,
    values,
  });
  // A count that is the same array as frequency (orders when frequency counts orders) is not repeated.
  return [
    num('recency', f.recency),
    num('frequency', f.frequency),
    num('monetary', f.monetary),
    num('aov', f.aov),
    ...(f.orders !== f.frequency ? [num('orders', f.orders)] : []),
    ...(f.transactions !== f.orders && f.transactions !== f.frequency ? [num('transactions', f.transactions)] : []),
    num('tenure', f.tenure),
    num('gap', f.gap),
    num('firstPurchase', f.first, 'date'),
    num('lastPurchase', f.last, 'date'),
    ...f.shares.flatMap((s) => s.values.map((v, i) => num(`share: ${v}`, s.shares[i]))),
  ];
}

/**
 * A dataset's columns as customer fields, one row per customer: the rows of `customerRow`
 * (the row each customer has in `table`, -1 = none, giving missing values). Ids and the hidden
 * flags column are left out; with a birth-year role, `age` (years at the analysis date) is added.
 */
export function attributeFields(
  table: Table,
  roles: RoleMapping,
  customerRow: Int32Array,
  analysisDate: number,
): CustomerField[] {
  const fields: CustomerField[] = [];
  const m = customerRow.length;
  table.schema.fields.forEach((field, index) => {
    const kind = field.metadata.get(KIND_KEY);
    if (field.name === roles.customerId || kind === 'flags' || kind === 'id') return;
    const arrays = columnArrays(table, index);
    if (arrays.type === 'number') {
      const values = mapFloat64(customerRow, (r) => (r < 0 ? Number.NaN : arrays.values[r]));
      fields.push({ name: field.name, kind: kind === 'date' || kind === 'datetime' ? 'date' : 'number', values });
    } else if (arrays.type === 'dictionary') {
      const { dictionary: d } = arrays;
      const labels = dictionaryTexts(d);
      fields.push({
        name: field.name,
        kind: 'category',
        codes: mapInt32(customerRow, (r) => (r < 0 ? -1 : arrays.codes[r])),
        labels,
      });
    } else {
      // Booleans: a category of "true" / "false".
      const vector = table.getChildAt(index)!;
      const codes = mapInt32(customerRow, (r) => {
        const v = r < 0 ? null : vector.get(r);
        return v === true ? 0 : v === false ? 1 : -1;
      });
      fields.push({ name: field.name, kind: 'category', codes, labels: ['true', 'false'] });
    }
  });
  const birthYear = roles.birthYear ? fields.find((f) => f.name === roles.birthYear) : undefined;
  if (
    birthYear &&
    birthYear.kind === 'number' &&
    !fields.some((f) => f.name === 'age') &&
    Number.isFinite(analysisDate)
  ) {
    const year = new Date(analysisDate).getUTCFullYear();
    fields.push({
      name: 'age',
      kind: 'number',
      values: Float64Array.from({ length: m }, (_, c) => year - birthYear.values[c]),
    });
  }
  return fields;
}

/** The customer id column's codes and texts. */
function idDictionary(table: Table, idColumn: string | undefined): { codes: Int32Array; dictionary: Utf8Buffers } {
  const index = idColumn === undefined ? -1 : table.schema.fields.findIndex((f) => f.name === idColumn);
  if (index < 0) throw missingRoleError(['customerId']);
  const arrays = columnArrays(table, index);
  if (arrays.type !== 'dictionary')
    throw new AppError('E_INVALID_INPUT', `The column "${idColumn}" mapped to customerId is not an id column.`);
  return arrays;
}

/** For each customer id, its first row in a customers table (-1 when it has none). */
export function rowsOfIds(table: Table, idColumn: string | undefined, ids: readonly string[]): Int32Array {
  const { codes, dictionary: d } = idDictionary(table, idColumn);
  const rowOfEntry = new Int32Array(d.size).fill(-1);
  for (let r = codes.length - 1; r >= 0; r--) if (codes[r] >= 0) rowOfEntry[codes[r]] = r;
  const entryOf = new Map(dictionaryTexts(d).map((text, e) => [text, e]));
  return mapInt32(ids, (id) => {
    const e = entryOf.get(id);
    return e === undefined ? -1 : rowOfEntry[e];
  });
}

/** The customers of a customers dataset (each id once, in order of first appearance) and their rows. */
export function customersOf(table: Table, idColumn: string | undefined): { ids: string[]; rows: Int32Array } {
  const { codes, dictionary: d } = idDictionary(table, idColumn);
  const firstRow = new Int32Array(d.size).fill(-1);
  const order: number[] = [];
  for (let r = 0; r < codes.length; r++) {
    const e = codes[r];
    if (e >= 0 && firstRow[e] < 0) {
      firstRow[e] = r;
      order.push(e);
    }
  }
  const texts = dictionaryTexts(d);
  const ids = order.map((e) => texts[e]);
  return { ids, rows: mapInt32(order, (e) => firstRow[e]) };
}
