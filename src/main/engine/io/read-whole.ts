import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { tooManyBytes } from './import-limits';
import type { ByteStream } from './open-byte-stream';

const WHAT = 'a spreadsheet, Parquet or Arrow file (read whole into memory)';

/** A file read whole into memory, refused before reading when it is larger than `limit`. */
export function readWholeFile(file: string, limit: number, what = WHAT): Uint8Array {
  const size = statSync(file).size;
  if (size > limit) throw tooManyBytes(what, limit, size, true);
  try {
    return readFileSync(file);
  } catch (err) {
    throw new AppError('E_READ_FAILED', `The file could not be read: ${(err as Error).message}`);
  }
}

/** A stream's bytes (a file unpacked from .gz or .zip) gathered in memory, stopped as soon as they pass `limit`. */
export async function readWholeStream(source: ByteStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of source.stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > limit) throw tooManyBytes(`${WHAT}, unpacked,`, limit, bytes, false);
      chunks.push(chunk);
    }
  } finally {
    source.close();
  }
  return Buffer.concat(chunks, bytes);
}
