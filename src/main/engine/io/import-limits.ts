import { AppError } from '../../../shared/errors';

/**
 * What one import may hold in memory, chosen so that the importing process stays under 2 GiB.
 * Tests pass lower limits to reach the refusals in a moment; the app always uses IMPORT_LIMITS.
 */
export interface ImportLimits {
  /** Most bytes a table may take by the estimate below (tableBytes). */
  tableBytes: number;
  /** Most bytes of a file that is read whole (XLSX, XLS, Parquet, Arrow), after decompression. */
  wholeFileBytes: number;
  /** Most bytes a binary workbook's (XLSB) parts unpack to: SheetJS takes about 8 times their size. XLSX is streamed. */
  xlsxBytes: number;
  /** Most bytes of an .xls workbook (SheetJS takes about 40 times the size of BIFF records). */
  xlsBytes: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  tableBytes: 1.5 * 1024 ** 3,
  wholeFileBytes: 512 * 1024 ** 2,
  xlsxBytes: 160 * 1024 ** 2,
  xlsBytes: 32 * 1024 ** 2,
};

/**
 * The peak memory of importing a table, as measured over the whole import (read, typed,
 * checked, written as Arrow into SQLite; /usr/bin/time -v, see the README): 16 bytes per
 * cell (a number cell is a double three times over: read, typed, written), 24 per row (line
 * numbers, flags, the duplicate check), 4 per byte of distinct text (the store, its hash
 * table and offsets, the written copy).
 */
export const BYTES_PER_CELL = 16;
export const BYTES_PER_ROW = 24;
export const BYTES_PER_TEXT_BYTE = 4;

/**
 * A Parquet row group is decoded whole (hyparquet), column by column: its values take about this
 * much a cell while its rows are read (measured: 3,000,000 rows × 7 in one row group peak at
 * 1,085 MiB, in row groups of 250,000 at 690 MiB).
 */
export const BYTES_PER_DECODED_PARQUET_CELL = 32;

export function tableBytes(rows: number, width: number, textBytes: number): number {
  return rows * (BYTES_PER_CELL * width + BYTES_PER_ROW) + BYTES_PER_TEXT_BYTE * textBytes;
}

const count = (n: number) => n.toLocaleString('en-US');
const mib = (n: number) => `${count(Math.round(n / 1024 ** 2))} MiB`;
const gib = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GiB`;

/** The refusal of a file whose bytes pass `limit`: `seen` is what was seen (exact, or "more than"). */
export function tooManyBytes(what: string, limit: number, seen: number, exact: boolean): AppError {
  return new AppError(
    'E_FILE_TOO_LARGE',
    `The file is too large to import: ${what} may be at most ${mib(limit)}, and this one ${exact ? 'is' : 'is more than'} ${mib(seen)}.`,
    { limitBytes: limit, seenBytes: seen, exact },
  );
}

/** Rows read between checks of a table's budget (and whenever its line numbers fill). */
export const CHECK_ROWS = 1 << 20;

/**
 * What one table being read may still take (tableBytes: rows, cells and distinct text), with
 * the refusal (E_FILE_TOO_LARGE) that names the limit and the estimate reached.
 */
export class TableBudget {
  private textBytes = 0;
  /** The table's columns, once known. */
  width = 0;
  /** `heldBytes`: a file read whole, held while its rows are read (Parquet, Arrow). */
  constructor(
    readonly limits: ImportLimits = IMPORT_LIMITS,
    private readonly heldBytes = 0,
  ) {}

  /** Most rows the table may have, with the distinct text held so far. */
  rowLimit(): number {
    const left = this.limits.tableBytes - this.heldBytes - BYTES_PER_TEXT_BYTE * this.textBytes;
    return Math.max(0, Math.floor(left / (BYTES_PER_CELL * this.width + BYTES_PER_ROW)));
  }

  /** Refuses `rows` rows when, with the text held, they pass the limit. */
  checkRows(rows: number): void {
    const bytes = tableBytes(rows, this.width, this.textBytes) + this.heldBytes;
    if (bytes > this.limits.tableBytes) throw this.refusal(bytes, rows, this.width);
  }

  /** Takes `bytes` more of distinct text (with `rows` rows read), refusing past the limit. */
  spendText(bytes: number, rows: number): void {
    this.textBytes += bytes;
    this.checkRows(rows);
  }

  private refusal(bytes: number, rows: number, width: number): AppError {
    return new AppError(
      'E_FILE_TOO_LARGE',
      `The file is too large to import: one import may take at most ${gib(this.limits.tableBytes)} of memory (${count(this.limits.tableBytes)} bytes, reckoned at ${BYTES_PER_CELL} bytes a cell, ${BYTES_PER_ROW} a row and ${BYTES_PER_TEXT_BYTE} a byte of distinct text), and this one takes more: reading stopped at ${count(rows)} rows of ${count(width)} columns and ${mib(this.textBytes)} of distinct text${this.heldBytes ? `, with the file's ${mib(this.heldBytes)} held` : ''}, which take ${count(bytes)} bytes.`,
      {
        limitBytes: this.limits.tableBytes,
        seenBytes: bytes,
        rows,
        columns: width,
        textBytes: this.textBytes,
        heldBytes: this.heldBytes,
      },
    );
  }
}
