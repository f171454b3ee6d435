import { createReadStream, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { AppError } from '../../../shared/errors';
import { createCsvParser } from './csv-parser';
import { uniqueNames } from './unique-names';

/** A parsed file before typing: header names and one array of cell texts per column. */
export interface TextTable {
  names: string[];
  columns: string[][];
  rowCount: number;
}

export interface ReadOptions {
  delimiter?: string;
  /** Called with the fraction of bytes read. */
  onProgress?: (fraction: number) => void;
  /** Polled between chunks; a true answer stops the read with E_CANCELLED. */
  isCancelled?: () => boolean;
}

/** Reads a UTF-8 CSV file with a header row, streaming, into text columns. */
export async function fromCsv(file: string, options: ReadOptions = {}): Promise<TextTable> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('E_FILE_NOT_FOUND', `File not found: ${file}`);
  }
  if (size === 0) throw new AppError('E_EMPTY_FILE', 'The file is empty.');

  let names: string[] | null = null;
  let columns: string[][] = [];
  let rowCount = 0;
  const parser = createCsvParser((fields) => {
    if (names === null) {
      names = uniqueNames(fields);
      columns = names.map(() => []);
      return;
    }
    if (fields.length > columns.length) {
      throw new AppError('E_BAD_CSV', `Row ${rowCount + 2} has ${fields.length} fields; the header has ${columns.length}.`, {
        row: rowCount + 2,
      });
    }
    for (let c = 0; c < columns.length; c++) columns[c].push(fields[c] ?? '');
    rowCount++;
  }, options.delimiter ?? ',');

  const decoder = new StringDecoder('utf8');
  let read = 0;
  let first = true;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
    if (options.isCancelled?.()) throw new AppError('E_CANCELLED', 'Cancelled');
    let text = decoder.write(chunk as Buffer);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    parser.push(text);
    read += (chunk as Buffer).length;
    options.onProgress?.(read / size);
  }
  parser.push(decoder.end());
  parser.end();
  if (names === null) throw new AppError('E_EMPTY_FILE', 'The file has no header row.');
  return { names, columns, rowCount };
}
