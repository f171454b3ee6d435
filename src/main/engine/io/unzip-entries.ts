import { unzipSync } from 'fflate';
import { AppError } from '../../../shared/errors';
import { tooManyBytes } from './import-limits';
import type { ZipFile } from './zip-directory';
import { zipEntryStream } from './zip-entry-stream';

/** Most bytes a zip may declare it inflates to (a "zip bomb" declares far more). */
export const MAX_UNZIPPED_BYTES = 2 * 1024 ** 3;
/** A ratio no real spreadsheet or CSV reaches. */
export const MAX_RATIO = 1000;

/** Refuses an archive whose declared sizes exceed the limits, before anything is inflated (E_ZIP_TOO_LARGE). */
export function refuseBombs(zip: ZipFile): void {
  let total = 0;
  for (const entry of zip.entries) {
    total += entry.size;
    if (total > MAX_UNZIPPED_BYTES || (total > 100 * 1024 ** 2 && total > MAX_RATIO * zip.size)) {
      throw new AppError(
        'E_ZIP_TOO_LARGE',
        'The archive would unpack to far more data than it holds (a "zip bomb"); it was not opened.',
        { declaredBytes: total },
      );
    }
  }
}

/**
 * Inflates every entry once, keeping nothing, to check that each holds exactly what it
 * declares (E_BAD_ZIP otherwise): for archives read by a library that trusts the declared sizes.
 */
export async function verifyEntries(zip: ZipFile): Promise<void> {
  for (const entry of zip.entries) {
    const source = zipEntryStream(zip, entry);
    try {
      for await (const _chunk of source.stream);
    } finally {
      source.close();
    }
  }
}

/** Refuses a workbook whose parts declare more than `limit` bytes unpacked (they are checked when inflated). */
export function refuseLargeWorkbook(declared: number, limit: number): void {
  if (declared > limit) throw tooManyBytes('an Excel workbook, unpacked,', limit, declared, true);
}

/** What the parts of a zip held in memory declare they unpack to (a workbook inside .gz), inflating nothing. */
export function declaredBytes(bytes: Uint8Array): number {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch (err) {
    throw new AppError('E_BAD_XLSX', `The workbook is damaged: ${(err as Error).message}`);
  }
  return total;
}
