import { Field, Int32, makeData, type Table } from 'apache-arrow';
import { columnData, KIND_KEY, tableOf } from '../table/table-data';

/** The hidden column of per-row issue flags (bit i = ISSUE_CODES[i]). */
export const FLAGS_COLUMN = '__flags';

/** Adds the per-row flags as a hidden Int32 column. */
export function withFlags(table: Table, flags: Int32Array): Table {
  const fields = [...table.schema.fields, new Field(FLAGS_COLUMN, new Int32(), false, new Map([[KIND_KEY, 'flags']]))];
  const children = [
    ...table.schema.fields.map((_, i) => columnData(table, i)),
    makeData({ type: new Int32(), length: flags.length, data: flags }),
  ];
  return tableOf(fields, children, table.numRows);
}
