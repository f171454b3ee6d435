import { AppError } from '../../../shared/errors';

/**
 * What one import may hold in memory, chosen so that the importing process stays under 2 GiB
 * (measured: see the README's "Trying to break it"). Tests pass lower limits to reach the
 * refusals in a moment; the app always uses IMPORT_LIMITS.
 */
export interface ImportLimits {
  /** Rows × columns of the table read. */
  cells: number;
  /** Bytes of text a delimited file unpacks to (.gz, .zip), or holds. */
  textBytes: number;
  /** Bytes of a file that is read whole (XLSX, XLS, Parquet, Arrow), after decompression. */
  wholeFileBytes: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  cells: 150_000_000,
  textBytes: 1536 * 1024 ** 2,
  wholeFileBytes: 512 * 1024 ** 2,
};

const count = (n: number) => n.toLocaleString('en-US');
const mib = (n: number) => `${count(Math.round(n / 1024 ** 2))} MiB`;

/** The refusal of a file whose bytes pass `limit`: `seen` is what was seen (exact, or "more than"). */
export function tooManyBytes(what: string, limit: number, seen: number, exact: boolean): AppError {
  return new AppError(
    'E_FILE_TOO_LARGE',
    `The file is too large to import: ${what} may be at most ${mib(limit)}, and this one ${exact ? 'is' : 'is more than'} ${mib(seen)}.`,
    { limitBytes: limit, seenBytes: seen, exact },
  );
}

/** The refusal of a table past the cell limit, after `rows` rows of `columns` columns. */
export function tooManyCells(limit: number, rows: number, columns: number): AppError {
  return new AppError(
    'E_FILE_TOO_LARGE',
    `The file is too large to import: a table may hold at most ${count(limit)} cells (rows × columns), and this one has more (${count(rows)} rows of ${count(columns)} columns were read before stopping).`,
    { limitCells: limit, rows, columns },
  );
}
