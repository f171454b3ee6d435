import { DataType, type Data, type Table } from 'apache-arrow';
import { floatCodes } from './float-codes';
import { columnData, KIND_KEY } from './table-data';

/** A Utf8 vector's buffers: value i is bytes[offsets[i], offsets[i + 1]). */
export interface Utf8Buffers {
  size: number;
  offsets: Int32Array;
  bytes: Uint8Array;
}

/** A column's typed arrays: numbers (NaN = null) or dictionary codes (-1 = null) with the dictionary. */
export type ColumnArrays =
  | { type: 'number'; values: Float64Array }
  | { type: 'dictionary'; codes: Int32Array; dictionary: Utf8Buffers }
  | { type: 'other' };

/**
 * Reads a column of a table the importer built without boxing a value per row. The arrays are
 * to be read, not written: without nulls they are views of the table's own buffers.
 *
 * An id column is always seen as a dictionary of its texts, however it is stored: an id column
 * of plain integers (17850) is stored as numbers, and its dictionary is made here when first
 * asked for (see integerIds for the numbers themselves).
 */
export function columnArrays(table: Table, index: number): ColumnArrays {
  const data = columnData(table, index);
  if (DataType.isFloat(data.type)) {
    const values = floatValues(data);
    if (table.schema.fields[index].metadata.get(KIND_KEY) === 'id') return integerDictionary(data, values);
    return { type: 'number', values };
  }
  if (DataType.isDictionary(data.type)) {
    const n = data.length;
    const codes = own(data, data.values as Int32Array);
    if (data.nullCount > 0) for (let i = 0; i < n; i++) if (!data.getValid(i)) codes[i] = -1;
    const dict = data.dictionary!.data[0];
    const dictionary: Utf8Buffers = {
      size: dict.length,
      offsets: (dict.valueOffsets as Int32Array).subarray(dict.offset, dict.offset + dict.length + 1),
      bytes: dict.values as Uint8Array,
    };
    return { type: 'dictionary', codes, dictionary };
  }
  return { type: 'other' };
}

/** The values of an id column stored as plain integers (NaN = null); null when it is stored as texts. */
export function integerIds(table: Table, index: number): Float64Array | null {
  const data = columnData(table, index);
  return DataType.isFloat(data.type) && table.schema.fields[index].metadata.get(KIND_KEY) === 'id'
    ? floatValues(data)
    : null;
}

/** Nulls are written into a copy (NaN, -1); a column without them is used where it lies. */
function own<T extends Float64Array | Int32Array>(data: Data, v: T): T {
  return (
    data.nullCount > 0
      ? v.slice(data.offset, data.offset + data.length)
      : v.subarray(data.offset, data.offset + data.length)
  ) as T;
}

function floatValues(data: Data): Float64Array {
  const values = own(data, data.values as Float64Array);
  if (data.nullCount > 0) for (let i = 0; i < values.length; i++) if (!data.getValid(i)) values[i] = Number.NaN;
  return values;
}

const decoder = new TextDecoder();

/** Every value of a dictionary as a string, in code order. */
export function dictionaryTexts(d: Utf8Buffers): string[] {
  return Array.from({ length: d.size }, (_, e) => decoder.decode(d.bytes.subarray(d.offsets[e], d.offsets[e + 1])));
}

/** An id written as plain integer digits (17850, -3; not 0001 or 17850.0), which a double holds exactly. */
export function isPlainInteger(text: string): boolean {
  return /^-?(0|[1-9]\d{0,14})$/.test(text);
}

/** "00" … "99": the two ASCII digits of n at 2n, 2n + 1. */
const DIGIT_PAIRS = Uint8Array.from(
  { length: 200 },
  (_, i) => 48 + (i & 1 ? (i >> 1) % 10 : Math.floor((i >> 1) / 10)),
);

/** Writes the decimal digits of an integer 0 ≤ x < 2^31, exactly `width` of them (zero-padded), ending before `end`. */
function writeDigits(bytes: Uint8Array, end: number, x: number, width: number): void {
  let at = end;
  while (width >= 2) {
    const q = (x / 100) | 0;
    const r = (x - q * 100) << 1;
    bytes[--at] = DIGIT_PAIRS[r + 1];
    bytes[--at] = DIGIT_PAIRS[r];
    x = q;
    width -= 2;
  }
  if (width === 1) bytes[--at] = 48 + x;
}

/** Decimal digits of an integer 0 ≤ x < 10^8. */
function digitCount(x: number): number {
  return x < 1e4 ? (x < 100 ? (x < 10 ? 1 : 2) : x < 1e3 ? 3 : 4) : x < 1e6 ? (x < 1e5 ? 5 : 6) : x < 1e7 ? 7 : 8;
}

/** Dictionary views of integer id columns, made once per column data. */
const views = new WeakMap<Data, ColumnArrays>();

/**
 * An id column of plain integers (|x| < 10^15) as a dictionary: coded on the values in order of
 * first appearance, the dictionary's UTF-8 digits written directly — the texts an id column
 * read as texts holds for the same cells (see normalizeIdText).
 */
function integerDictionary(data: Data, values: Float64Array): ColumnArrays {
  const known = views.get(data);
  if (known) return known;
  const { codes, firsts, size } = floatCodes(values)!;
  const offsets = new Int32Array(size + 1);
  let bytes = new Uint8Array(size * 8 + 32);
  let at = 0;
  for (let k = 0; k < size; k++) {
    let x = values[firsts[k]];
    if (at + 24 > bytes.length) {
      const next = new Uint8Array(bytes.length * 2);
      next.set(bytes);
      bytes = next;
    }
    if (x < 0) {
      bytes[at++] = 45;
      x = -x;
    }
    // A high part and 8 low digits, each small enough for int32 arithmetic.
    if (x < 1e8) {
      const width = digitCount(x);
      at += width;
      writeDigits(bytes, at, x, width);
    } else {
      const high = Math.floor(x / 1e8);
      const width = digitCount(high);
      writeDigits(bytes, at + width, high, width);
      at += width + 8;
      writeDigits(bytes, at, x - high * 1e8, 8);
    }
    offsets[k + 1] = at;
  }
  const view: ColumnArrays = { type: 'dictionary', codes, dictionary: { size, offsets, bytes: bytes.subarray(0, at) } };
  views.set(data, view);
  return view;
}
