import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { ImportLimits } from './import-limits';
import { ParsedColumn, type ParsedMode } from './parsed-column';
import type { PartRows } from './raw-table';
import { RawTableBuilder } from './raw-table-builder';
import { separatorOf, type Delimiter } from './sniff-delimiter';

const CHUNK_BYTES = 1 << 20;

/** Passes bytes [start, end) of a file to `onChunk` in 1 MiB pieces (one buffer, reused: read it before returning). */
export function readRange(file: string, start: number, end: number, onChunk: (chunk: Uint8Array) => void): void {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let at = start; at < end; ) {
      const n = readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, end - at), at);
      if (n === 0) break;
      onChunk(buffer.subarray(0, n));
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** The rows read so far as posted data (the typed arrays are the transfer list). */
function toPart(rows: RawTableBuilder): { part: PartRows; transfer: ArrayBuffer[] } {
  const columns: PartRows['columns'] = rows.columns.map((c) =>
    c instanceof ParsedColumn ? { parsed: c.state() } : { texts: c.state() },
  );
  const part: PartRows = {
    columns,
    rowCount: rows.rowCount,
    lines: rows.rowLines(),
    shortRows: rows.shortRows,
    longRows: rows.longRows,
  };
  const transfer = new Set<ArrayBuffer>([part.lines.buffer as ArrayBuffer]);
  for (const c of columns) {
    const arrays =
      'parsed' in c
        ? [c.parsed.values, c.parsed.forms]
        : [c.texts.codes, c.texts.counts, c.texts.slots, c.texts.hashes, c.texts.starts, c.texts.ends, c.texts.arena];
    for (const a of arrays) transfer.add(a.buffer as ArrayBuffer);
  }
  return { part, transfer: [...transfer] };
}

/** The second part of a plain UTF-8 delimited file, read on another thread with the first part's decisions. */
export interface PartJob {
  file: string;
  /** The part is bytes [start, end) of the file; `start` follows a line feed, `end` is the file's end. */
  start: number;
  end: number;
  delimiter: Delimiter;
  names: string[];
  plan: (ParsedMode | null)[];
  expectedRows: number;
  /** The import's limits (the part alone is held to all of them; the whole table again once joined). */
  limits?: ImportLimits;
}

/** Reads one part of a file into rows that can be posted back (see RawTableBuilder.appendPart). */
export function readPart(
  job: PartJob,
  isCancelled: () => boolean = () => false,
): { part: PartRows; transfer: ArrayBuffer[] } {
  const { names, plan, expectedRows, limits } = job;
  const rows = new RawTableBuilder({ names, plan, expectedRows, limits });
  const scanner = rows.scanner(separatorOf(job.delimiter));
  readRange(job.file, job.start, job.end, (chunk) => {
    if (isCancelled()) throw new AppError('E_CANCELLED', 'The import was cancelled.');
    scanner.push(chunk);
  });
  scanner.end();
  return toPart(rows);
}

/** Runs readPart elsewhere (a helper thread); `cancel` stops it and settles nothing further. */
export type PartReader = (job: PartJob) => { result: Promise<PartRows>; cancel(): void };
