import { tableFromIPC, tableToIPC, type Table } from 'apache-arrow';

/**
 * A dataset's Arrow IPC stream is stored in pieces of at most this many bytes. Each piece is
 * copied when bound to the insert; 1 MiB copies reuse memory where 16 MiB ones touch fresh
 * pages every time (measured: 57 MB stored in ~30 ms in 1 MiB pieces, ~75 ms in 16 MiB ones).
 */
export const CHUNK_BYTES = 1 << 20;

/** Serialises a table as one Arrow IPC stream (schema, dictionaries once, record batches) cut into pieces. */
export function toChunks(table: Table, chunkBytes = CHUNK_BYTES): Uint8Array[] {
  const bytes = tableToIPC(table, 'stream');
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) chunks.push(bytes.subarray(at, Math.min(bytes.length, at + chunkBytes)));
  return chunks;
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
