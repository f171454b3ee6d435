import type { DictionaryBuilder, DictionaryState } from './dictionary-builder';
import type { ImportLimits } from './import-limits';
import type { ParsedColumn, ParsedMode, ParsedState } from './parsed-column';

/** Most columns a table may have: Excel's own limit (XFD). Wider files are not customer tables (and Arrow's schema handling grows with the square of the width). */
export const MAX_COLUMNS = 16_384;

export interface RowIssue {
  count: number;
  /** Source line (or sheet row) numbers of the first few rows with the problem. */
  lines: number[];
}

/** Rows of a raw table with a shape problem: every row index, plus the counted issue. */
export interface RaggedRows extends RowIssue {
  rows: number[];
}

export type SourceFormat = 'csv' | 'xlsx' | 'xls' | 'parquet' | 'arrow';

/**
 * One column of a raw table: the cell texts dictionary-coded, or — for columns a sample showed
 * to be plain numbers or ISO dates — the values parsed while reading (the typed fast path).
 */
export type RawColumn = DictionaryBuilder | ParsedColumn;

/** Any file read into one raw column per header name. */
export interface RawTable {
  format: SourceFormat;
  compression: 'gzip' | 'zip' | null;
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  /** Every sheet of a workbook, for the sheet choice. */
  sheets: string[];
  header: boolean;
  /** Title lines above the header that were skipped (records, not counting blank lines). */
  skipped: number;
  /** The source line of the header (null when the first row read is data). */
  headerLine: number | null;
  names: string[];
  rowCount: number;
  columns: RawColumn[];
  /** The source line (or sheet row, 1-based) each row starts on. */
  lines: Int32Array;
  /** Rows with fewer fields than the header (padded with nulls) or more (extra fields dropped). */
  shortRows: RaggedRows;
  longRows: RaggedRows;
  /** The data ended before the file did (a preview's row limit). */
  truncated: boolean;
  /**
   * Spreadsheet number cells of 2^53 or more, per column the rows (indices) that hold one: a spreadsheet
   * keeps numbers as doubles, so such a value (an id) may have been rounded before the file was written.
   */
  roundedNumbers?: { column: number; rows: number[] }[];
}

/** The rows a later part of a file gave, read on another thread: plain data that can be posted. */
export interface PartRows {
  columns: ({ parsed: ParsedState } | { texts: DictionaryState })[];
  rowCount: number;
  /** Line numbers counted from the part's first line (1). */
  lines: Int32Array;
  shortRows: RaggedRows;
  longRows: RaggedRows;
}

export interface RowOptions {
  /** true: the first record names the columns; undefined: decided from the record. */
  header?: boolean;
  /** Title records above the header to skip; undefined: detected from the first records (see titleRows). */
  skipRows?: number;
  /** The column names, known beforehand (a later part of a file): every record is data. */
  names?: string[];
  /** Stop after this many data rows (the preview). */
  maxRows?: number;
  /** A guess of the row count that sizes the column arrays up front. */
  expectedRows?: number;
  /** Per column, read straight into numbers or dates (see ParsedColumn); null or missing = cell texts. */
  plan?: (ParsedMode | null)[];
  /** What the import may hold in memory (IMPORT_LIMITS unless a test lowers them). */
  limits?: ImportLimits;
  /** Bytes of a file read whole and held while its rows are read, charged to the table's budget. */
  heldBytes?: number;
}
