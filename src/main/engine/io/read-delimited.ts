import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';
import { gzipError } from './gzip-error';
import { openByteStream, type ByteStream } from './open-byte-stream';
import { plainSource } from './plain-source';
import { planColumns } from './plan-columns';
import { readRange, type PartJob, type PartReader } from './read-part';
import type { RawTable, RowOptions } from './raw-table';
import { RawTableBuilder } from './raw-table-builder';
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
  return rows.finish(plainSource('csv'));
}

/** Nothing but a BOM, spaces, tabs and line ends. */
function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++)
    if (bytes[i] !== 0x20 && bytes[i] !== 0x09 && bytes[i] !== 0x0a && bytes[i] !== 0x0d) return false;
  return true;
}

/** Decodes chunks to UTF-8: a UTF-8 BOM at the start is dropped (it starts no row, and is no character of a legacy encoding that follows it). */
function decoderFor(encoding: Encoding): (chunk: Buffer) => Buffer {
  const decoder = encoding === 'utf-8' ? null : iconv.getDecoder(encoding);
  let atStart = true;
  return (chunk) => {
    if (atStart && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    atStart = false;
    return decoder ? Buffer.from(decoder.write(chunk), 'utf8') : chunk;
  };
}

/** What the first bytes decided: encoding, delimiter, the rows being built and their scanner, and a second part under way. */
interface Started {
  encoding: Encoding;
  delimiter: Delimiter;
  decode: (chunk: Buffer) => Buffer;
  rows: RawTableBuilder;
  scanner: DelimitedScanner;
  parts: Parts | null;
}

/**
 * The typed fast path for a whole file: the columns the sample shows to be plain numbers or ISO
 * dates are read straight into doubles, and a large plain UTF-8 file's second part is started
 * on another thread before this one scans its first chunk, so both get going at once.
 */
function fastPath(
  text: Buffer,
  started: Pick<Started, 'encoding' | 'delimiter' | 'rows'>,
  input: string | ByteStream,
  source: ByteStream,
  firstBytes: number,
  options: DelimitedOptions,
): { rows: RawTableBuilder; parts: Parts | null } {
  let { rows } = started;
  const head = sampleTable(text.subarray(0, SAMPLE_BYTES), separatorOf(started.delimiter), options.header);
  const plan = head ? planColumns(head, new Set(options.keepText)) : [];
  if (plan.some((mode) => mode !== null))
    rows = new RawTableBuilder({ ...options, plan, expectedRows: rows.expectedRows });
  const split =
    head &&
    typeof input === 'string' &&
    options.readPart &&
    source.compression === null &&
    started.encoding === 'utf-8' &&
    source.size >= PARALLEL_MIN_BYTES
      ? findSplit(input, source.size, firstBytes)
      : null;
  if (split === null) return { rows, parts: null };
  const share = (source.size - split) / source.size;
  const job: PartJob = {
    file: input as string,
    start: split,
    end: source.size,
    delimiter: started.delimiter,
    names: head!.names,
    plan,
    expectedRows: Math.ceil(rows.expectedRows * share),
    limits: options.limits,
  };
  return { rows, parts: { job, other: options.readPart!(job) } };
}

/** Decides encoding and delimiter from the first bytes (64 KiB or the whole file), and starts scanning them. */
function start(
  first: Buffer,
  input: string | ByteStream,
  source: ByteStream,
  options: DelimitedOptions,
  fast: boolean,
): Started {
  const encoding = options.encoding ?? sniffEncoding(first, false).encoding;
  const decode = decoderFor(encoding);
  const text = decode(first);
  let rows = new RawTableBuilder(options);
  if (source.compression === null && text.length > 0) {
    let lines = 0;
    for (let at = text.indexOf(10); at !== -1; at = text.indexOf(10, at + 1)) lines++;
    if (lines > 0) rows.expectedRows = Math.ceil((source.size / (first.length / lines)) * 1.05);
  }
  if (text.includes(0)) throw new AppError('E_NOT_TABULAR', 'The file holds binary data, not text rows.');
  const delimiter = options.delimiter ?? sniffDelimiter(text.subarray(0, SAMPLE_BYTES));
  let parts: Parts | null = null;
  if (fast) ({ rows, parts } = fastPath(text, { encoding, delimiter, rows }, input, source, first.length, options));
  const scanner = rows.scanner(separatorOf(delimiter));
  scanner.push(text);
  return { encoding, delimiter, decode, rows, scanner, parts };
}

/** Streams the file through the scanner (in two parts at once where that was started). */
async function scanAll(
  input: string | ByteStream,
  source: ByteStream,
  options: DelimitedOptions,
  fast: boolean,
): Promise<Started> {
  let started: Started | null = null;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of source.stream) {
    if (options.isCancelled?.()) throw new AppError('E_CANCELLED', 'The import was cancelled.');
    if (!started) {
      pending.push(chunk as Buffer);
      pendingBytes += (chunk as Buffer).length;
      if (pendingBytes < SAMPLE_BYTES) continue;
      started = start(Buffer.concat(pending), input, source, options, fast);
      pending = [];
      if (started.parts) {
        if (pendingBytes < started.parts.job.start) break;
        // The first chunk reached past the split: this thread reads on alone.
        started.parts.other.cancel();
        started.parts = null;
      }
    } else if (!started.rows.full) {
      started.scanner.push(started.decode(chunk as Buffer));
    }
    options.onProgress?.(source.size ? source.read() / source.size : 0);
    // A preview of a .gz still inflates the rest (without parsing it): a cut or corrupt stream shows now, not at import.
    if (started.rows.full && source.compression !== 'gzip') break;
  }
  if (!started) {
    const all = Buffer.concat(pending);
    if (isBlank(all)) throw new AppError('E_EMPTY_FILE', 'The file is empty.');
    started = start(all, input, source, options, fast);
  }
  if (started.parts) await finishInParts(started.scanner, started.rows, pendingBytes, started.parts, options);
  else started.scanner.end();
  return started;
}

/** An error while reading, as the AppError the user sees. */
function readError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return gzipError(err) ?? new AppError('E_READ_FAILED', `The file could not be read: ${(err as Error).message}`);
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
  let started: Started;
  try {
    started = await scanAll(input, source, options, fast);
  } catch (err) {
    throw readError(err);
  } finally {
    source.close();
  }
  const table = started.rows.finish({
    format: 'csv',
    compression: source.compression,
    encoding: started.encoding,
    delimiter: started.delimiter,
    sheet: null,
    sheets: [],
  });
  if (!table) throw new AppError('E_EMPTY_FILE', 'The file has no rows.');
  return table;
}
