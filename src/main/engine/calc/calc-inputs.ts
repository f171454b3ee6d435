import type { Table } from 'apache-arrow';
import type { ColumnKind } from '../../../shared/column-spec';
import { AppError } from '../../../shared/errors';
import type { ColumnInfo } from '../../../shared/schemas';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';

/** What a shape needs of a column: numbers, dates, or any values read as texts. */
export type InputNeed = 'number' | 'date' | 'text';

const KINDS: Record<InputNeed, readonly ColumnKind[] | null> = {
  number: ['integer', 'decimal'],
  date: ['date', 'datetime'],
  text: null,
};

/** The dataset's table and columns a definition is computed over. */
export interface CalcSource {
  table: Table;
  columns: ColumnInfo[];
}

/** A column of the source by name, checked for what the shape needs (E_UNKNOWN_COLUMN, E_CALC_WRONG_TYPE). */
export function inputColumn(source: CalcSource, name: string, need: InputNeed): { info: ColumnInfo; index: number } {
  const info = source.columns.find((c) => c.name === name);
  const index = source.table.schema.fields.findIndex((f) => f.name === name);
  if (!info || index < 0)
    throw new AppError('E_UNKNOWN_COLUMN', `The dataset has no column "${name}".`, { column: name });
  const kinds = KINDS[need];
  if (kinds && !kinds.includes(info.spec.kind))
    throw new AppError('E_CALC_WRONG_TYPE', `The column "${name}" holds ${info.spec.kind} values, not ${need}s.`, {
      column: name,
      type: info.spec.kind,
      needs: need,
    });
  return { info, index };
}

/** A number or date column's values (NaN = empty). */
export function numbersOf(source: CalcSource, name: string, need: 'number' | 'date'): Float64Array {
  const { index } = inputColumn(source, name, need);
  const arrays = columnArrays(source.table, index);
  if (arrays.type !== 'number') throw new AppError('E_CALC_WRONG_TYPE', `The column "${name}" holds no ${need}s.`);
  return arrays.values;
}

/**
 * Any column as texts, coded: `codes[i]` indexes `texts` (-1 = empty). Numbers are written
 * plainly (12.5), dates as YYYY-MM-DD, booleans as true/false.
 */
export function textsOf(source: CalcSource, name: string): { codes: Int32Array; texts: string[] } {
  const { index } = inputColumn(source, name, 'text');
  const arrays = columnArrays(source.table, index);
  if (arrays.type === 'dictionary') return { codes: arrays.codes, texts: dictionaryTexts(arrays.dictionary) };
  const vector = source.table.getChildAt(index)!;
  const kind = source.columns.find((c) => c.name === name)!.spec.kind;
  const codes = new Int32Array(vector.length);
  const texts: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < vector.length; i++) {
    const v: unknown = vector.get(i);
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) {
      codes[i] = -1;
      continue;
    }
    const text = kind === 'date' || kind === 'datetime' ? dayText(v as number) : String(v as string | number | boolean);
    let code = seen.get(text);
    if (code === undefined) {
      code = texts.length;
      texts.push(text);
      seen.set(text, code);
    }
    codes[i] = code;
  }
  return { codes, texts };
}

export const DAY_MS = 86_400_000;

/** YYYY-MM-DD of UTC calendar milliseconds. */
export function dayText(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}
