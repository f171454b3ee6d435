import { Dictionary, Field, Int32, makeData, Utf8, vectorFromArray, type Data, type Table } from 'apache-arrow';
import { KIND_KEY } from '../io/to-typed-table';
import { columnData, tableOf } from '../table/table-data';

/**
 * One spelling per id, so the same customer matches across files: numbers become their
 * integer text (17850 and "17850.0" are both "17850"), text is trimmed, and zero-padded ids
 * keep their zeros ("0001" stays "0001").
 */
export function normalizeIdText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  const t = String(value).trim();
  if (t === '') return null;
  const m = /^([1-9]\d*|0)\.0+$/.exec(t);
  return m ? m[1] : t;
}

/** Replaces a column by its normalised id form (a dictionary column of kind "id"). */
export function normalizeIdColumn(table: Table, name: string): Table {
  const index = table.schema.fields.findIndex((f) => f.name === name);
  if (index < 0) return table;
  const source = table.getChildAt(index)!;
  const n = table.numRows;
  const codes = new Int32Array(n);
  const valid = new Uint8Array((n + 7) >> 3);
  const dictionary = new Map<string, number>();
  const values: string[] = [];
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const text = normalizeIdText(source.get(i));
    if (text === null) {
      nullCount++;
      continue;
    }
    let code = dictionary.get(text);
    if (code === undefined) {
      code = values.length;
      values.push(text);
      dictionary.set(text, code);
    }
    codes[i] = code;
    valid[i >> 3] |= 1 << (i & 7);
  }
  const type = new Dictionary(new Utf8(), new Int32());
  const data = makeData({ type, length: n, nullCount, nullBitmap: nullCount ? valid : undefined, data: codes, dictionary: vectorFromArray(values, new Utf8()) });
  const fields = table.schema.fields.map((f, i) => (i === index ? new Field(name, type, true, new Map([[KIND_KEY, 'id']])) : f));
  const children: Data[] = fields.map((_, i) => (i === index ? data : columnData(table, i)));
  return tableOf(fields, children, n);
}
