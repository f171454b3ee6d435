import { DataType, Float64, makeData, type Data, type Table } from 'apache-arrow';
import { bitmapOf } from '../table/table-data';
import { textDictionaryData } from '../table/text-dictionary-data';

/** Doubles with NaN as an empty cell, as the importer stores numbers and dates. */
export function numberData(values: Float64Array): Data {
  const n = values.length;
  let nullCount = 0;
  for (let i = 0; i < n; i++) if (values[i] !== values[i]) nullCount++;
  const nullBitmap = nullCount ? bitmapOf(n, (i) => values[i] === values[i]) : undefined;
  return makeData({ type: new Float64(), length: n, nullCount, nullBitmap, data: values });
}

/**
 * A dictionary-coded text column from codes (-1 = empty) into `labels`. Its dictionary id is
 * one past the table's own (ids are per stream: a new one must not meet a stored one).
 */
export function labelData(codes: Int32Array, labels: string[], table: Table): Data {
  const n = codes.length;
  let nullCount = 0;
  const indices = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (codes[i] < 0) nullCount++;
    else indices[i] = codes[i];
  }
  const ids = table.schema.fields.map((f) => (DataType.isDictionary(f.type) ? f.type.id : -1));
  const bitmap = nullCount ? bitmapOf(n, (i) => codes[i] >= 0) : undefined;
  return textDictionaryData(labels, indices, nullCount, bitmap, Math.max(-1, ...ids) + 1);
}
