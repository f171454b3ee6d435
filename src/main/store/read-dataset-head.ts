import {
  DataType,
  makeData,
  makeVector,
  Message,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  type Data,
  type Field,
  type Vector,
} from 'apache-arrow';
import type { Db } from './open-database';

/** A record batch's layout as its message header gives it: rows and nulls per column, and where each buffer lies in the body. */
interface BatchLayout {
  nodes: { length: number; nullCount: number }[];
  buffers: { offset: number; length: number }[];
  compression: unknown;
}

/** The stored Arrow stream of one dataset, read by byte range from its pieces. */
function streamOf(db: Db, datasetId: number) {
  const pieces = db
    .prepare('SELECT seq, length(bytes) AS length FROM dataset_chunks WHERE dataset_id = ? ORDER BY seq')
    .all(datasetId) as { seq: number; length: number }[];
  const lengths = pieces.map((p) => p.length);
  const starts = [0];
  for (const n of lengths) starts.push(starts[starts.length - 1] + n);
  // Only the bytes asked for cross into JavaScript (SQLite still reads the piece up to them).
  const part = db.prepare('SELECT substr(bytes, ?, ?) FROM dataset_chunks WHERE dataset_id = ? AND seq = ?').pluck();
  return {
    size: starts[starts.length - 1],
    /** `length` bytes from `at`, copied into memory of their own (aligned for typed arrays). */
    read(at: number, length: number): Uint8Array {
      const out = new Uint8Array(length);
      let k = starts.findIndex((_, i) => i < lengths.length && at < starts[i + 1]);
      for (let done = 0; done < length && k >= 0 && k < lengths.length; k++) {
        const from = at + done - starts[k];
        const take = Math.min(length - done, lengths[k] - from);
        out.set(part.get(from + 1, take, datasetId, pieces[k].seq) as Uint8Array, done);
        done += take;
      }
      return out;
    },
  };
}

/** Reads the messages of a stream one by one: the header of each, and where its body starts. */
function* messages(stream: ReturnType<typeof streamOf>) {
  let at = 0;
  while (at + 8 <= stream.size) {
    const prefix = new DataView(stream.read(at, 8).buffer);
    const continued = prefix.getInt32(0, true) === -1;
    const metadataLength = continued ? prefix.getInt32(4, true) : prefix.getInt32(0, true);
    if (metadataLength <= 0) return; // end of stream
    const metadataAt = at + (continued ? 8 : 4);
    const message = Message.decode(stream.read(metadataAt, metadataLength));
    const bodyAt = metadataAt + metadataLength;
    yield { message, bodyAt };
    at = bodyAt + message.bodyLength;
  }
}

/** The null bitmap's first `rows` bits and how many of them are 0; none when the column has no nulls. */
function bitmap(body: (region: number, bytes: number) => Uint8Array, region: number, nulls: number, rows: number) {
  if (nulls === 0) return { nullBitmap: undefined, nullCount: 0 };
  const nullBitmap = body(region, Math.ceil(rows / 8));
  let valid = 0;
  for (let i = 0; i < rows; i++) valid += (nullBitmap[i >> 3] >> (i & 7)) & 1;
  return { nullBitmap, nullCount: rows - valid };
}

/** A column's first `rows` values from the body's buffers; null for a type this reader does not know. */
function firstRowsOf(
  type: DataType,
  node: { nullCount: number },
  buffers: number,
  body: (region: number, bytes: number) => Uint8Array,
  rows: number,
  dictionaries: Map<number, Vector>,
): { data: Data; buffers: number } | null {
  const nulls = bitmap(body, buffers, node.nullCount, rows);
  if (DataType.isDictionary(type)) {
    const dictionary = dictionaries.get(type.id);
    if (!dictionary || type.indices.bitWidth !== 32) return null;
    const data = new Int32Array(body(buffers + 1, rows * 4).buffer);
    return { data: makeData({ type, length: rows, ...nulls, data, dictionary }), buffers: 2 };
  }
  if ((DataType.isFloat(type) || DataType.isInt(type)) && type.ArrayType.BYTES_PER_ELEMENT <= 8) {
    const width = type.ArrayType.BYTES_PER_ELEMENT;
    const data = new (type.ArrayType as Float64ArrayConstructor)(body(buffers + 1, rows * width).buffer);
    return { data: makeData({ type, length: rows, ...nulls, data } as never), buffers: 2 };
  }
  if (DataType.isBool(type))
    return {
      data: makeData({ type, length: rows, ...nulls, data: body(buffers + 1, Math.ceil(rows / 8)) }),
      buffers: 2,
    };
  if (DataType.isUtf8(type)) {
    const valueOffsets = new Int32Array(body(buffers + 1, (rows + 1) * 4).buffer);
    if (valueOffsets[0] !== 0) return null;
    const data = body(buffers + 2, valueOffsets[rows]);
    return { data: makeData({ type, length: rows, ...nulls, valueOffsets, data }), buffers: 3 };
  }
  return null;
}

/**
 * The first `rows` rows of a stored dataset, read from its Arrow stream without decoding the
 * rest: the schema and dictionaries, then from the record batch's body only the start of each
 * column's buffers. The grid's first page of a large dataset, before the whole dataset is loaded.
 * Null when the stream is not as the app writes it (one uncompressed batch of known types): the
 * caller then loads the whole dataset.
 */
export function readDatasetHead(db: Db, datasetId: number, rows: number): Table | null {
  const stream = streamOf(db, datasetId);
  let schema: Schema | null = null;
  const dictionaries = new Map<number, Vector>();
  for (const { message, bodyAt } of messages(stream)) {
    if (message.isSchema()) schema = message.header();
    else if (message.isDictionaryBatch()) {
      const batch = message.header();
      const layout = batch.data as unknown as BatchLayout;
      const [node] = layout.nodes;
      const [, offsets, text] = layout.buffers;
      if (batch.isDelta || layout.compression || !node || !text || node.nullCount > 0) return null;
      const valueOffsets = new Int32Array(stream.read(bodyAt + offsets.offset, (node.length + 1) * 4).buffer);
      const data = stream.read(bodyAt + text.offset, valueOffsets[node.length]);
      dictionaries.set(batch.id, makeVector(makeData({ type: new Utf8(), length: node.length, valueOffsets, data })));
    } else if (message.isRecordBatch()) {
      if (!schema) return null;
      const layout = message.header() as unknown as BatchLayout & { length: number };
      if (layout.compression || layout.nodes.length !== schema.fields.length) return null;
      const length = Math.min(rows, layout.length);
      const body = (region: number, bytes: number) => stream.read(bodyAt + layout.buffers[region].offset, bytes);
      const children: Data[] = [];
      let region = 0;
      for (const [index, field] of schema.fields.entries()) {
        const column = firstRowsOf(field.type, layout.nodes[index], region, body, length, dictionaries);
        if (!column) return null;
        children.push(column.data);
        region += column.buffers;
      }
      const struct = makeData({ type: new Struct(schema.fields as Field[]), length, nullCount: 0, children });
      return new Table([new RecordBatch(schema, struct)]);
    }
  }
  return null;
}
