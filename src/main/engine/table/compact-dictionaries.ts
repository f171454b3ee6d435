import { DataType, Dictionary, Int32, makeData, Utf8, vectorFromArray, type Table } from 'apache-arrow';
import { columnArrays } from './column-arrays';
import { columnData, tableOf } from './table-data';

const decoder = new TextDecoder();

/**
 * Gives each dictionary column a dictionary of only the values its rows use — for a page of
 * 50 rows sent to the renderer, instead of a dataset-wide dictionary of a million order ids.
 */
export function compactDictionaries(table: Table): Table {
  const fields = table.schema.fields;
  const children = fields.map((field, i) => {
    const data = columnData(table, i);
    if (!DataType.isDictionary(field.type)) return data;
    const arrays = columnArrays(table, i);
    if (arrays.type !== 'dictionary') return data;
    const { codes, dictionary } = arrays;
    const remap = new Map<number, number>();
    const values: string[] = [];
    const indices = new Int32Array(codes.length);
    codes.forEach((c, r) => {
      if (c < 0) return;
      let n = remap.get(c);
      if (n === undefined) {
        n = values.length;
        values.push(decoder.decode(dictionary.bytes.subarray(dictionary.offsets[c], dictionary.offsets[c + 1])));
        remap.set(c, n);
      }
      indices[r] = n;
    });
    const nullBitmap = data.nullCount > 0 ? (data.nullBitmap?.slice() ?? undefined) : undefined;
    return makeData({
      type: new Dictionary(new Utf8(), new Int32()),
      length: codes.length,
      nullCount: data.nullCount,
      nullBitmap,
      data: indices,
      dictionary: vectorFromArray(values, new Utf8()),
    });
  });
  return tableOf(fields, children, table.numRows);
}
