import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';
import { openByteStream, type ByteStream } from './open-byte-stream';
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
}

const SAMPLE_BYTES = 1 << 16;

/**
 * Reads CSV / TSV / whitespace-aligned text, plain or gzip-compressed, in any supported
 * encoding: sniffs encoding and delimiter from the first 64 KiB, transcodes to UTF-8 in
 * streaming chunks, and scans bytes into dictionary-coded columns without one string per cell.
 */
export async function readDelimited(input: string | ByteStream, options: DelimitedOptions = {}): Promise<RawTable> {
  const source = typeof input === 'string' ? openByteStream(input) : input;
  const rows = new RawTableBuilder(options);
  let encoding: Encoding | undefined;
  let delimiter: Delimiter | undefined;
  let decode: ((chunk: Buffer) => Buffer) | null = null;
  let scanner: DelimitedScanner | null = null;

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
    if (!source.gzip && text.length > 0) {
      let lines = 0;
      for (let i = 0; i < text.length; i++) if (text[i] === 10) lines++;
      if (lines > 0) rows.expectedRows = Math.ceil((source.size / (sample.length / lines)) * 1.05);
    }
    if (text.includes(0)) throw new AppError('E_NOT_TABULAR', 'The file holds binary data, not text rows.');
    delimiter = options.delimiter ?? sniffDelimiter(text);
    const created = new DelimitedScanner(separatorOf(delimiter), {
      record: (bytes, starts, ends, flags, count, line) => rows.addRecord(bytes, starts, ends, flags, count, line),
    });
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
      if (rows.full) break;
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
