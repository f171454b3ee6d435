import {
  Bool,
  Dictionary,
  Field,
  Float64,
  Int32,
  makeData,
  makeVector,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  vectorFromArray,
  type Data,
  type Vector,
} from 'apache-arrow';
import type { ColumnInfo } from '../../../shared/schemas';
import { bitmapOf, KIND_KEY } from '../table/table-data';
import type { DictionaryBuilder } from './dictionary-builder';
import { ParsedColumn } from './parsed-column';
import type { RawColumn, RawTable, RowIssue } from './raw-table';
import { normalizeIdText } from './types/normalize-id-text';
import { inferColumn, type ColumnKind, type ColumnSpec } from './types/infer-column';
import { parseDate } from './types/parse-date';
import { parseNumber } from './types/parse-number';
import { specForKind } from './types/spec-for-kind';

export interface TypedColumn {
  name: string;
  spec: ColumnSpec;
  /** Empty cells. */
  missing: number;
  /** Non-empty cells that do not fit the column's type (stored as nulls, counted, with example lines). */
  unparsable: RowIssue;
}

/** What is kept of a typed column in the workspace. */
export function toColumnInfo(c: TypedColumn): ColumnInfo {
  return { name: c.name, spec: c.spec, missing: c.missing, unparsable: c.unparsable.count };
}

export interface TypedTable {
  table: Table;
  columns: TypedColumn[];
  /** The raw table typed, where a parsed column the user gave another type became cell texts. */
  raw: RawTable;
}

export { KIND_KEY } from '../table/table-data';
const EXAMPLES = 3;

/** Per distinct value: its typed value, or NaN when it does not parse. */
function lookup(spec: ColumnSpec, values: string[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    switch (spec.kind) {
      case 'integer':
      case 'decimal':
        out[i] = parseNumber(v, spec.number);
        break;
      case 'date':
      case 'datetime':
        out[i] = parseDate(v, spec.date);
        break;
      case 'boolean':
        out[i] = spec.truthy.includes(v) ? 1 : spec.falsy.includes(v) ? 0 : Number.NaN;
        break;
      default:
        out[i] = 0;
    }
  }
  return out;
}

function numericData(
  codes: Int32Array,
  table: Float64Array,
  lines: Int32Array,
  unparsable: RowIssue,
  bool: boolean,
): Data {
  const n = codes.length;
  const values = new Float64Array(n);
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const code = codes[i];
    const v = code < 0 ? Number.NaN : table[code];
    if (Number.isNaN(v)) {
      nullCount++;
      if (code >= 0) {
        unparsable.count++;
        if (unparsable.lines.length < EXAMPLES) unparsable.lines.push(lines[i]);
      }
    }
    values[i] = v;
  }
  const nullBitmap = bitmapOf(n, (i) => !Number.isNaN(values[i]));
  if (bool)
    return makeData({ type: new Bool(), length: n, nullCount, nullBitmap, data: bitmapOf(n, (i) => values[i] === 1) });
  return makeData({ type: new Float64(), length: n, nullCount, nullBitmap, data: values });
}

const isSpace = (b: number) => b === 32 || b === 9 || b === 160;

/** Could normalising change this id? (spaces at either end, or a decimal point as in 17850.0) */
function idNeedsCleaning(bytes: Uint8Array, start: number, end: number): boolean {
  if (isSpace(bytes[start]) || isSpace(bytes[end - 1]) || bytes[start] === 0xc2) return true;
  for (let i = start; i < end; i++) if (bytes[i] === 46) return true;
  return false;
}

function trimNeeded(bytes: Uint8Array, start: number, end: number): boolean {
  return isSpace(bytes[start]) || isSpace(bytes[end - 1]) || bytes[start] === 0xc2;
}

/**
 * Dictionary-coded text. Categories are trimmed and ids normalised (normalizeIdText), merging
 * values that differ only in spelling; free text is kept exactly as written. When nothing
 * needs cleaning, the dictionary is built from the stored bytes without making strings.
 */
function textData(
  builder: DictionaryBuilder,
  clean: ((v: string) => string) | null,
  needsClean: ((b: Uint8Array, s: number, e: number) => boolean) | null,
): Data {
  const codes = builder.finishCodes();
  const n = codes.length;
  const type = new Dictionary(new Utf8(), new Int32());
  let dictionary: Vector<Utf8>;
  let remap: Int32Array | null = null;
  if (clean && needsClean && builder.someEntry(needsClean)) {
    const index = new Map<string, number>();
    const values = builder.values();
    remap = new Int32Array(values.length);
    const merged: string[] = [];
    values.forEach((v, i) => {
      const t = clean(v);
      let code = index.get(t);
      if (code === undefined) {
        code = merged.length;
        merged.push(t);
        index.set(t, code);
      }
      remap![i] = code;
    });
    dictionary = vectorFromArray(merged, new Utf8());
  } else {
    const { offsets, bytes } = builder.utf8();
    dictionary = makeVector(
      makeData({ type: new Utf8(), length: builder.size, nullCount: 0, valueOffsets: offsets, data: bytes }),
    );
  }
  const indices = new Int32Array(n);
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c < 0) nullCount++;
    else indices[i] = remap ? remap[c] : c;
  }
  return makeData({
    type,
    length: n,
    nullCount,
    nullBitmap: nullCount ? bitmapOf(n, (i) => codes[i] >= 0) : undefined,
    data: indices,
    dictionary,
  });
}

