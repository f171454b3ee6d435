import { DataType, Field, makeData, type Data, type Table } from 'apache-arrow';
import { columnArrays, dictionaryTexts } from './column-arrays';
import { bitmapOf, columnData, tableOf } from './table-data';
import { textDictionaryData } from './text-dictionary-data';

function concatData(a: Data, b: Data, ta: Table, tb: Table, index: number): Data {
  const n = a.length + b.length;
  const valid = (i: number) => (i < a.length ? a.getValid(i) : b.getValid(i - a.length));
  const nullCount = a.nullCount + b.nullCount;
  const nullBitmap = nullCount > 0 ? bitmapOf(n, valid) : undefined;
  // An id column stored as texts on one side and as numbers on the other is joined as texts.
  if (DataType.isDictionary(a.type) || DataType.isDictionary(b.type)) {
    const x = columnArrays(ta, index);
    const y = columnArrays(tb, index);
    if (x.type !== 'dictionary' || y.type !== 'dictionary') throw new Error('dictionary columns expected');
    // One dictionary for both: the first table's values keep their codes.
    const values = dictionaryTexts(x.dictionary);
    const code = new Map(values.map((v, i) => [v, i]));
    const remap = Int32Array.from(dictionaryTexts(y.dictionary), (v) => {
      let c = code.get(v);
      if (c === undefined) {
        c = values.length;
        values.push(v);
        code.set(v, c);
      }
      return c;
    });
    const indices = new Int32Array(n);
    indices.set(x.codes.map((c) => Math.max(c, 0)));
    for (let i = 0; i < y.codes.length; i++) indices[a.length + i] = y.codes[i] < 0 ? 0 : remap[y.codes[i]];
    return textDictionaryData(values, indices, nullCount, nullBitmap);
  }
  if (DataType.isBool(a.type)) {
    const bit = (d: Data, i: number) => ((d.values as Uint8Array)[(d.offset + i) >> 3] >> ((d.offset + i) & 7)) & 1;
    return makeData({
      type: a.type,
      length: n,
      nullCount,
      nullBitmap,
      data: bitmapOf(n, (i) => (i < a.length ? bit(a, i) : bit(b, i - a.length)) === 1),
    });
  }
  const av = a.values as Float64Array | Int32Array;
  const bv = b.values as Float64Array | Int32Array;
  const values = new (av.constructor as Float64ArrayConstructor)(n);
  values.set(av.subarray(a.offset, a.offset + a.length));
  values.set(bv.subarray(b.offset, b.offset + b.length), a.length);
  return makeData({ type: a.type, length: n, nullCount, nullBitmap, data: values } as never);
}

/**
 * The rows of `b` after those of `a` (same column names and kinds, in the same order; an id
 * column may be stored as texts in one and as numbers in the other).
 */
export function concatTables(a: Table, b: Table): Table {
  const children = a.schema.fields.map((_, i) => concatData(columnData(a, i), columnData(b, i), a, b, i));
  const fields = a.schema.fields.map((f, i) =>
    f.type.typeId === children[i].type.typeId ? f : new Field(f.name, children[i].type, f.nullable, f.metadata),
  );
  return tableOf(fields, children, a.numRows + b.numRows);
}
