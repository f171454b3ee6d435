import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { AppError } from '../../../shared/errors';
import { gzipError } from './gzip-error';

/**
 * Inflates a whole .gz file and throws the output away: the damage it has (cut short, corrupt),
 * or null when it is whole. Asked when reading it failed: garbage inflated from a corrupt
 * stream can look like a table error (a quote never closed) before the checksum at the end.
 */
export async function checkGzip(file: string): Promise<AppError | null> {
  try {
    await pipeline(
      createReadStream(file, { highWaterMark: 1 << 20 }),
      createGunzip({ chunkSize: 1 << 20 }),
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    );
    return null;
  } catch (err) {
    return gzipError(err);
  }
}
