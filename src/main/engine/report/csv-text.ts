import iconv from 'iconv-lite';
import type { ExportEncoding } from '../../../shared/exports';

/** A cell of an export: text, a number, or nothing. */
export type Cell = string | number | null;

/** A text that is a plain number (-12.5, +8613812345678): Excel reads it as a number, never as a formula. */
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Neutralises a text cell against formula injection (OWASP "CSV injection"): a text beginning
 * with = + - @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it
 * as text instead of running it. Numbers, and texts that are plain numbers, are left alone.
 */
export function neutralizeFormula(text: string): string {
  if (text === '' || !'=+-@\t\r'.includes(text[0])) return text;
  return NUMBER_TEXT.test(text) ? text : `'${text}`;
}

/** One CSV cell (RFC 4180): quoted when it holds the delimiter, a quote or a line break; quotes doubled. */
export function csvCell(value: Cell, delimiter: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralizeFormula(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: CRLF line ends (RFC 4180), a line ending the last row. */
export function csvText(rows: Iterable<readonly Cell[]>, delimiter: string): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map((v) => csvCell(v, delimiter)).join(delimiter));
  return lines.length ? `${lines.join('\r\n')}\r\n` : '';
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Text in an export encoding, without a byte-order mark: UTF-8, GBK or GB18030. `replaced` counts
 * the characters GBK cannot hold (written as "?"); GB18030 and UTF-8 hold every character.
 */
function encodeChunk(text: string, encoding: ExportEncoding): { bytes: Buffer; replaced: number } {
  if (encoding === 'utf8') return { bytes: Buffer.from(text, 'utf8'), replaced: 0 };
  const bytes = iconv.encode(text, encoding);
  let replaced = 0;
  if (encoding === 'gbk') {
    // Characters GBK lacks come back as "?" where the text had something else.
    const back = iconv.decode(bytes, encoding);
    if (back !== text) {
      const a = Array.from(text);
      const b = Array.from(back);
      for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i] && b[i] === '?') replaced++;
    }
  }
  return { bytes, replaced };
}

/**
 * Text in an export encoding: UTF-8 with a byte-order mark (Excel then reads it as UTF-8), GBK
 * or GB18030; `replaced` as in encodeChunk.
 */
export function encodeText(text: string, encoding: ExportEncoding): { bytes: Buffer; replaced: number } {
  const { bytes, replaced } = encodeChunk(text, encoding);
  return { bytes: encoding === 'utf8' ? Buffer.concat([BOM, bytes]) : bytes, replaced };
}

/**
 * Rows encoded per line-aligned chunk: a CSV file's bytes as they stream, never the whole text at
 * once. UTF-8 begins with a byte-order mark unless `bom` is false (an upload file for a tool that
 * reads a BOM as part of its first header).
 */
export function* csvChunks(
  rows: Iterable<readonly Cell[]>,
  delimiter: string,
  encoding: ExportEncoding,
  rowsPerChunk = 8192,
  bom = true,
): Generator<{ bytes: Buffer; replaced: number }> {
  if (encoding === 'utf8' && bom) yield { bytes: BOM, replaced: 0 };
  let lines: string[] = [];
  const flush = () => {
    const chunk = encodeChunk(`${lines.join('\r\n')}\r\n`, encoding);
    lines = [];
    return chunk;
  };
  for (const row of rows) {
    lines.push(row.map((v) => csvCell(v, delimiter)).join(delimiter));
    if (lines.length >= rowsPerChunk) yield flush();
  }
  if (lines.length) yield flush();
}
