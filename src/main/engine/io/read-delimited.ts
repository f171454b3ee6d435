import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';
import { openByteStream, type ByteStream } from './open-byte-stream';
import type { ParsedMode } from './parsed-column';
import { planColumns } from './plan-columns';
import { readRange, type PartJob, type PartReader } from './read-part';
import { RawTableBuilder, type RawTable, type RowOptions } from './raw-table';
import { DelimitedScanner } from './scan-delimited';
import { separatorOf, sniffDelimiter, type Delimiter } from './sniff-delimiter';
import { sniffEncoding, type Encoding } from './sniff-encoding';

export type { RawTable, RowIssue } from './raw-table';

export interface DelimitedOptions extends RowOptions {
  /** Overrides the detected encoding. */
  encoding?: Encoding;
  /** Overrides the detected delimiter. */
  delimiter?: Delimiter;
  onProgress?: (fraction: number) => void;
  isCancelled?: () => boolean;
  /** Columns the user typed by hand: read as cell texts, never on the typed fast path. */
  keepText?: readonly string[];
  /** false: every column as cell texts (the general path the fast path must agree with). */
  fastPath?: boolean;
  /** Reads the second half of a large plain UTF-8 file on another thread (see finishInParts). */
  readPart?: PartReader;
}

const SAMPLE_BYTES = 1 << 16;
/** Files from this size on are read in two parts at once when a second thread is offered. */
export const PARALLEL_MIN_BYTES = 8 << 20;

/** The other thread's share of the bytes left (it is started ahead and loaded, so it starts at once: half). */
const PART_SHARE = 0.5;

/** Where the second part of a file starts: just after the first line feed past the cut; null when there is none. */
function findSplit(file: string, size: number, after: number): number | null {
  let split: number | null = null;
  const middle = Math.floor(size - (size - after) * PART_SHARE);
  readRange(file, middle, Math.min(size, middle + SAMPLE_BYTES), (chunk) => {
    const lf = chunk.indexOf(10);
    if (split === null && lf >= 0) split = middle + lf + 1;
  });
  return split !== null && split > after && split < size ? split : null;
}

/** A second part of the file, and its reader, already under way. */
interface Parts {
  job: PartJob;
  other: ReturnType<PartReader>;
}

/**
 * Reads the rest of a file in two parts at once: this thread scans from `from` to `job.start`
 * while `readPart` scans from there to the end with the same names and plan. The split is a
 * guess — a line feed inside a quoted cell would be a wrong one — so it is kept only when this
 * thread's scan ends exactly there, on a record boundary; otherwise (or when the other part
 * failed, so the error names the right line) this thread reads the second part itself.
 */
async function finishInParts(
  scanner: DelimitedScanner,
  rows: RawTableBuilder,
  from: number,
  { job, other }: Parts,
  options: DelimitedOptions,
): Promise<void> {
  const push = (chunk: Uint8Array) => {
    if (options.isCancelled?.()) throw new AppError('E_CANCELLED', 'The import was cancelled.');
    scanner.push(chunk);
  };
  try {
    let read = from;
    readRange(job.file, from, job.start, (chunk) => {
      push(chunk);
      read += chunk.length;
      options.onProgress?.(read / job.start);
    });
  } catch (err) {
    other.cancel();
    throw err;
  }
  if (scanner.idle) {
    try {
      rows.appendPart(await other.result, scanner.nextLine - 1);
      return;
    } catch (err) {
      if (err instanceof AppError && err.code === 'E_CANCELLED') throw err;
    }
  } else other.cancel();
  readRange(job.file, job.start, job.end, push);
  scanner.end();
}

/** The rows of the sample (complete records only) as a raw table of cell texts. */
function sampleTable(
  text: Uint8Array,
  separator: ReturnType<typeof separatorOf>,
  header: boolean | undefined,
): RawTable | null {
  const rows = new RawTableBuilder({ header });
  rows.scanner(separator).push(text);
  return rows.finish({ format: 'csv', compression: null, encoding: null, delimiter: null, sheet: null, sheets: [] });
}

/** Nothing but a BOM, spaces, tabs and line ends. */
function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++)
    if (bytes[i] !== 0x20 && bytes[i] !== 0x09 && bytes[i] !== 0x0a && bytes[i] !== 0x0d) return false;
  return true;
}

