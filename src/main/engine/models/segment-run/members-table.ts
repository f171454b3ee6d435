import {
  Dictionary,
  Field,
  Float64,
  Int32,
  makeData,
  Utf8,
  vectorFromArray,
  type Data,
  type Table,
} from 'apache-arrow';
import { bitmapOf, KIND_KEY, tableOf } from '../../table/table-data';
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
    makeData({
      type: new Dictionary(new Utf8(), new Int32()),
      length: n,
      nullCount: 0,
      data: Int32Array.from({ length: n }, (_, k) => k),
      dictionary: vectorFromArray(ids, new Utf8()),
    }),
  );
  const number = (name: string, column: Float64Array, kind: string) => {
    let nulls = 0;
    for (const v of column) if (v !== v) nulls++;
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
