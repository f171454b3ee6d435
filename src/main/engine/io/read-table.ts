import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AppError } from '../../../shared/errors';
import { detectContainer } from './detect-format';
import { memoryByteStream, readHead } from './open-byte-stream';
import type { RawTable } from './raw-table';
import { readArrow } from './read-arrow';
import { readDelimited, type DelimitedOptions } from './read-delimited';
import { readParquet } from './read-parquet';
import { readXls } from './read-xls';
import { MAX_UNZIPPED_BYTES, unzipEntries, type ZipEntry } from './unzip-entries';
import { readXlsx } from './xlsx/read-xlsx';

export interface ReadOptions extends DelimitedOptions {
  /** Workbook sheet. */
  sheet?: string;
}

const SPREADSHEET = new Set(['.xlsx', '.xlsm', '.xls']);
const IGNORED_IN_ZIP = /(^|\/)(__MACOSX\/|\.)/;

function expectedFormatError(name: string): AppError | null {
  const ext = extname(name.replace(/\.gz$/i, '')).toLowerCase();
  if (SPREADSHEET.has(ext))
    return new AppError('E_BAD_XLSX', `${basename(name)} is not an Excel workbook (it is not a zip or an .xls file).`);
  if (ext === '.parquet')
    return new AppError('E_BAD_PARQUET', `${basename(name)} is not a Parquet file (no PAR1 magic).`);
  if (ext === '.arrow' || ext === '.feather')
    return new AppError('E_BAD_ARROW', `${basename(name)} is not an Arrow IPC file.`);
  return null;
}

/** Reads a table held in memory (a file from a zip or a decompressed gzip). */
async function readBytes(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions,
  compression: 'gzip' | 'zip' | null,
): Promise<RawTable> {
  const container = detectContainer(bytes.subarray(0, 8));
  let table: RawTable;
  switch (container) {
    case 'zip': {
      let entries: ZipEntry[];
      try {
        entries = unzipEntries(bytes, () => false).entries;
      } catch (err) {
        // A damaged .xlsx is a damaged workbook to the user, not a damaged archive.
        if (err instanceof AppError && err.code === 'E_BAD_ZIP' && SPREADSHEET.has(extname(name).toLowerCase())) {
          throw new AppError('E_BAD_XLSX', `The workbook is damaged: ${err.message}`);
        }
        throw err;
      }
      // A binary workbook (XLSB) is read by SheetJS; any other workbook by streaming its XML.
      if (entries.some((e) => e.name === 'xl/workbook.bin')) {
        table = readXls(bytes, options, 'xlsx');
        break;
      }
      if (entries.some((e) => e.name === 'xl/workbook.xml' || e.name === '[Content_Types].xml')) {
        table = readXlsx(bytes, options);
        break;
      }
      if (compression !== null) throw new AppError('E_BAD_ZIP', 'An archive inside an archive is not read.');
      const data = entries.filter((e) => !IGNORED_IN_ZIP.test(e.name));
      if (data.length !== 1) {
        throw new AppError(
          'E_BAD_ZIP',
          `The archive holds ${data.length} files; it must hold exactly one table file.`,
          { files: data.map((e) => e.name) },
        );
      }
      const inner = unzipEntries(bytes, (n) => n === data[0].name).files[data[0].name];
      return readBytes(inner, data[0].name, options, 'zip');
    }
    case 'ole2':
      table = readXls(bytes, options);
      break;
    case 'parquet':
      table = await readParquet(bytes, options);
      break;
    case 'arrow-file':
    case 'arrow-stream':
      table = readArrow(bytes, options);
      break;
    case 'gzip': {
      if (compression !== null) throw new AppError('E_BAD_ZIP', 'An archive inside an archive is not read.');
      let inner: Uint8Array;
      try {
        inner = gunzipSync(bytes, { maxOutputLength: MAX_UNZIPPED_BYTES });
      } catch {
        throw new AppError('E_READ_FAILED', 'The compressed file is damaged or too large.');
      }
      return readBytes(inner, name.replace(/\.gz$/i, ''), options, 'gzip');
    }
    default: {
      const wrong = expectedFormatError(name);
      if (wrong) throw wrong;
      table = await readDelimited(memoryByteStream(bytes), options);
    }
  }
  return { ...table, compression };
}

/**
 * Reads any supported file into raw columns, deciding the format from the bytes: CSV/TSV/TXT
 * (streamed, also inside .gz), XLSX/XLS, Parquet, Arrow IPC/Feather, or a .zip holding one
 * such file. A name that promises a format the bytes do not have is a specific error.
 */
export async function readTable(file: string, options: ReadOptions = {}): Promise<RawTable> {
  const table = await readAnyTable(file, options);
  if (table.rowCount === 0 && options.maxRows !== 0) {
    throw new AppError('E_EMPTY_FILE', 'The file has column names but no rows.', {
      columns: table.names.length,
      sheet: table.sheet,
      sheets: table.sheets,
    });
  }
  return table;
}

async function readAnyTable(file: string, options: ReadOptions): Promise<RawTable> {
  const head = readHead(file, 8);
  if (head.length === 0) throw new AppError('E_EMPTY_FILE', 'The file is empty.');
  const container = detectContainer(head);
  if (container === 'text') {
    const wrong = expectedFormatError(file);
    if (wrong) throw wrong;
    return readDelimited(file, options);
  }
  if (container === 'gzip') {
    // Text inside gzip streams; other formats are decompressed in memory.
    const inner = extname(file.replace(/\.gz$/i, '')).toLowerCase();
    if (!SPREADSHEET.has(inner) && inner !== '.parquet' && inner !== '.arrow' && inner !== '.feather')
      return readDelimited(file, options);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new AppError('E_READ_FAILED', `The file could not be read: ${(err as Error).message}`);
  }
  return readBytes(bytes, basename(file), options, null);
}