/** Can a parsed column be stored as this kind without its cell texts? */
function readsAs(column: ParsedColumn, kind: ColumnKind | undefined): boolean {
  if (!kind) return true;
  if (column.mode === 'ymd') return kind === 'date' || kind === 'datetime';
  return kind === 'integer' || kind === 'decimal' || (kind === 'id' && column.plainIntegers);
}

/** Doubles with NaN as null (the column's `nullCount` empty cells; a parsed cell is never NaN). */
function floatData(values: Float64Array, nullCount: number): Data {
  const n = values.length;
  const nullBitmap = nullCount ? bitmapOf(n, (i) => values[i] === values[i]) : undefined;
  return makeData({ type: new Float64(), length: n, nullCount, nullBitmap, data: values });
}

/** A parsed column typed as its values say, or as the (compatible) kind the user chose. */
function typeParsed(column: ParsedColumn, kind: ColumnKind | undefined): { spec: ColumnSpec; data: Data } {
  const values = column.finishValues();
  // Plain integer ids are stored as numbers (columnArrays gives them as texts where texts are needed).
  if (kind === 'id') return { spec: { kind }, data: floatData(values, column.nulls) };
  const natural = column.spec();
  let spec = natural;
  if ((kind === 'integer' || kind === 'decimal') && 'number' in natural) spec = { kind, number: natural.number };
  if ((kind === 'date' || kind === 'datetime') && 'date' in natural)
    spec = { kind, date: { ...natural.date, hasTime: kind === 'datetime' } };
  return { spec, data: floatData(values, column.nulls) };
}

/** A dictionary-coded column typed as inferred from all its distinct values, or as chosen. */
function typeTexts(
  builder: DictionaryBuilder,
  name: string,
  kind: ColumnKind | undefined,
  lines: Int32Array,
  unparsable: RowIssue,
): { spec: ColumnSpec; data: Data } {
  const values = builder.values();
  const spec = kind ? specForKind(kind, values) : inferColumn(name, values, builder.valueCounts());
  if (spec.kind === 'id') return { spec, data: textData(builder, (v) => normalizeIdText(v) ?? '', idNeedsCleaning) };
  if (spec.kind === 'category') return { spec, data: textData(builder, (v) => v.trim(), trimNeeded) };
  if (spec.kind === 'text') return { spec, data: textData(builder, null, null) };
  return {
    spec,
    data: numericData(builder.finishCodes(), lookup(spec, values), lines, unparsable, spec.kind === 'boolean'),
  };
}

/**
 * Gives every column of a raw table its type — inferred from all its distinct values, or the
 * kind the user chose — and builds the typed Arrow table: numbers, dates (UTC calendar
 * milliseconds) and booleans as Float64/Bool with nulls, ids/categories/text as dictionaries.
 * Columns read on the typed fast path keep their values; one the user typed otherwise goes
 * back to its exact cell texts first.
 */
export function toTypedTable(
  raw: RawTable,
  overrides: Record<string, ColumnKind> = {},
  checkpoint: () => void = () => undefined,
): TypedTable {
  const rawColumns: RawColumn[] = raw.columns.map((column, c) =>
    column instanceof ParsedColumn && !readsAs(column, overrides[raw.names[c]]) ? column.toDictionary() : column,
  );
  const fields: Field[] = [];
  const children: Data[] = [];
  const columns: TypedColumn[] = rawColumns.map((column, c) => {
    checkpoint();
    const name = raw.names[c];
    const unparsable: RowIssue = { count: 0, lines: [] };
    const { spec, data } =
      column instanceof ParsedColumn
        ? typeParsed(column, overrides[name])
        : typeTexts(column, name, overrides[name], raw.lines, unparsable);
    const missing = column instanceof ParsedColumn ? data.nullCount : countNulls(column.finishCodes());
    fields.push(new Field(name, data.type, true, new Map([[KIND_KEY, spec.kind]])));
    children.push(data);
    return { name, spec, missing, unparsable };
  });
  const schema = new Schema(fields);
  const batch = new RecordBatch(
    schema,
    makeData({ type: new Struct(fields), length: raw.rowCount, nullCount: 0, children }),
  );
  return { table: new Table([batch]), columns, raw: { ...raw, columns: rawColumns } };
}

function countNulls(codes: Int32Array): number {
  let missing = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
  return missing;
}
