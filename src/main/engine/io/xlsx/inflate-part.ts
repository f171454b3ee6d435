import { Inflate } from 'fflate';
import { AppError } from '../../../../shared/errors';
import { partBytes, type ZipPart } from './zip-directory';

/** Compressed bytes fed to the inflater at a time: at deflate's best ratio (≈ 1032:1) a chunk of output stays under 64 MiB. */
const STEP = 64 * 1024;

/** Thrown by a chunk's reader that has all it wants (a preview's rows): inflating stops there. */
export class StopReading extends Error {}

const damaged = (why: string) => new AppError('E_BAD_XLSX', `The workbook is damaged: ${why}.`);

/** The part unpacks to more than the reader takes of it (E_FILE_TOO_LARGE: the limit and the size seen). */
export function partTooLarge(part: ZipPart, limit: number, seen: number): AppError {
  const mib = (n: number) => `${(n / 1024 ** 2).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;
  return new AppError(
    'E_FILE_TOO_LARGE',
    `The workbook's part ${part.name} unpacks to ${mib(seen)} (${seen} bytes), more than the limit of ${mib(limit)} (${limit} bytes) SegmentDesk reads of it; nothing was imported.`,
    { part: part.name, limit, seen },
  );
}

/**
 * Inflates one part of a zip held in memory, in chunks handed to `onChunk` as they come, so a
 * part is never whole in memory. A part declaring more than `limit` is refused before anything is
 * inflated; one holding more or less than it declares is damaged (E_BAD_XLSX) — at most its
 * declared size is ever inflated, whatever the archive claims.
 */
export function inflatePart(
  bytes: Uint8Array,
  part: ZipPart,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): void {
  if (part.size > limit) throw partTooLarge(part, limit, part.size);
  const input = partBytes(bytes, part);
  let seen = 0;
  const take = (chunk: Uint8Array) => {
    seen += chunk.length;
    if (seen > part.size) throw damaged(`${part.name} declares ${part.size} bytes but holds more`);
    if (chunk.length > 0) onChunk(chunk);
  };
  try {
    if (part.method === 0) {
      for (let i = 0; i < input.length; i += STEP) take(input.subarray(i, i + STEP));
    } else if (part.method === 8) {
      const inflate = new Inflate(take);
      if (input.length === 0) inflate.push(input, true);
      for (let i = 0; i < input.length; i += STEP) inflate.push(input.subarray(i, i + STEP), i + STEP >= input.length);
    } else throw damaged(`${part.name} uses compression method ${part.method}`);
  } catch (err) {
    if (err instanceof AppError || err instanceof StopReading) throw err;
    throw damaged(`${part.name} does not inflate (${(err as Error).message})`);
  }
  if (seen !== part.size) throw damaged(`${part.name} declares ${part.size} bytes but holds ${seen}`);
}
