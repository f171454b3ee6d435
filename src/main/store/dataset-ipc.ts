import { RecordBatchStreamWriter, tableFromIPC, tableToIPC, type Table } from 'apache-arrow';
import type { Db } from './open-database';

/**
 * A dataset's Arrow IPC stream is stored in pieces of at most this many bytes. Each piece is
 * copied when bound to the insert; 1 MiB copies reuse memory where 16 MiB ones touch fresh
 * pages every time (measured: 57 MB stored in ~30 ms in 1 MiB pieces, ~75 ms in 16 MiB ones).
 */
export const CHUNK_BYTES = 1 << 20;

/**
 * Cuts a byte stream given as consecutive pieces into chunks of at most `chunkBytes`, in order:
 * big pieces are cut where they lie (views, no copy), runs of small ones are joined.
 */
function cut(pieces: Iterable<Uint8Array>, chunkBytes: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let small: Uint8Array[] = [];
  let smallBytes = 0;
  const flush = () => {
    if (smallBytes > 0) chunks.push(small.length === 1 ? small[0] : Buffer.concat(small, smallBytes));
    small = [];
    smallBytes = 0;
  };
  for (const piece of pieces) {
    for (let at = 0; at < piece.length; ) {
      const take = Math.min(piece.length - at, chunkBytes - smallBytes);
      const part = piece.subarray(at, at + take);
      at += take;
      if (take === chunkBytes) chunks.push(part);
      else {
        small.push(part);
        smallBytes += take;
        if (smallBytes === chunkBytes) flush();
      }
    }
  }
  flush();
  return chunks;
}

/**
 * Serialises a table as one Arrow IPC stream (schema, dictionaries once, record batches) cut
 * into pieces for storage. The writer's messages are taken as they are — the column buffers
 * themselves, not a joined copy of the whole stream.
 */
export async function toChunks(table: Table, chunkBytes = CHUNK_BYTES): Promise<Uint8Array[]> {
  const writer = RecordBatchStreamWriter.writeAll(table);
  writer.close();
  const pieces: Uint8Array[] = [];
  for await (const piece of writer) pieces.push(piece);
  return cut(pieces, chunkBytes);
}

/** toChunks for callers that cannot wait (a migration inside its transaction). */
export function toChunksSync(table: Table, chunkBytes = CHUNK_BYTES): Uint8Array[] {
  return cut([tableToIPC(table, 'stream')], chunkBytes);
}

/**
 * The stored pieces of one stream (`table`: dataset_chunks or run_chunks, keyed by `key`), joined
 * into one buffer as they are read: one piece is held at a time besides the whole (reading all of
 * them first held the stream twice: 1.3 GB for a 640 MB dataset). Null when there are none.
 */
export function readJoinedChunks(
  db: Db,
  table: 'dataset_chunks' | 'run_chunks',
  key: 'dataset_id' | 'run_id',
  id: number,
): Uint8Array | null {
  const { size, count } = db
    .prepare(`SELECT COALESCE(SUM(length(bytes)), 0) AS size, COUNT(*) AS count FROM ${table} WHERE ${key} = ?`)
    .get(id) as { size: number; count: number };
  if (count === 0) return null;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const piece of db.prepare(`SELECT bytes FROM ${table} WHERE ${key} = ? ORDER BY seq`).pluck().iterate(id)) {
    bytes.set(piece as Uint8Array, at);
    at += (piece as Uint8Array).length;
  }
  return bytes;
}

/** Reassembles the pieces and decodes the table (columns stay typed arrays over the bytes). */
export function fromChunks(chunks: Uint8Array[]): Table {
  if (chunks.length === 1) return tableFromIPC(chunks[0]);
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return tableFromIPC(bytes);
}
