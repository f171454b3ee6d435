import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';
import { DictionaryBuilder } from './dictionary-builder';
import { openByteStream } from './open-byte-stream';
import { DelimitedScanner, ESCAPED, fieldText } from './scan-delimited';
import { separatorOf, sniffDelimiter, type Delimiter } from './sniff-delimiter';
import { sniffEncoding, type Encoding } from './sniff-encoding';
import { detectDateFormat } from './types/parse-date';
import { detectNumberFormat } from './types/parse-number';
import { uniqueNames } from './unique-names';

export interface DelimitedOptions {
  /** Overrides the detected encoding. */
  encoding?: Encoding;
  /** Overrides the detected delimiter. */
  delimiter?: Delimiter;
  /** Overrides header detection: true = the first record names the columns. */
  header?: boolean;
  /** Stop after this many data rows (the preview). */
  maxRows?: number;
  onProgress?: (fraction: number) => void;
  isCancelled?: () => boolean;
}

export interface RowIssue {
  count: number;
  /** Source line numbers of the first few rows with the problem. */
  lines: number[];
}

/** A delimited file read into one dictionary-coded column per header name. */
export interface RawTable {
  encoding: Encoding;
  delimiter: Delimiter;
  header: boolean;
  compression: 'gzip' | null;
  names: string[];
  rowCount: number;
  columns: DictionaryBuilder[];
  /** The source line each row starts on. */
  lines: Int32Array;
  /** Rows with fewer fields than the header (padded with nulls) or more (extra fields dropped). */
  shortRows: RowIssue;
  longRows: RowIssue;
  /** The data ended before the file did (maxRows). */
  truncated: boolean;
}

const SAMPLE_BYTES = 1 << 16;
const EXAMPLES = 3;

/** A first record that holds a number or a date is data, not a header. */
function looksLikeData(fields: string[]): boolean {
  return fields.some((f) => f.trim() !== '' && (detectNumberFormat([f.trim()]) !== null || detectDateFormat([f.trim()]) !== null));
}

function note(issue: RowIssue, line: number): void {
  issue.count++;
  if (issue.lines.length < EXAMPLES) issue.lines.push(line);
}

/**
 * Reads CSV / TSV / whitespace-aligned text, plain or gzip-compressed, in any supported
 * encoding: sniffs encoding and delimiter from the first 64 KiB, transcodes to UTF-8 in
 * streaming chunks, and scans bytes into dictionary-coded columns without one string per cell.
 */
export async function readDelimited(file: string, options: DelimitedOptions = {}): Promise<RawTable> {
  const source = openByteStream(file);
  let encoding: Encoding | undefined;
  let delimiter: Delimiter | undefined;
  let header = false;
  let decode: ((chunk: Buffer) => Buffer) | null = null;
  let scanner: DelimitedScanner | null = null;
  let names: string[] | null = null;
  let columns: DictionaryBuilder[] = [];
  let lines = new Int32Array(1024);
  let rowCount = 0;
  let truncated = false;
  const shortRows: RowIssue = { count: 0, lines: [] };
  const longRows: RowIssue = { count: 0, lines: [] };
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  let scratch = new Uint8Array(256);

  const addCell = (column: DictionaryBuilder, bytes: Uint8Array, start: number, end: number, flags: number) => {
    if (!(flags & ESCAPED)) {
      column.add(bytes, start, end);
      return;
    }
    if (scratch.length < end - start) scratch = new Uint8Array(end - start);
    let n = 0;
    for (let i = start; i < end; i++) {
      scratch[n++] = bytes[i];
      if (bytes[i] === 34 && bytes[i + 1] === 34) i++;
    }
    column.add(scratch, 0, n);
  };

  const onRecord = (bytes: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number, line: number) => {
    if (names === null) {
      const fields = Array.from({ length: count }, (_, i) => fieldText(bytes, starts[i], ends[i], flags[i]));
      header = options.header ?? !looksLikeData(fields);
      names = header ? uniqueNames(fields) : uniqueNames(fields.map(() => ''));
      columns = names.map(() => new DictionaryBuilder());
      if (header) return;
    }
    if (rowCount >= maxRows) {
      truncated = true;
      return;
    }
    const width = columns.length;
    if (count < width) note(shortRows, line);
    else if (count > width) note(longRows, line);
    const n = Math.min(count, width);
    for (let c = 0; c < n; c++) addCell(columns[c], bytes, starts[c], ends[c], flags[c]);
    for (let c = n; c < width; c++) columns[c].addNull();
    if (rowCount === lines.length) {
      const next = new Int32Array(lines.length * 2);
      next.set(lines);
      lines = next;
    }
    lines[rowCount++] = line;
  };

  const start = (sample: Buffer): DelimitedScanner => {
    const guess = sniffEncoding(sample, false);
    encoding = options.encoding ?? guess.encoding;
    if (encoding === 'utf-8') {
      let first = true;
      decode = (chunk) => {
        if (first) {
          first = false;
          if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return chunk.subarray(3);
        }
        return chunk;
      };
    } else {
      const decoder = iconv.getDecoder(encoding);
      decode = (chunk) => Buffer.from(decoder.write(chunk), 'utf8');
    }
    const text = decode(sample);
    delimiter = options.delimiter ?? sniffDelimiter(text);
    const created = new DelimitedScanner(separatorOf(delimiter), { record: onRecord });
    created.push(text);
    return created;
  };

  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of source.stream) {
      if (options.isCancelled?.()) throw new AppError('E_CANCELLED', 'The import was cancelled.');
      if (!scanner) {
        pending.push(chunk as Buffer);
        pendingBytes += (chunk as Buffer).length;
        if (pendingBytes < SAMPLE_BYTES) continue;
        scanner = start(Buffer.concat(pending));
        pending = [];
      } else {
        scanner.push(decode!(chunk as Buffer));
      }
      options.onProgress?.(source.size ? source.read() / source.size : 0);
      if (truncated) break;
    }
    if (!scanner) {
      const all = Buffer.concat(pending);
      if (all.length === 0) throw new AppError('E_EMPTY_FILE', 'The file is empty.');
      scanner = start(all);
    }
    scanner.end();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw new AppError('E_READ_FAILED', 'The compressed file is damaged.');
    throw new AppError('E_READ_FAILED', `The file could not be read: ${(err as Error).message}`);
  } finally {
    source.close();
  }
  if (names === null) throw new AppError('E_EMPTY_FILE', 'The file has no rows.');
  return {
    encoding: encoding!,
    delimiter: delimiter!,
    compression: source.gzip ? 'gzip' : null,
    header,
    names,
    rowCount,
    columns,
    lines: lines.subarray(0, rowCount),
    shortRows,
    longRows,
    truncated,
  };
}
