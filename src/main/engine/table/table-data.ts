import { Field, makeData, RecordBatch, Schema, Struct, Table, type Data } from 'apache-arrow';

/** Arrow field metadata key holding the SegmentDesk column kind. */
export const KIND_KEY = 'segdesk.kind';

/** A validity (or boolean) bitmap: bit i set when isSet(i), Arrow's least-significant-bit order. */
export function bitmapOf(length: number, isSet: (i: number) => boolean): Uint8Array {
  const bits = new Uint8Array((length + 7) >> 3);
  for (let i = 0; i < length; i++) if (isSet(i)) bits[i >> 3] |= 1 << (i & 7);
  return bits;
}

/** The single record batch's column data of a table the importer built (one batch per table). */
export function columnData(table: Table, index: number): Data {
  if (table.batches.length !== 1) throw new Error(`Expected one record batch, found ${table.batches.length}`);
  return table.batches[0].data.children[index];
}

/** A table from fields and their column data (all of one length). */
export function tableOf(fields: Field[], children: Data[], length: number): Table {
  return new Table([
    new RecordBatch(new Schema(fields), makeData({ type: new Struct(fields), length, nullCount: 0, children })),
  ]);
}
