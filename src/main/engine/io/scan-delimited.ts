import { AppError } from '../../../shared/errors';
import { ESCAPED, MALFORMED, QUOTED } from './field-text';

/** Field separator: one byte, or runs of spaces and tabs (whitespace-aligned text such as CDNOW). */
export type Separator = number | 'whitespace';

export interface RecordVisitor {
  /**
   * One complete record: field i is bytes[starts[i], ends[i]) with flags[i]. The arrays are
   * reused: read them before returning. `line` is the 1-based line the record starts on.
   */
  record(bytes: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number, line: number): void;
  /**
   * Optional: takes the plain record at bytes[at] (no quotes, the expected number of cells,
   * ended by a line end before `limit`, which follows a line feed) straight from the bytes;
   * returns where it ends, or -1 to leave it to `record`.
   */
  fastRecord?(
    bytes: Uint8Array,
    at: number,
    limit: number,
    delimiter: number,
    maxCellBytes: number,
    line: number,
  ): number;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const TAB = 9;
export const DEFAULT_MAX_CELL_BYTES = 1 << 20;

/**
 * A streaming scanner over UTF-8 bytes that finds records and fields without making strings:
 * RFC 4180 quotes with "" escapes, delimiters and newlines inside quotes, LF / CRLF / CR,
 * blank lines skipped. A record cut by a chunk border is carried over to the next chunk.
 */
export class DelimitedScanner {
  private pending: Uint8Array = new Uint8Array(0);
  private line = 1;
  private skipLF = false;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private flags = new Uint8Array(64);

  constructor(
    private readonly separator: Separator,
    private readonly visitor: RecordVisitor,
    private readonly maxCellBytes = DEFAULT_MAX_CELL_BYTES,
  ) {}

  push(input: Uint8Array): void {
    // Always a plain Uint8Array (a Buffer is another class): one kind of array in the hot loops keeps them optimised.
    const chunk =
      input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.length);
    let buf = chunk;
    if (this.pending.length > 0) {
      // The carried-over record is usually done by the chunk's first line feed: finish it on its
      // own, so the chunk is scanned where it lies instead of being copied after it.
      const lf = chunk.indexOf(LF);
      if (lf < 0) buf = joined(this.pending, chunk);
      else {
        const head = joined(this.pending, chunk.subarray(0, lf + 1));
        const consumed = this.scan(head, false);
        // What the head did not finish (a quoted cell going on past its line feed) goes on with the rest.
        buf =
          consumed === head.length ? chunk.subarray(lf + 1) : joined(head.subarray(consumed), chunk.subarray(lf + 1));
      }
      this.pending = new Uint8Array(0);
    }
    const consumed = this.scan(buf, false);
    // A copy (Buffer#slice would share memory): the caller may reuse its chunk buffer.
    this.pending = consumed < buf.length ? Uint8Array.prototype.slice.call(buf, consumed) : new Uint8Array(0);
  }

  /** Every byte pushed so far belongs to a complete record: the next byte starts a record. */
  get idle(): boolean {
    return this.pending.length === 0 && !this.skipLF;
  }

  /** The line the next record starts on (1-based). */
  get nextLine(): number {
    return this.line;
  }

  end(): void {
    if (this.pending.length > 0) this.scan(this.pending, true);
    this.pending = new Uint8Array(0);
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }

  private tooLarge(line: number): never {
    throw new AppError('E_CELL_TOO_LARGE', `A cell on line ${line} is larger than ${this.maxCellBytes} bytes.`, {
      line,
    });
  }

  /** Scans complete records; returns how many bytes were consumed. At EOF (`final`) everything is consumed. */
  private scan(buf: Uint8Array, final: boolean): number {
    const n = buf.length;
    let i = 0;
    if (this.skipLF && n > 0) {
      this.skipLF = false;
      if (buf[0] === LF) i = 1;
    }
    if (this.separator !== 'whitespace') return this.scanRecords(buf, i, final);
    while (i < n) {
      const recordStart = i;
      const recordLine = this.line;
      const result = this.scanWhitespaceRecord(buf, i, final);
      if (result < 0) return this.incomplete(recordStart, recordLine, n);
      i = result;
    }
    return n;
  }

  /** Ends a record at buf[i] (a newline or EOF); returns the index after the newline. */
  private finishRecord(buf: Uint8Array, i: number, count: number, line: number): number {
    const blank = count === 1 && this.ends[0] === this.starts[0] && this.flags[0] === 0;
    if (!blank) this.visitor.record(buf, this.starts, this.ends, this.flags, count, line);
    if (i >= buf.length) return i;
    this.line++;
    if (buf[i] === CR) {
      if (i + 1 < buf.length) return buf[i + 1] === LF ? i + 2 : i + 1;
      this.skipLF = true;
    }
    return i + 1;
  }

