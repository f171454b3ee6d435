import { DictionaryBuilder, type DictionaryState } from './dictionary-builder';
import { ParsedColumn, type ParsedMode, type ParsedState } from './parsed-column';
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
  /** The column names, known beforehand (a later part of a file): every record is data. */
  names?: string[];
  /** Stop after this many data rows (the preview). */
  maxRows?: number;
  /** A guess of the row count that sizes the column arrays up front. */
  expectedRows?: number;
  /** Per column, read straight into numbers or dates (see ParsedColumn); null or missing = cell texts. */
  plan?: (ParsedMode | null)[];
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
  columns: RawColumn[] = [];
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
    this.expectedRows = options.expectedRows ?? 1024;
    if (options.names) {
      this.header = true;
      this.names = options.names;
      this.columns = this.makeColumns(options.names);
    }
  }

  private makeColumns(names: string[]): RawColumn[] {
    const rows = Math.min(this.expectedRows, this.maxRows);
    return names.map((_, i) => {
      const mode = this.options.plan?.[i];
      return mode ? new ParsedColumn(mode, rows) : new DictionaryBuilder(rows);
    });
  }

  get full(): boolean {
    return this.truncated;
  }

  /** Handles the first record; returns true when it was the header. */
  private first(fields: (string | null)[]): boolean {
    this.header = this.options.header ?? !looksLikeData(fields);
    this.names = uniqueNames(this.header ? fields.map((f) => f ?? '') : fields.map(() => ''));
    this.columns = this.makeColumns(this.names);
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
      if (flags[c] & ESCAPED) this.addUnescaped(c, bytes, starts[c], ends[c]);
      else this.add(c, bytes, starts[c], ends[c]);
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
      this.add(c, this.scratch, 0, written);
    }
    for (let c = n; c < width; c++) this.columns[c].addNull();
  }

  /** Adds a cell to column c; a parsed column that the cell does not fit becomes cell texts first. */
  private add(c: number, bytes: Uint8Array, start: number, end: number): void {
    const column = this.columns[c];
    if (column.add(bytes, start, end) !== false) return;
    const texts = (column as ParsedColumn).toDictionary(Math.max(column.length * 2, Math.min(this.expectedRows, this.maxRows)));
    this.columns[c] = texts;
    texts.add(bytes, start, end);
  }

  private addUnescaped(c: number, bytes: Uint8Array, start: number, end: number): void {
    if (this.scratch.length < end - start) this.scratch = new Uint8Array(end - start);
    let n = 0;
    for (let i = start; i < end; i++) {
      this.scratch[n++] = bytes[i];
      if (bytes[i] === 34 && bytes[i + 1] === 34) i++;
    }
    this.add(c, this.scratch, 0, n);
  }

  /** The rows read so far as posted data (the typed arrays are the transfer list). */
  toPart(): { part: PartRows; transfer: ArrayBuffer[] } {
    const columns: PartRows['columns'] = this.columns.map((c) => (c instanceof ParsedColumn ? { parsed: c.state() } : { texts: c.state() }));
    const part: PartRows = { columns, rowCount: this.rowCount, lines: this.lines.subarray(0, this.rowCount), shortRows: this.shortRows, longRows: this.longRows };
    const transfer = new Set<ArrayBuffer>([part.lines.buffer as ArrayBuffer]);
    for (const c of columns) {
      const arrays = 'parsed' in c ? [c.parsed.values, c.parsed.forms] : [c.texts.codes, c.texts.counts, c.texts.slots, c.texts.hashes, c.texts.starts, c.texts.ends, c.texts.arena];
      for (const a of arrays) transfer.add(a.buffer as ArrayBuffer);
    }
    return { part, transfer: [...transfer] };
  }

  /** Appends the rows of a later part of the same file; its line numbers start after `lineOffset`. */
  appendPart(part: PartRows, lineOffset: number): void {
    const before = this.rowCount;
    part.columns.forEach((state, c) => {
      const incoming = 'parsed' in state ? ParsedColumn.fromState(state.parsed) : DictionaryBuilder.fromState(state.texts);
      const mine = this.columns[c];
      if (mine instanceof ParsedColumn && incoming instanceof ParsedColumn && mine.mode === incoming.mode) {
        mine.append(incoming);
        return;
      }
      const texts = mine instanceof ParsedColumn ? mine.toDictionary(before + part.rowCount) : mine;
      texts.append(incoming instanceof ParsedColumn ? incoming.toDictionary() : incoming);
      this.columns[c] = texts;
    });
    if (before + part.rowCount > this.lines.length) {
      const next = new Int32Array(before + part.rowCount);
      next.set(this.lines.subarray(0, before));
      this.lines = next;
    }
    for (let r = 0; r < part.rowCount; r++) this.lines[before + r] = part.lines[r] + lineOffset;
    for (const [mine, theirs] of [
      [this.shortRows, part.shortRows],
      [this.longRows, part.longRows],
    ] as const) {
      mine.count += theirs.count;
      for (const r of theirs.rows) mine.rows.push(before + r);
      for (const line of theirs.lines) if (mine.lines.length < EXAMPLES) mine.lines.push(line + lineOffset);
    }
    this.rowCount += part.rowCount;
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
