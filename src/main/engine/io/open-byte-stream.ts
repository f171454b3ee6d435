import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../../shared/errors';

export interface ByteStream {
  stream: Readable;
  /** Size of the file on disk. */
  size: number;
  /** Bytes of the file read so far (compressed bytes for .gz), for progress. */
  read(): number;
  /** The bytes are inflated from a compressed file: `size` says nothing of how many there are. */
  compression: 'gzip' | 'zip' | null;
  close(): void;
}

/** The first bytes of a file (for magic numbers), or an error code when it cannot be read. */
export function readHead(file: string, length = 16): Buffer {
  let fd: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new AppError('E_READ_FAILED', `${file} is not a file.`);
    fd = openSync(file, 'r');
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('E_FILE_NOT_FOUND', `File not found: ${file}`);
    throw new AppError('E_READ_FAILED', `The file cannot be read (${code ?? 'error'}).`, { errno: code });
  }
  try {
    const head = Buffer.alloc(length);
    const n = readSync(fd, head, 0, length, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Opens a file as a stream of its bytes, decompressing gzip transparently. */
export function openByteStream(file: string): ByteStream {
  const head = readHead(file, 2);
  const size = statSync(file).size;
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  let read = 0;
  raw.on('data', (chunk) => (read += chunk.length));
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw;
  if (gzip) raw.on('error', (err) => stream.destroy(err));
  return {
    stream,
    size,
    read: () => read,
    compression: gzip ? 'gzip' : null,
    close: () => {
      raw.destroy();
      stream.destroy();
    },
  };
}

/** A stream over bytes already in memory (a file taken out of a zip or a gzip). */
export function memoryByteStream(bytes: Uint8Array, chunkBytes = 1 << 20): ByteStream {
  let read = 0;
  function* chunks() {
    for (let at = 0; at < bytes.length; at += chunkBytes) {
      const chunk = Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(chunkBytes, bytes.length - at));
      read = at + chunk.length;
      yield chunk;
    }
  }
  const stream = Readable.from(chunks(), { objectMode: false });
  return { stream, size: bytes.length, read: () => read, compression: null, close: () => stream.destroy() };
}
