import { DataType, makeData, type Data, type Table } from 'apache-arrow';
import { bitmapOf, columnData, tableOf } from './table-data';

function selectData(data: Data, rows: Int32Array): Data {
  const n = rows.length;
  const valid = (i: number) => data.getValid(i);
  const nullBitmap = data.nullCount > 0 ? bitmapOf(n, (k) => valid(rows[k])) : undefined;
  let nullCount = 0;
  if (nullBitmap) for (let k = 0; k < n; k++) if (!valid(rows[k])) nullCount++;
  const type = data.type;
  if (DataType.isBool(type)) {
    const bits = data.values as Uint8Array;
    const at = (i: number) => (bits[(data.offset + i) >> 3] >> ((data.offset + i) & 7)) & 1;
    return makeData({ type, length: n, nullCount, nullBitmap, data: bitmapOf(n, (k) => at(rows[k]) === 1) });
  }
  const source = data.values as Float64Array | Int32Array;
  const values = new (source.constructor as Float64ArrayConstructor | Int32ArrayConstructor)(n);
  for (let k = 0; k < n; k++) values[k] = source[data.offset + rows[k]];
  if (DataType.isDictionary(type))
    return makeData({
      type,
      length: n,
      nullCount,
      nullBitmap,
      data: values as Int32Array,
      dictionary: data.dictionary,
    });
  return makeData({ type, length: n, nullCount, nullBitmap, data: values } as never);
}

/** The given rows, in the given order (numbers, booleans and dictionary columns). */
export function takeRows(table: Table, rows: Int32Array): Table {
  const fields = table.schema.fields;
  return tableOf(
    fields,
    fields.map((_, i) => selectData(columnData(table, i), rows)),
    rows.length,
  );
}

/** The rows whose `keep` byte is 1, in order. */
export function selectRows(table: Table, keep: Uint8Array): Table {
  let count = 0;
  for (let i = 0; i < keep.length; i++) count += keep[i];
  if (count === table.numRows) return table;
  const rows = new Int32Array(count);
  for (let i = 0, k = 0; i < keep.length; i++) if (keep[i]) rows[k++] = i;
  return takeRows(table, rows);
}
