import { closeSync, createReadStream, openSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import { AppError } from '../../../shared/errors';
import type { ByteStream } from './open-byte-stream';
import { lie, localDataStart, readAt, type ZipEntry, type ZipFile } from './zip-directory';

/** Where an entry's data starts, once its local header agrees with the central directory. */
function dataStart(zip: ZipFile, entry: ZipEntry): number {
  const fd = openSync(zip.file, 'r');
  try {
    return localDataStart(readAt(fd, entry.headerOffset, 30), entry, zip.size);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks the bytes an entry inflates to against what it declares, as they pass: more bytes
 * than declared fail at once (a lying size must never truncate a table silently), fewer or
 * a checksum that differs fail at the end.
 */
function sizeCheck(entry: ZipEntry): Transform {
  let seen = 0;
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > entry.size)
        return done(lie(entry, `holds more than the ${entry.size} bytes it declares`, { declared: entry.size }));
      crc = crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done) {
      if (seen !== entry.size)
        done(lie(entry, `holds ${seen} bytes, not the ${entry.size} it declares`, { declared: entry.size, seen }));
      else if (crc >>> 0 !== entry.crc >>> 0) done(lie(entry, 'fails its checksum', {}));
      else done();
    },
  });
}

/**
 * Streams one entry of a zip on disk, inflated and verified (see sizeCheck): nothing the
 * archive declares is trusted, and nothing but the current chunk is held in memory.
 */
export function zipEntryStream(zip: ZipFile, entry: ZipEntry): ByteStream {
  if (entry.method !== 0 && entry.method !== 8)
    throw new AppError(
      'E_BAD_ZIP',
      `${entry.name} is compressed with a method this app does not read (${entry.method}).`,
    );
  if (entry.method === 0 && entry.compressedSize !== entry.size)
    throw lie(entry, `is stored as ${entry.compressedSize} bytes but declares ${entry.size}`, {});
  const start = dataStart(zip, entry);
  let read = 0;
  const raw =
    entry.compressedSize === 0
      ? Readable.from([])
      : createReadStream(zip.file, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 });
  raw.on('data', (chunk: Buffer) => (read += chunk.length));
  const check = sizeCheck(entry);
  raw.on('error', (err: Error) =>
    check.destroy(new AppError('E_READ_FAILED', `The file could not be read: ${err.message}`)),
  );
  const inflate = entry.method === 8 ? createInflateRaw({ chunkSize: 1 << 20 }) : null;
  if (inflate) {
    inflate.on('error', (err: Error) => check.destroy(lie(entry, `cannot be inflated (${err.message})`, {})));
    raw.pipe(inflate).pipe(check);
  } else raw.pipe(check);
  return {
    stream: check,
    size: zip.size,
    read: () => read,
    compression: 'zip',
    close: () => {
      raw.destroy();
      inflate?.destroy();
      check.destroy();
    },
  };
}
