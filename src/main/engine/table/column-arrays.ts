import { DataType, type Table } from 'apache-arrow';
import { columnData } from './table-data';

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
 */
export function columnArrays(table: Table, index: number): ColumnArrays {
  const data = columnData(table, index);
  const n = data.length;
  // Nulls are written into a copy (NaN, -1); a column without them is used where it lies.
  const own = <T extends Float64Array | Int32Array>(v: T): T => (data.nullCount > 0 ? (v.slice(data.offset, data.offset + n) as T) : (v.subarray(data.offset, data.offset + n) as T));
  if (DataType.isFloat(data.type)) {
    const values = own(data.values as Float64Array);
    if (data.nullCount > 0) for (let i = 0; i < n; i++) if (!data.getValid(i)) values[i] = Number.NaN;
    return { type: 'number', values };
  }
  if (DataType.isDictionary(data.type)) {
    const codes = own(data.values as Int32Array);
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