/**
 * Reads CSV / TSV / whitespace-aligned text, plain or gzip-compressed, in any supported
 * encoding: sniffs encoding and delimiter from the first 64 KiB, transcodes to UTF-8 in
 * streaming chunks, and scans bytes into dictionary-coded columns without one string per cell (or, for the
 * columns the first rows show to be plain numbers or ISO dates, straight into doubles).
 */
export async function readDelimited(input: string | ByteStream, options: DelimitedOptions = {}): Promise<RawTable> {
  const source = typeof input === 'string' ? openByteStream(input) : input;
  // A whole file (not a preview) is read on the typed fast path where its first rows allow it.
  const fast = options.maxRows === undefined && options.fastPath !== false;
  let rows = new RawTableBuilder(options);

  let encoding: Encoding | undefined;
  let delimiter: Delimiter | undefined;
  let decode: ((chunk: Buffer) => Buffer) | null = null;
  let scanner: DelimitedScanner | null = null;
  let plan: (ParsedMode | null)[] = [];
  // Set inside start() (a closure TypeScript does not follow), hence the explicit type.
  let parts = null as Parts | null;

  const start = (first: Buffer): DelimitedScanner => {
    const guess = sniffEncoding(first, false);
    encoding = options.encoding ?? guess.encoding;
    const decoder = encoding === 'utf-8' ? null : iconv.getDecoder(encoding);
    let atStart = true;
    decode = (chunk) => {
      // A UTF-8 BOM starts no row, and is not a character of a legacy encoding that follows it.
      if (atStart && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      atStart = false;
      return decoder ? Buffer.from(decoder.write(chunk), 'utf8') : chunk;
    };
    const text = decode(first);
    if (!source.gzip && text.length > 0) {
      let lines = 0;
      for (let at = text.indexOf(10); at !== -1; at = text.indexOf(10, at + 1)) lines++;
      if (lines > 0) rows.expectedRows = Math.ceil((source.size / (first.length / lines)) * 1.05);
    }
    if (text.includes(0)) throw new AppError('E_NOT_TABULAR', 'The file holds binary data, not text rows.');
    delimiter = options.delimiter ?? sniffDelimiter(text.subarray(0, SAMPLE_BYTES));
    if (fast) {
      const head = sampleTable(text.subarray(0, SAMPLE_BYTES), separatorOf(delimiter), options.header);
      plan = head ? planColumns(head, new Set(options.keepText)) : [];
      if (plan.some((mode) => mode !== null)) {
        rows = new RawTableBuilder({ ...options, plan, expectedRows: rows.expectedRows });
      }
      // The other part starts before this thread scans its first chunk, so both get going at once.
      const split =
        head &&
        typeof input === 'string' &&
        options.readPart &&
        !source.gzip &&
        encoding === 'utf-8' &&
        source.size >= PARALLEL_MIN_BYTES
          ? findSplit(input, source.size, first.length)
          : null;
      if (split !== null) {
        const share = (source.size - split) / source.size;
        const job: PartJob = {
          file: input as string,
          start: split,
          end: source.size,
          delimiter,
          names: head!.names,
          plan,
          expectedRows: Math.ceil(rows.expectedRows * share),
        };
        parts = { job, other: options.readPart!(job) };
      }
    }
    const created = rows.scanner(separatorOf(delimiter));
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
        if (parts) {
          if (pendingBytes < parts.job.start) break;
          // The first chunk reached past the split: this thread reads on alone.
          parts.other.cancel();
          parts = null;
        }
      } else {
        scanner.push(decode!(chunk as Buffer));
      }
      options.onProgress?.(source.size ? source.read() / source.size : 0);
      if (rows.full) break;
    }
    if (!scanner) {
      const all = Buffer.concat(pending);
      if (isBlank(all)) throw new AppError('E_EMPTY_FILE', 'The file is empty.');
      scanner = start(all);
    }
    if (parts) await finishInParts(scanner, rows, pendingBytes, parts, options);
    else scanner.end();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
      throw new AppError('E_READ_FAILED', 'The compressed file is damaged.');
    throw new AppError('E_READ_FAILED', `The file could not be read: ${(err as Error).message}`);
  } finally {
    source.close();
  }
  const table = rows.finish({
    format: 'csv',
    compression: source.gzip ? 'gzip' : null,
    encoding: encoding!,
    delimiter: delimiter!,
    sheet: null,
    sheets: [],
  });
  if (!table) throw new AppError('E_EMPTY_FILE', 'The file has no rows.');
  return table;
}
