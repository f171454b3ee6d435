import { AppError } from '../../../shared/errors';
import { DictionaryBuilder } from './dictionary-builder';
import { FusedCells } from './fused-cells';
import { ParsedColumn } from './parsed-column';
import {
  MAX_COLUMNS,
  type PartRows,
  type RaggedRows,
  type RawColumn,
  type RawTable,
  type RowOptions,
} from './raw-table';
import { ESCAPED, fieldText } from './field-text';
import { CHECK_ROWS, TableBudget } from './import-limits';
import { mergeRagged, noteRagged } from './ragged-rows';
import { DelimitedScanner, type RecordVisitor, type Separator } from './scan-delimited';
import { looksLikeData, TITLE_WINDOW, titleRows } from './title-rows';
import { uniqueNames } from './unique-names';

/** The first `used` numbers of `lines` in a new array of `length`. */
function grown(lines: Int32Array, used: number, length: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(lines.subarray(0, used));
  return next;
}

/** Collects rows — as scanned bytes or as texts — into a RawTable's columns. */
export class RawTableBuilder implements RecordVisitor {
  names: string[] | null = null;
  header = false;
  skipped = 0;
  headerLine: number | null = null;
  columns: RawColumn[] = [];
  /** The first records, held until the header is found below any title lines (null once it is). */
  private held: { fields: (string | null)[]; line: number }[] | null = null;
  rowCount = 0;
  truncated = false;
  readonly shortRows: RaggedRows = { count: 0, lines: [], rows: [] };
  readonly longRows: RaggedRows = { count: 0, lines: [], rows: [] };
  private lines = new Int32Array(1024);
  private scratch = new Uint8Array(256);
  /** Records are read on the fused path (fastRecords): the columns are planned and no row limit applies. */
  private readonly fused: boolean;
  /** The fused path's record being read. */
  private readonly cells = new FusedCells();
  private readonly encoder = new TextEncoder();
  private readonly maxRows: number;
  /** A guess of the row count (from the file size) that sizes the column arrays up front. */
  expectedRows = 1024;
  /** What the table may take (rows, cells, distinct text), checked when the row count reaches checkAt. */
  private readonly budget: TableBudget;
  private checkAt = 0;

  constructor(private readonly options: RowOptions = {}) {
    this.maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
    this.fused = options.plan !== undefined && options.maxRows === undefined;
    this.expectedRows = options.expectedRows ?? 1024;
    this.budget = new TableBudget(options.limits, options.heldBytes);
    if (options.names) {
      this.header = true;
      this.names = options.names;
      this.columns = this.makeColumns(options.names);
    } else if (options.skipRows === undefined) this.held = [];
  }

  /** The columns, and the row line numbers, sized for the expected rows (no regrowing while reading). */
  private makeColumns(names: string[]): RawColumn[] {
    if (names.length > MAX_COLUMNS) {
      throw new AppError(
        'E_TOO_MANY_COLUMNS',
        `The file has ${names.length} columns; SegmentDesk reads up to ${MAX_COLUMNS} (Excel's limit).`,
        { columns: names.length, max: MAX_COLUMNS },
      );
    }
    this.budget.width = names.length;
    const rowLimit = this.budget.rowLimit();
    const rows = Math.min(this.expectedRows, this.maxRows, rowLimit);
    if (this.rowCount === 0 && (this.lines.length < rows || this.lines.length > rowLimit))
      this.lines = new Int32Array(rows);
    this.checkAt = Math.min(this.lines.length, this.rowCount + CHECK_ROWS);
    return names.map((_, i) => {
      const mode = this.options.plan?.[i];
      return mode ? new ParsedColumn(mode, rows) : this.tracked(new DictionaryBuilder(rows));
    });
  }

  /** A text column whose store is taken from the table's budget. */
  private tracked(texts: DictionaryBuilder): DictionaryBuilder {
    texts.budget = this.budget;
    return texts;
  }

  /** A scanner of delimited bytes whose records come here. */
  scanner(separator: Separator): DelimitedScanner {
    // The builder itself is the visitor: one class at the scanner's call site, whichever builder
    // (the sample's, this thread's, a helper's) is fed, so the call stays optimised.
    return new DelimitedScanner(separator, this);
  }

  get full(): boolean {
    return this.truncated;
  }

  /**
   * A record before the columns are known: held while title lines are being looked for,
   * skipped when the user said how many title lines there are, else the header (or first row).
   */
  private before(fields: (string | null)[], line: number): void {
    if (this.held) {
      this.held.push({ fields, line });
      if (this.held.length >= TITLE_WINDOW) this.release();
    } else if (this.skipped < (this.options.skipRows ?? 0)) this.skipped++;
    else if (!this.first(fields, line)) this.addTexts(fields, line);
  }

  /** Decides the title lines from the held records, then reads the header and the rows held after it. */
  private release(): void {
    const held = this.held!;
    this.held = null;
    this.skipped = titleRows(held.map((h) => h.fields));
    const [head, ...rest] = held.slice(this.skipped);
    if (!head) return;
    if (!this.first(head.fields, head.line)) this.addTexts(head.fields, head.line);
    for (const r of rest) this.addTexts(r.fields, r.line);
  }

