import { DataType, type Table } from 'apache-arrow';
import { columnArrays } from './column-arrays';
import { columnData, tableOf } from './table-data';
import { textDictionaryData } from './text-dictionary-data';

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
    return textDictionaryData(values, indices, data.nullCount, nullBitmap);
  });
  return tableOf(fields, children, table.numRows);
}
