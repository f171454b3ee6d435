import type { DictionaryBuilder } from '../../src/main/engine/io/dictionary-builder';
import { ParsedColumn } from '../../src/main/engine/io/parsed-column';
import type { RawColumn, RawTable } from '../../src/main/engine/io/raw-table';

/** A raw column's cell texts, dictionary-coded (a column read on the typed fast path is rebuilt from its values and forms). */
export const texts = (column: RawColumn): DictionaryBuilder =>
  column instanceof ParsedColumn ? column.toDictionary() : column;

/** A raw table's column, by name, as cell texts. */
export function rawColumn(t: RawTable, name: string): DictionaryBuilder {
  const i = t.names.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${t.names.join('|')}`);
  return texts(t.columns[i]);
}
