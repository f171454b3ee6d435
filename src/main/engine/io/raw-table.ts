import { DictionaryBuilder } from './dictionary-builder';
import { ESCAPED, fieldText } from './scan-delimited';
import { detectDateFormat } from './types/parse-date';
import { detectNumberFormat } from './types/parse-number';
import { uniqueNames } from './unique-names';

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

/** Any file read into one dictionary-coded column of cell texts per header name. */
export interface RawTable {
  format: SourceFormat;
  compression: 'gzip' | 'zip' | null;
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  /** Every sheet of a workbook, for the sheet choice. */
  sheets: string[];
  header: boolean;
  names: string[];
  rowCount: number;
  columns: DictionaryBuilder[];
  /** The source line (or sheet row, 1-based) each row starts on. */
  lines: Int32Array;
  /** Rows with fewer fields than the header (padded with nulls) or more (extra fields dropped). */
  shortRows: RaggedRows;
  longRows: RaggedRows;
  /** The data ended before the file did (a preview's row limit). */
  truncated: boolean;
}

export interface RowOptions {
  /** true: the first record names the columns; undefined: decided from the record. */
  header?: boolean;
  /** Stop after this many data rows (the preview). */
  maxRows?: number;
}

const EXAMPLES = 3;

/** A first record that holds a number or a date is data, not a header. */
export function looksLikeData(fields: readonly (string | null)[]): boolean {
  return fields.some((f) => f !== null && f.trim() !== '' && (detectNumberFormat([f.trim()]) !== null || detectDateFormat([f.trim()]) !== null));
}

function note(issue: RaggedRows, line: number, row: number): void {
  issue.count++;
  issue.rows.push(row);
  if (issue.lines.length < EXAMPLES) issue.lines.push(line);
}

/** Collects rows — as scanned bytes or as texts — into a RawTable's columns. */
export class RawTableBuilder {
  names: string[] | null = null;
  header = false;
  columns: DictionaryBuilder[] = [];
  rowCount = 0;
  truncated = false;
  readonly shortRows: RaggedRows = { count: 0, lines: [], rows: [] };
  readonly longRows: RaggedRows = { count: 0, lines: [], rows: [] };
  private lines = new Int32Array(1024);
  private scratch = new Uint8Array(256);
  private readonly encoder = new TextEncoder();
  private readonly maxRows: number;
  /** A guess of the row count (from the file size) that sizes the column arrays up front. */
  expectedRows = 1024;

  constructor(private readonly options: RowOptions = {}) {
    this.maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  }

  get full(): boolean {
    return this.truncated;
  }

  /** Handles the first record; returns true when it was the header. */
  private first(fields: (string | null)[]): boolean {
    this.header = this.options.header ?? !looksLikeData(fields);
    this.names = uniqueNames(this.header ? fields.map((f) => f ?? '') : fields.map(() => ''));
    this.columns = this.names.map(() => new DictionaryBuilder(Math.min(this.expectedRows, this.maxRows)));
    return this.header;
  }

  /** Counts the row against the limit and the header width; false when the row is past the limit. */
  private begin(count: number, line: number): boolean {
    if (this.rowCount >= this.maxRows) {
      this.truncated = true;
      return false;
    }
    const width = this.columns.length;
    if (count < width) note(this.shortRows, line, this.rowCount);
    else if (count > width) note(this.longRows, line, this.rowCount);
    if (this.rowCount === this.lines.length) {
      const next = new Int32Array(this.lines.length * 2);
      next.set(this.lines);
      this.lines = next;
    }
    this.lines[this.rowCount++] = line;
    return true;
  }

  /** A record from the delimited scanner. */
  addRecord(bytes: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number, line: number): void {
    if (this.names === null && this.first(Array.from({ length: count }, (_, i) => fieldText(bytes, starts[i], ends[i], flags[i])))) return;
    if (!this.begin(count, line)) return;
    const width = this.columns.length;
    const n = Math.min(count, width);
    for (let c = 0; c < n; c++) {
      if (flags[c] & ESCAPED) this.addUnescaped(this.columns[c], bytes, starts[c], ends[c]);
      else this.columns[c].add(bytes, starts[c], ends[c]);
    }
    for (let c = n; c < width; c++) this.columns[c].addNull();
  }

  /** A row of cell texts (spreadsheets, Parquet, Arrow); null is an empty cell. */
  addTexts(cells: readonly (string | null)[], line: number): void {
    if (this.names === null && this.first([...cells])) return;
    if (!this.begin(cells.length, line)) return;
    const width = this.columns.length;
    const n = Math.min(cells.length, width);
    for (let c = 0; c < n; c++) {
      const cell = cells[c];
      if (cell === null || cell === '') {
        this.columns[c].addNull();
        continue;
      }
      if (this.scratch.length < cell.length * 3) this.scratch = new Uint8Array(cell.length * 3);
      const { written } = this.encoder.encodeInto(cell, this.scratch);
      this.columns[c].add(this.scratch, 0, written);
    }
    for (let c = n; c < width; c++) this.columns[c].addNull();
  }

  private addUnescaped(column: DictionaryBuilder, bytes: Uint8Array, start: number, end: number): void {
    if (this.scratch.length < end - start) this.scratch = new Uint8Array(end - start);
    let n = 0;
    for (let i = start; i < end; i++) {
      this.scratch[n++] = bytes[i];
      if (bytes[i] === 34 && bytes[i + 1] === 34) i++;
    }
    column.add(this.scratch, 0, n);
  }

  finish(source: Pick<RawTable, 'format' | 'compression' | 'encoding' | 'delimiter' | 'sheet' | 'sheets'>): RawTable | null {
    if (this.names === null) return null;
    return {
      ...source,
      header: this.header,
      names: this.names,
      rowCount: this.rowCount,
      columns: this.columns,
      lines: this.lines.subarray(0, this.rowCount),
      shortRows: this.shortRows,
      longRows: this.longRows,
      truncated: this.truncated,
    };
  }
}