  /** Handles the first record after any title lines; returns true when it was the header. */
  private first(fields: (string | null)[], line: number): boolean {
    this.header = this.options.header ?? !looksLikeData(fields);
    this.headerLine = this.header ? line : null;
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
    if (count < width) noteRagged(this.shortRows, line, this.rowCount);
    else if (count > width) noteRagged(this.longRows, line, this.rowCount);
    if (this.rowCount === this.checkAt) this.checkpoint();
    this.lines[this.rowCount++] = line;
    return true;
  }

  /** Every 2^20 rows and when the line numbers are full: the budget's check, and growth up to its row limit. */
  private checkpoint(): void {
    this.budget.checkRows(this.rowCount + 1);
    if (this.rowCount === this.lines.length)
      this.lines = grown(this.lines, this.rowCount, Math.min(this.lines.length * 2, this.budget.rowLimit()));
    this.checkAt = Math.min(this.lines.length, this.rowCount + CHECK_ROWS);
  }

  /** A record from the delimited scanner (RecordVisitor). */
  record(
    bytes: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    count: number,
    line: number,
  ): void {
    if (this.names === null) {
      this.before(
        Array.from({ length: count }, (_, i) => fieldText(bytes, starts[i], ends[i], flags[i])),
        line,
      );
      return;
    }
    if (!this.begin(count, line)) return;
    const columns = this.columns;
    const width = columns.length;
    const n = count < width ? count : width;
    for (let c = 0; c < n; c++) {
      if (flags[c] & ESCAPED) this.addUnescaped(c, bytes, starts[c], ends[c]);
      else if (!columns[c].add(bytes, starts[c], ends[c])) this.demote(c, bytes, starts[c], ends[c]);
    }
    for (let c = n; c < width; c++) columns[c].addNull();
  }

  /**
   * The fused path (RecordVisitor.fastRecord): a plain record read and typed in one pass over
   * its bytes — numbers and dates parsed as they are scanned — and added only once it is whole,
   * so giving up on a record leaves nothing half-added. Used when the columns are planned (a
   * whole file on the typed fast path) and the header is behind. Returns where the record ends
   * (after its line end), or -1 when it is not a plain record this path takes.
   */
  fastRecord(buf: Uint8Array, at: number, limit: number, delim: number, maxCell: number, line: number): number {
    const columns = this.columns;
    if (!this.fused || this.held !== null || columns.length < 2) return -1;
    const end = this.cells.read(columns, buf, at, limit, delim, maxCell);
    if (end < 0) return -1;
    if (this.rowCount === this.checkAt) this.checkpoint();
    this.lines[this.rowCount++] = line;
    this.cells.commit(columns, buf);
    return end;
  }

  /** A row of cell texts (spreadsheets, Parquet, Arrow); null is an empty cell. */
  addTexts(cells: readonly (string | null)[], line: number): void {
    if (this.names === null) {
      this.before([...cells], line);
      return;
    }
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
    if (!this.columns[c].add(bytes, start, end)) this.demote(c, bytes, start, end);
  }

  /** Column c (parsed) turns into cell texts, then takes the cell that did not fit. */
  private demote(c: number, bytes: Uint8Array, start: number, end: number): void {
    const column = this.columns[c] as ParsedColumn;
    const texts = this.tracked(
      column.toDictionary(Math.max(column.length * 2, Math.min(this.expectedRows, this.maxRows))),
    );
    this.columns[c] = texts;
    if (this.cells.planned) this.cells.plan(this.columns);
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

  /** The source line each row read so far starts on. */
  rowLines(): Int32Array {
    return this.lines.subarray(0, this.rowCount);
  }

  /** Appends the rows of a later part of the same file; its line numbers start after `lineOffset`. */
  appendPart(part: PartRows, lineOffset: number): void {
    const before = this.rowCount;
    this.budget.checkRows(before + part.rowCount);
    part.columns.forEach((state, c) => {
      const incoming =
        'parsed' in state ? ParsedColumn.fromState(state.parsed) : DictionaryBuilder.fromState(state.texts);
      const mine = this.columns[c];
      if (mine instanceof ParsedColumn && incoming instanceof ParsedColumn && mine.mode === incoming.mode) {
        mine.append(incoming);
        return;
      }
      const texts = mine instanceof ParsedColumn ? this.tracked(mine.toDictionary(before + part.rowCount)) : mine;
      texts.append(incoming instanceof ParsedColumn ? incoming.toDictionary() : incoming);
      this.columns[c] = texts;
    });
    if (before + part.rowCount > this.lines.length) this.lines = grown(this.lines, before, before + part.rowCount);
    for (let r = 0; r < part.rowCount; r++) this.lines[before + r] = part.lines[r] + lineOffset;
    mergeRagged(this.shortRows, part.shortRows, before, lineOffset);
    mergeRagged(this.longRows, part.longRows, before, lineOffset);
    this.rowCount += part.rowCount;
  }

  finish(
    source: Pick<RawTable, 'format' | 'compression' | 'encoding' | 'delimiter' | 'sheet' | 'sheets'>,
  ): RawTable | null {
    if (this.held) this.release();
    if (this.names === null) return null;
    return {
      ...source,
      header: this.header,
      skipped: this.skipped,
      headerLine: this.headerLine,
      names: this.names,
      rowCount: this.rowCount,
      columns: this.columns,
      lines: this.rowLines(),
      shortRows: this.shortRows,
      longRows: this.longRows,
      truncated: this.truncated,
    };
  }
}