  /**
   * Scans the records of buf from `from` (byte delimiter); returns where the first incomplete
   * record starts (n when none). One loop over records and cells: the hot loop of every import.
   */
  // oxlint-disable-next-line max-lines-per-function -- hot loop: the CSV byte scanner, one pass over records and cells for every import (the measured fast path of DESIGN.md)
  private scanRecords(buf: Uint8Array, from: number, final: boolean): number {
    const n = buf.length;
    const delim = this.separator as number;
    const maxCell = this.maxCellBytes;
    const visitor = this.visitor;
    let starts = this.starts;
    let ends = this.ends;
    let flags = this.flags;
    // Records that end before the last line feed may go to the visitor's fused path.
    const limit = visitor.fastRecord ? buf.lastIndexOf(LF, n - 1) + 1 : 0;
    let i = from;
    while (i < n) {
      if (i < limit) {
        const end = visitor.fastRecord!(buf, i, limit, delim, maxCell, this.line);
        if (end >= 0) {
          this.line++;
          i = end;
          continue;
        }
      }
      const recordStart = i;
      const line = this.line;
      let count = 0;
      for (;;) {
        if (count === starts.length) {
          this.grow();
          starts = this.starts;
          ends = this.ends;
          flags = this.flags;
        }
        if (i < n && buf[i] === QUOTE) {
          let j = i + 1;
          let flag = QUOTED;
          let close = -1;
          while (j <= n) {
            const q = buf.indexOf(QUOTE, j);
            if (q === -1) break;
            if (q + 1 < n && buf[q + 1] === QUOTE) {
              flag |= ESCAPED;
              j = q + 2;
              continue;
            }
            if (q + 1 === n && !final) break; // the next chunk may start with the second quote of ""
            close = q;
            break;
          }
          if (close === -1) {
            if (!final) return this.incomplete(recordStart, line, n);
            throw new AppError('E_BAD_CSV', `A quoted cell that starts on line ${line} is never closed.`, { line });
          }
          if (close - i - 1 > maxCell) this.tooLarge(line);
          for (let k = buf.indexOf(LF, i + 1); k !== -1 && k < close; k = buf.indexOf(LF, k + 1)) this.line++;
          let end = close + 1;
          while (end < n && buf[end] !== delim && buf[end] !== LF && buf[end] !== CR) end++;
          if (end === n && !final) return this.incomplete(recordStart, line, n);
          if (end > close + 1) {
            starts[count] = i;
            ends[count] = end;
            flags[count] = MALFORMED;
          } else {
            starts[count] = i + 1;
            ends[count] = close;
            flags[count] = flag;
          }
          count++;
          i = end;
        } else {
          let j = i;
          let c = 0;
          while (j < n && (c = buf[j]) !== delim && c !== LF && c !== CR) j++;
          if (j === n && !final) return this.incomplete(recordStart, line, n);
          if (j - i > maxCell) this.tooLarge(line);
          starts[count] = i;
          ends[count] = j;
          flags[count] = 0;
          count++;
          i = j;
        }
        if (i < n && buf[i] === delim) {
          i++;
          continue;
        }
        break;
      }
      // buf[i] is a newline, or i === n at the end of the input.
      if (count > 1 || ends[0] !== starts[0] || flags[0] !== 0) visitor.record(buf, starts, ends, flags, count, line);
      if (i >= n) return n;
      this.line++;
      if (buf[i] === CR) {
        if (i + 1 < n) i = buf[i + 1] === LF ? i + 2 : i + 1;
        else {
          this.skipLF = true;
          i++;
        }
      } else i++;
    }
    return n;
  }

  /** An incomplete record at `recordStart`: kept for the next chunk (returns where it starts). */
  private incomplete(recordStart: number, line: number, n: number): number {
    this.line = line;
    if (n - recordStart > this.maxCellBytes * 4) this.tooLarge(line);
    return recordStart;
  }

  private scanWhitespaceRecord(buf: Uint8Array, from: number, final: boolean): number {
    const n = buf.length;
    const line = this.line;
    let count = 0;
    let i = from;
    for (;;) {
      while (i < n && (buf[i] === SPACE || buf[i] === TAB)) i++;
      if (i === n && !final) return -1;
      if (i === n || buf[i] === LF || buf[i] === CR) {
        if (count === 0) {
          this.starts[0] = i;
          this.ends[0] = i;
          this.flags[0] = 0;
          count = 1;
        }
        return this.finishRecord(buf, i, count, line);
      }
      let j = i;
      while (j < n && buf[j] !== SPACE && buf[j] !== TAB && buf[j] !== LF && buf[j] !== CR) j++;
      if (j === n && !final) return -1;
      if (j - i > this.maxCellBytes) this.tooLarge(line);
      if (count === this.starts.length) this.grow();
      this.starts[count] = i;
      this.ends[count] = j;
      this.flags[count] = 0;
      count++;
      i = j;
    }
  }
}

/** a followed by b, in a new array. */
function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
