import { Field, Float64, makeData, type Data, type Table } from 'apache-arrow';
import { bitmapOf, KIND_KEY, tableOf } from '../../table/table-data';
import { textDictionaryData } from '../../table/text-dictionary-data';
import type { MemberField } from './member-fields';

/** The per-customer columns a run keeps: id, segment index and the run's own values. */
export function membersTable(ids: readonly string[], segment: Int32Array, values: MemberField[]): Table {
  const n = ids.length;
  const fields: Field[] = [];
  const children: Data[] = [];
  const add = (name: string, kind: string, data: Data) => {
    fields.push(new Field(name, data.type, true, new Map([[KIND_KEY, kind]])));
    children.push(data);
  };
  add(
    'customerId',
    'id',
    textDictionaryData(
      ids,
      Int32Array.from({ length: n }, (_, k) => k),
    ),
  );
  const number = (name: string, column: Float64Array, kind: string) => {
    let nulls = 0;
    for (let r = 0; r < column.length; r++) if (column[r] !== column[r]) nulls++;
    add(
      name,
      kind,
      makeData({
        type: new Float64(),
        length: n,
        nullCount: nulls,
        nullBitmap: nulls ? bitmapOf(n, (i) => column[i] === column[i]) : undefined,
        data: column,
      }),
    );
  };
  number('segment', Float64Array.from(segment), 'integer');
  for (const v of values) number(v.name, v.values, v.kind);
  return tableOf(fields, children, n);
}
