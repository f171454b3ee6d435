import { Bool, DataType, Dictionary, Field, Float64, Int32, makeData, Utf8, type Data, type Table } from 'apache-arrow';
import type { ColumnKind, ColumnSpec } from '../../../shared/column-spec';
import { normalizeIdText } from '../io/types/normalize-id-text';
import { parseDate } from '../io/types/parse-date';
import { parseNumber } from '../io/types/parse-number';
import { specForKind } from '../io/types/spec-for-kind';
import { columnTexts } from './column-texts';
import { bitmapOf, columnData, KIND_KEY, tableOf } from './table-data';
import { textDictionaryData } from './text-dictionary-data';

/** A column typed anew: the table with it, its spec, its empty cells, and the cells that do not read as the type. */
export interface Retyped {
  table: Table;
  spec: ColumnSpec;
  missing: number;
  unreadable: { count: number; example: string | null };
}

/** A distinct cell text as a value of the spec (NaN when it does not read as one). */
function valueOf(spec: ColumnSpec, text: string): number {
  switch (spec.kind) {
    case 'integer':
    case 'decimal':
      return parseNumber(text, spec.number);
    case 'date':
    case 'datetime':
      return parseDate(text, spec.date);
    case 'boolean':
      return spec.truthy.includes(text) ? 1 : spec.falsy.includes(text) ? 0 : Number.NaN;
    default:
      return 0;
  }
}

function textData(texts: (string | null)[], clean: (v: string) => string | null, dictionaryId: number): Data {
  const codes = new Int32Array(texts.length);
  const present = new Uint8Array(texts.length);
  const dictionary: string[] = [];
  const code = new Map<string, number>();
  let nullCount = 0;
  texts.forEach((t, i) => {
    const v = t === null ? null : clean(t);
    if (v === null || v === '') {
      nullCount++;
      return;
    }
    let c = code.get(v);
    if (c === undefined) {
      c = dictionary.length;
      dictionary.push(v);
      code.set(v, c);
    }
    codes[i] = c;
    present[i] = 1;
  });
  const valid = nullCount ? bitmapOf(texts.length, (i) => present[i] === 1) : undefined;
  const data = textDictionaryData(dictionary, codes, nullCount, valid);
  // Its own dictionary id: one the table's other dictionary columns do not use.
  const type = new Dictionary(new Utf8(), new Int32(), dictionaryId);
  return makeData({
    type,
    length: data.length,
    nullCount,
    nullBitmap: valid,
    data: codes,
    dictionary: data.dictionary,
  });
}

function numberData(texts: (string | null)[], spec: ColumnSpec, unreadable: Retyped['unreadable']): Data {
  const n = texts.length;
  const values = new Float64Array(n);
  const known = new Map<string, number>();
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    let v = Number.NaN;
    if (t !== null && t.trim() !== '') {
      v = known.get(t) ?? valueOf(spec, t.trim());
      known.set(t, v);
      if (Number.isNaN(v)) {
        unreadable.count++;
        unreadable.example ??= t;
      }
    }
    if (Number.isNaN(v)) nullCount++;
    values[i] = v;
  }
  const nullBitmap = nullCount ? bitmapOf(n, (i) => !Number.isNaN(values[i])) : undefined;
  if (spec.kind === 'boolean')
    return makeData({ type: new Bool(), length: n, nullCount, nullBitmap, data: bitmapOf(n, (i) => values[i] === 1) });
  return makeData({ type: new Float64(), length: n, nullCount, nullBitmap, data: values });
}

/**
 * A column of a stored dataset typed as `kind`, as the importer types a column the user gave
 * that type: from its cells' texts, with the format most of its distinct values read in. Cells
 * that are there but do not read as the type are counted (with an example), not dropped: the
 * caller refuses the change when there are any.
 */
export function retypeColumn(table: Table, index: number, kind: ColumnKind): Retyped {
  const texts = columnTexts(table, index);
  const distinct = [...new Set(texts.filter((t): t is string => t !== null).map((t) => t.trim()))];
  const spec = specForKind(kind, distinct);
  const ids = table.schema.fields.map((f) => (DataType.isDictionary(f.type) ? f.type.id : -1));
  const freeId = Math.max(-1, ...ids) + 1;
  const unreadable = { count: 0, example: null as string | null };
  const data =
    spec.kind === 'id'
      ? textData(texts, (v) => normalizeIdText(v), freeId)
      : spec.kind === 'category'
        ? textData(texts, (v) => v.trim(), freeId)
        : spec.kind === 'text'
          ? textData(texts, (v) => v, freeId)
          : numberData(texts, spec, unreadable);
  const old = table.schema.fields[index];
  const field = new Field(old.name, data.type, true, new Map([...old.metadata, [KIND_KEY, spec.kind]]));
  return { table: withColumn(table, index, field, data), spec, missing: data.nullCount, unreadable };
}

/** The table with column `index` replaced (its field and data). */
export function withColumn(table: Table, index: number, field: Field, data: Data): Table {
  const fields = table.schema.fields.map((f, i) => (i === index ? field : f));
  const children = fields.map((_, i) => (i === index ? data : columnData(table, i)));
  return tableOf(fields, children, table.numRows);
}

/** The table with column `index` under another name (its values as they are). */
export function renameColumn(table: Table, index: number, name: string): Table {
  const old = table.schema.fields[index];
  return withColumn(table, index, new Field(name, old.type, old.nullable, old.metadata), columnData(table, index));
}
