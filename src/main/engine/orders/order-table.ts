import type { Table } from 'apache-arrow';
import { countryOf } from '../../../shared/geo/continents';
import { provinceOf } from '../../../shared/geo/china-provinces';
import type { RoleMapping } from '../../../shared/roles';
import { attributeFields, type CustomerField, type CustomerTable } from '../features/customer-table';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';
import { orderColumns, type OrderColumns } from './order-columns';
import { hourOf, paymentDelayMinutes, paymentStatus, weekdayOf } from './order-values';
import { mapFloat64, mapInt32, mapUint8 } from '../table/map-typed';

/** An order file as order segments see it: one row per order, its fields, amount and refund flag. */
export interface OrderTable {
  /** Order ids (the order id column, else the row number from 1) and fields, one row per order. */
  table: CustomerTable;
  /** The amount counted as revenue per order (NaN = none). */
  amount: Float64Array;
  /** 1 for a refunded order (refund amount > 0); null without a refund column. */
  refunded: Uint8Array | null;
  columns: OrderColumns;
}

const NAN = (n: number) => new Float64Array(n).fill(Number.NaN);

function numbersOf(table: Table, name: string | null, n: number): Float64Array {
  const index = name === null ? -1 : table.schema.fields.findIndex((f) => f.name === name);
  const arrays = index < 0 ? null : columnArrays(table, index);
  return arrays?.type === 'number' ? arrays.values : NAN(n);
}

/** A category field from per-row labels (null = missing), codes in order of first appearance. */
function categoryField(name: string, labelOf: (row: number) => string | null, n: number): CustomerField {
  const labels: string[] = [];
  const codeOf = new Map<string, number>();
  const codes = Int32Array.from({ length: n }, (_, r) => {
    const label = labelOf(r);
    if (label === null) return -1;
    let code = codeOf.get(label);
    if (code === undefined) {
      code = labels.push(label) - 1;
      codeOf.set(label, code);
    }
    return code;
  });
  return { name, kind: 'category', codes, labels };
}

/** Per-row reading of a text column through a per-value reader (each distinct value read once). */
function readTexts<T>(table: Table, name: string, read: (cell: string) => T | null): (row: number) => T | null {
  const arrays = columnArrays(
    table,
    table.schema.fields.findIndex((f) => f.name === name),
  );
  if (arrays.type !== 'dictionary') return () => null;
  const values = dictionaryTexts(arrays.dictionary).map(read);
  return (r) => (arrays.codes[r] >= 0 ? values[arrays.codes[r]] : null);
}

/** The place fields: province and region of a Chinese address column, or country and continent. */
function placeFields(table: Table, columns: OrderColumns, n: number): CustomerField[] {
  if (columns.province) {
    const province = readTexts(table, columns.province, provinceOf);
    return [
      categoryField('province', (r) => province(r)?.short ?? null, n),
      categoryField('region', (r) => province(r)?.region ?? null, n),
    ];
  }
  if (columns.country) {
    const country = readTexts(table, columns.country, countryOf);
    return [
      categoryField('country', (r) => country(r)?.country ?? null, n),
      categoryField('continent', (r) => country(r)?.continent ?? null, n),
    ];
  }
  return [];
}

function orderIds(table: Table, idColumn: string | null, n: number): string[] {
  const index = idColumn === null ? -1 : table.schema.fields.findIndex((f) => f.name === idColumn);
  if (index >= 0) {
    const vector = table.getChildAt(index)!;
    return Array.from({ length: n }, (_, r) => {
      const v = vector.get(r);
      return v === null || v === undefined ? String(r + 1) : String(v);
    });
  }
  return Array.from({ length: n }, (_, r) => String(r + 1));
}

/**
 * The orders of an order file with their fields: its own columns, the order value, province and
 * region (or country and continent), hours to payment, payment status, refunded or not, weekday
 * and hour of creation (as written in the file).
 */
export function orderTable(table: Table, roles: RoleMapping): OrderTable {
  const n = table.numRows;
  const columns = orderColumns(table, roles);
  const identity = Int32Array.from({ length: n }, (_, r) => r);
  const own = attributeFields(table, { ...roles, customerId: columns.id ?? undefined }, identity, Number.NaN);
  const amount = numbersOf(table, columns.amount, n);
  const created = numbersOf(table, columns.created, n);
  const paid = numbersOf(table, columns.paid, n);
  const refund = columns.refund ? numbersOf(table, columns.refund, n) : null;
  const derived: CustomerField[] = [
    { name: 'orderValue', kind: 'number', values: Float64Array.from(amount) },
    ...placeFields(table, columns, n),
  ];
  if (columns.paid) {
    derived.push({
      name: 'paymentDelay',
      kind: 'number',
      values: mapFloat64(created, (c, r) => paymentDelayMinutes(c, paid[r]) / 60),
    });
    const statuses = ['paid', 'unpaid', 'refunded'];
    derived.push({
      name: 'paymentStatus',
      kind: 'category',
      codes: mapInt32(paid, (p, r) => statuses.indexOf(paymentStatus(p, refund ? refund[r] : 0))),
      labels: statuses,
    });
  }
  if (refund)
    derived.push({
      name: 'refunded',
      kind: 'category',
      codes: mapInt32(refund, (v) => (v !== v ? -1 : v > 0 ? 0 : 1)),
      labels: ['yes', 'no'],
    });
  if (columns.created)
    derived.push(
      { name: 'weekday', kind: 'number', values: mapFloat64(created, weekdayOf) },
      { name: 'hour', kind: 'number', values: mapFloat64(created, hourOf) },
    );
  const fields = [...derived, ...own.filter((f) => !derived.some((d) => d.name === f.name))];
  return {
    table: { ids: orderIds(table, columns.id, n), fields },
    amount,
    refunded: refund ? mapUint8(refund, (v) => (v > 0 ? 1 : 0)) : null,
    columns,
  };
}
