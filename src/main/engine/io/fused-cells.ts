import { ParsedColumn } from './parsed-column';
import type { RawColumn } from './raw-table';

const LF = 10;
const CR = 13;
const QUOTE = 34;
// Column kinds on the fused path.
const FUSED_TEXT = 0;
const FUSED_NUMBER = 1;
const FUSED_YMD = 2;

/** Reads a date cell for the fused path into the record's arrays at c; false when it is not one. */
function readYmdCell(
  column: ParsedColumn,
  buf: Uint8Array,
  start: number,
  end: number,
  c: number,
  values: Float64Array,
  forms: Uint16Array,
  flags: Uint8Array,
): boolean {
  if (!column.readYmd(buf, start, end)) return false;
  values[c] = column.readValue;
  forms[c] = column.readForm;
  flags[c] = column.readFlags;
  return true;
}

/**
 * The fused path's record being read (see RawTableBuilder.fastRecord): per cell its bounds, and
 * for typed cells what was read, kept until the whole record has been read.
 */
export class FusedCells {
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private values = new Float64Array(0);
  private forms = new Uint16Array(0);
  private flags = new Uint8Array(0);
  private kinds = new Uint8Array(0);

  /** Planned for some columns (and so to be planned again when a column changes). */
  get planned(): boolean {
    return this.kinds.length > 0;
  }

  /** The per-cell arrays and column kinds, for these columns. */
  plan(columns: readonly RawColumn[]): void {
    const width = columns.length;
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
    this.values = new Float64Array(width);
    this.forms = new Uint16Array(width);
    this.flags = new Uint8Array(width);
    this.kinds = Uint8Array.from(columns, (column) =>
      column instanceof ParsedColumn ? (column.mode === 'number' ? FUSED_NUMBER : FUSED_YMD) : FUSED_TEXT,
    );
  }

  /**
   * Reads one plain record of `columns.length` cells from `at`, numbers and dates parsed as they
   * are scanned. Returns where the record ends (after its line end), or -1 when it is not a
   * plain record (a quote, a cell that does not parse or is too long, a wrong field count).
   */
  read(
    columns: readonly RawColumn[],
    buf: Uint8Array,
    at: number,
    limit: number,
    delim: number,
    maxCell: number,
  ): number {
    const width = columns.length;
    if (this.kinds.length !== width) this.plan(columns);
    const { starts, ends, values, forms, flags, kinds } = this;
    let i = at;
    for (let c = 0; c < width; c++) {
      const kind = kinds[c];
      const first = buf[i];
      let end = i;
      if (first === QUOTE) return -1;
      if (first !== delim && first !== LF && first !== CR) {
        if (kind === FUSED_NUMBER) {
          const column = columns[c] as ParsedColumn;
          end = column.readNumber(buf, i, limit);
          if (end < 0) return -1;
          values[c] = column.readValue;
          forms[c] = column.readForm;
          flags[c] = column.readFlags;
        } else {
          let b = buf[end];
          while (b !== delim && b !== LF && b !== CR) b = buf[++end];
          if (
            end - i > maxCell ||
            (kind === FUSED_YMD && !readYmdCell(columns[c] as ParsedColumn, buf, i, end, c, values, forms, flags))
          )
            return -1;
        }
      }
      starts[c] = i;
      ends[c] = end;
      // The cell must end the record's c-th field exactly: a delimiter, or the line end after the last.
      const b = buf[end];
      if (c < width - 1) {
        if (b !== delim) return -1;
        i = end + 1;
      } else if (b === LF) i = end + 1;
      else if (b === CR) i = buf[end + 1] === LF ? end + 2 : end + 1;
      else return -1;
    }
    return i;
  }

  /** Adds the record just read to the columns. */
  commit(columns: readonly RawColumn[], buf: Uint8Array): void {
    const { starts, ends, values, forms, flags, kinds } = this;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      if (kinds[c] === FUSED_TEXT) column.add(buf, starts[c], ends[c]);
      else if (starts[c] === ends[c]) column.addNull();
      else (column as ParsedColumn).push(values[c], forms[c], flags[c]);
    }
  }
}
