import type { Table } from 'apache-arrow';
import { CONTACT_FIELDS, type ContactField } from '../../../shared/presets';
import type { DatasetKind, RoleMapping } from '../../../shared/roles';
import { rowsOfIds } from '../features/customer-table';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';
import { mapInt32 } from '../table/map-typed';

/** Each member's contact values, read from the columns whose roles say what they hold. */
export interface MemberContacts {
  /** Members (rows of the run's members table). */
  size: number;
  /** The column each field comes from (a field the data has no column for is absent). */
  columns: Partial<Record<ContactField, string>>;
  /** A member's value, trimmed (null when missing or blank). */
  value(field: ContactField, row: number): string | null;
}

export interface MemberContactsInput {
  /** The run's members' customer ids, in member-row order. */
  ids: readonly string[];
  /** The run's dataset: a customers dataset (one row per customer) or order lines (a customer's latest non-blank value). */
  dataset: { kind: DatasetKind; table: Table; roles: RoleMapping };
  /** The customers dataset linked to the transactions, whose contact columns fill what the order lines lack. */
  linked: { table: Table; roles: RoleMapping } | null;
}

/** A column's trimmed text per table row (null when missing or blank), read without boxing a value per row. */
export interface TextCells {
  /** Whether row r has a non-blank value. */
  has(r: number): boolean;
  text(r: number): string | null;
}

/** Writes a number as its digits (a phone or postcode read as a number: 447700900123, 10115). */
function numberText(v: number): string {
  return Number.isInteger(v) ? v.toFixed(0) : String(v);
}

/** The trimmed texts of a table's column: dictionary texts, numbers as digits, anything else as it prints. */
export function textCells(table: Table, name: string): TextCells | null {
  const index = table.schema.fields.findIndex((f) => f.name === name);
  if (index < 0) return null;
  const arrays = columnArrays(table, index);
  if (arrays.type === 'dictionary') {
    const texts: (string | null)[] = dictionaryTexts(arrays.dictionary).map((t) => t.trim() || null);
    const { codes } = arrays;
    return {
      has: (r) => codes[r] >= 0 && texts[codes[r]] !== null,
      text: (r) => (codes[r] < 0 ? null : texts[codes[r]]),
    };
  }
  if (arrays.type === 'number') {
    const { values } = arrays;
    return {
      has: (r) => values[r] === values[r],
      text: (r) => (values[r] === values[r] ? numberText(values[r]) : null),
    };
  }
  const vector = table.getChildAt(index)!;
  const text = (r: number) => {
    const v: unknown = vector.get(r);
    if (typeof v === 'string') return v.trim() || null;
    return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : null;
  };
  return { has: (r) => text(r) !== null, text };
}

/** A field's source: its cells, and for each member the row to read (-1: none). */
interface Source {
  cells: TextCells;
  rowOf: Int32Array;
}

/**
 * For each customer (dictionary entry of the id column), the row of its latest order line (by
 * `dates`, UTC ms) with a value; equal dates: the later line in the file; a line without a date
 * counts as older than any dated one. -1: no line with a value.
 */
function latestRows(customer: Int32Array, size: number, dates: Float64Array | null, cells: TextCells): Int32Array {
  const best = new Int32Array(size).fill(-1);
  for (let r = 0; r < customer.length; r++) {
    const c = customer[r];
    if (c < 0 || !cells.has(r)) continue;
    const b = best[c];
    if (b < 0 || dates === null) {
      best[c] = r;
      continue;
    }
    const d = dates[r];
    const db = dates[b];
    // NaN (no date) is older than any date; a later line wins ties (and NaN against NaN).
    if (d === d ? !(db > d) : db !== db) best[c] = r;
  }
  return best;
}

/** Order lines: each member's latest line with a value, per contact field the lines have a column for. */
function orderSources(ids: readonly string[], table: Table, roles: RoleMapping): Map<ContactField, Source> {
  const out = new Map<ContactField, Source>();
  const idIndex = roles.customerId ? table.schema.fields.findIndex((f) => f.name === roles.customerId) : -1;
  if (idIndex < 0) return out;
  const idArrays = columnArrays(table, idIndex);
  if (idArrays.type !== 'dictionary') return out;
  const { codes, dictionary } = idArrays;
  const entryOf = new Map(dictionaryTexts(dictionary).map((text, e) => [text, e]));
  const memberEntry = mapInt32(ids, (id) => entryOf.get(id) ?? -1);
  const dateIndex = roles.orderDate ? table.schema.fields.findIndex((f) => f.name === roles.orderDate) : -1;
  const dateArrays = dateIndex < 0 ? null : columnArrays(table, dateIndex);
  const dates = dateArrays?.type === 'number' ? dateArrays.values : null;
  for (const field of CONTACT_FIELDS) {
    const name = roles[field];
    const cells = name ? textCells(table, name) : null;
    if (!cells) continue;
    const best = latestRows(codes, dictionary.size, dates, cells);
    out.set(field, { cells, rowOf: mapInt32(memberEntry, (e) => (e < 0 ? -1 : best[e])) });
  }
  return out;
}

/** A customers table: each member's row (by customer id), per contact field the table has a column for. */
function customerSources(ids: readonly string[], table: Table, roles: RoleMapping): Map<ContactField, Source> {
  const out = new Map<ContactField, Source>();
  const fields = CONTACT_FIELDS.filter((f) => roles[f]);
  if (fields.length === 0 || !roles.customerId) return out;
  const rowOf = rowsOfIds(table, roles.customerId, ids);
  for (const field of fields) {
    const cells = textCells(table, roles[field]!);
    if (cells) out.set(field, { cells, rowOf });
  }
  return out;
}

/**
 * The members' contact values: from a customers dataset's row; from order lines, the value on the
 * customer's latest line (by order date) that has one (ties: the later line in the file); a linked
 * customers dataset fills fields the order lines lack, and members whose lines have no value.
 * City and province come from a customers dataset's columns. Linear in rows and members.
 */
export function memberContacts(input: MemberContactsInput): MemberContacts {
  const { ids, dataset, linked } = input;
  const primary =
    dataset.kind === 'customers'
      ? customerSources(ids, dataset.table, dataset.roles)
      : orderSources(ids, dataset.table, dataset.roles);
  const second = linked && dataset.kind === 'transactions' ? customerSources(ids, linked.table, linked.roles) : null;
  const columns: Partial<Record<ContactField, string>> = {};
  for (const field of CONTACT_FIELDS) {
    const name =
      (primary.has(field) ? dataset.roles[field] : undefined) ??
      (second?.has(field) ? linked!.roles[field] : undefined);
    if (name) columns[field] = name;
  }
  const read = (source: Source | undefined, row: number) => {
    if (!source) return null;
    const r = source.rowOf[row];
    return r < 0 ? null : source.cells.text(r);
  };
  return {
    size: ids.length,
    columns,
    value: (field, row) => read(primary.get(field), row) ?? read(second?.get(field), row),
  };
}
