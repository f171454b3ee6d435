import { DataType, type Table } from 'apache-arrow';
import { calendarText } from '../io/value-text';
import { columnArrays, dictionaryTexts } from './column-arrays';
import { columnData, KIND_KEY } from './table-data';

/**
 * A column's cells as the texts its values read back from (null = empty): dictionary texts as
 * stored, numbers in plain digits, dates as YYYY-MM-DD (with the time when there is one),
 * yes/no as true/false — what typing the column anew starts from.
 */
export function columnTexts(table: Table, index: number): (string | null)[] {
  const data = columnData(table, index);
  const kind = table.schema.fields[index].metadata.get(KIND_KEY);
  if (DataType.isBool(data.type))
    return Array.from({ length: data.length }, (_, i) =>
      data.getValid(i) ? String(table.getChildAt(index)?.get(i)) : null,
    );
  const arrays = columnArrays(table, index);
  if (arrays.type === 'dictionary') {
    const texts = dictionaryTexts(arrays.dictionary);
    return Array.from(arrays.codes, (c) => (c < 0 ? null : texts[c]));
  }
  if (arrays.type === 'number') {
    const temporal = kind === 'date' || kind === 'datetime';
    return Array.from(arrays.values, (v) => (Number.isNaN(v) ? null : temporal ? calendarText(v) : String(v)));
  }
  return Array.from({ length: data.length }, (_, i) => {
    const v = table.getChildAt(index)?.get(i);
    return v === null || v === undefined ? null : String(v);
  });
}
