import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { checkGzip } from './check-gzip';
import { gzipError } from './gzip-error';
import { detectContainer, type Container } from './detect-format';
import { IMPORT_LIMITS, tooManyBytes } from './import-limits';
import { openByteStream, readHead, type ByteStream } from './open-byte-stream';
import { peekStream } from './peek-stream';
import type { RawTable } from './raw-table';
import { readDelimited, type DelimitedOptions } from './read-delimited';
import { readWholeFile, readWholeStream } from './read-whole';
import { declaredBytes, refuseBombs, refuseLargeWorkbook, verifyEntries } from './unzip-entries';
import { zipDirectory, zipDirectoryOfBytes } from './zip-directory';
import { zipEntryStream } from './zip-entry-stream';

export interface ReadOptions extends DelimitedOptions {
  /** Workbook sheet. */
  sheet?: string;
}

const limitsOf = (options: ReadOptions) => options.limits ?? IMPORT_LIMITS;
const XLS = 'an .xls workbook';
const SPREADSHEET = new Set(['.xlsx', '.xlsm', '.xls']);
const IGNORED_IN_ZIP = /(^|\/)(__MACOSX\/|\.)/;
const XLSB_PART = 'xl/workbook.bin';
const WORKBOOK_PARTS = new Set(['xl/workbook.xml', XLSB_PART, '[Content_Types].xml']);

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

/** Reads a table held in memory: a file read whole, or unpacked from .gz or .zip. */
async function readBytes(
  bytes: Uint8Array,
  container: Container,
  name: string,
  options: ReadOptions,
): Promise<RawTable> {
  switch (container) {
    case 'zip':
      // A workbook inside .gz, read from memory.
      if (!SPREADSHEET.has(extname(name).toLowerCase()))
        throw new AppError('E_BAD_ZIP', 'An archive inside an archive is not read.');
      return readWorkbook(bytes, xlsbInside(bytes), options);
    case 'ole2':
      if (bytes.length > limitsOf(options).xlsBytes)
        throw tooManyBytes(XLS, limitsOf(options).xlsBytes, bytes.length, true);
      return (await import('./read-xls')).readXls(bytes, options);
    case 'parquet':
      return (await import('./read-parquet')).readParquet(bytes, options);
    case 'arrow-file':
    case 'arrow-stream':
      return (await import('./read-arrow')).readArrow(bytes, options);
    default:
      throw new AppError('E_BAD_ZIP', 'An archive inside an archive is not read.');
  }
}

/** Whether a workbook held in memory is a binary one (XLSB); any damage is left to the reader. */
function xlsbInside(bytes: Uint8Array): boolean {
  try {
    return zipDirectoryOfBytes(bytes).some((e) => e.name === XLSB_PART);
  } catch {
    return false;
  }
}

/**
 * An XLSX workbook is read by streaming its XML, part by part, with its own caps (shared
 * strings, workbook parts) and the table budget; a binary workbook (XLSB) by SheetJS, which holds
 * it whole: capped by what its parts declare.
 */
async function readWorkbook(bytes: Uint8Array, xlsb: boolean, options: ReadOptions): Promise<RawTable> {
  // The readers are loaded for the first workbook (SheetJS's code pages alone take 170 ms to load).
  if (!xlsb) return (await import('./xlsx/read-xlsx')).readXlsx(bytes, options);
  refuseLargeWorkbook(declaredBytes(bytes), limitsOf(options).xlsxBytes);
  return (await import('./read-xls')).readXls(bytes, options, 'xlsx');
}

/**
 * Reads the file a .gz or .zip holds, as it is unpacked: text streams through the CSV reader;
 * any other format is gathered in memory up to the limit for files read whole.
 */
async function readUnpacked(packed: ByteStream, name: string, options: ReadOptions): Promise<RawTable> {
  const { head, source } = await peekStream(packed, 8).catch((err: unknown) => {
    packed.close();
    throw unpackError(err);
  });
  const container = detectContainer(head);
  const wrong = container === 'text' ? expectedFormatError(name) : null;
  if (wrong || container === 'gzip') {
    source.close();
    throw wrong ?? new AppError('E_BAD_ZIP', 'An archive inside an archive is not read.');
  }
  if (container === 'text') return readDelimited(source, options);
  const bytes = await readWholeStream(source, limitsOf(options).wholeFileBytes).catch((err: unknown) => {
    throw unpackError(err);
  });
  return { ...(await readBytes(bytes, container, name, options)), compression: packed.compression };
}

/** A damaged gzip stream's error as the user's; the zip reader's own errors pass as they are. */
function unpackError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return gzipError(err) ?? new AppError('E_READ_FAILED', `The compressed file is damaged: ${(err as Error).message}`);
}

/** Reads a .zip (or a workbook, which is one): its one table file, streamed and checked against what it declares. */
async function readZip(file: string, options: ReadOptions): Promise<RawTable> {
  const workbook = SPREADSHEET.has(extname(file).toLowerCase());
  try {
    const zip = zipDirectory(file);
    refuseBombs(zip);
    if (zip.entries.some((e) => WORKBOOK_PARTS.has(e.name))) {
      const xlsb = zip.entries.some((e) => e.name === XLSB_PART);
      // SheetJS trusts the declared sizes: the parts are checked first. The XML reader checks each part as it inflates it.
      if (xlsb) await verifyEntries(zip);
      return await readWorkbook(readWholeFile(file, limitsOf(options).wholeFileBytes), xlsb, options);
    }
    const data = zip.entries.filter((e) => !IGNORED_IN_ZIP.test(e.name));
    if (data.length !== 1) {
      throw new AppError('E_BAD_ZIP', `The archive holds ${data.length} files; it must hold exactly one table file.`, {
        files: data.map((e) => e.name),
      });
    }
    return await readUnpacked(zipEntryStream(zip, data[0]), data[0].name, options);
  } catch (err) {
    // A damaged .xlsx is a damaged workbook to the user, not a damaged archive.
    if (err instanceof AppError && err.code === 'E_BAD_ZIP' && workbook)
      throw new AppError('E_BAD_XLSX', `The workbook is damaged: ${err.message}`, err.details);
    throw err;
  }
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
  switch (container) {
    case 'text': {
      const wrong = expectedFormatError(file);
      if (wrong) throw wrong;
      return readDelimited(file, options);
    }
    case 'zip':
      return readZip(file, options);
    case 'gzip':
      return readUnpacked(openByteStream(file), basename(file).replace(/\.gz$/i, ''), options).catch(
        async (err: unknown) => {
          // A table error in what a .gz inflated to may be the stream's damage: that is the error to show.
          if (err instanceof AppError && err.code !== 'E_CANCELLED') throw (await checkGzip(file)) ?? err;
          throw err;
        },
      );
    default:
      return readBytes(
        container === 'ole2'
          ? readWholeFile(file, limitsOf(options).xlsBytes, XLS)
          : readWholeFile(file, limitsOf(options).wholeFileBytes),
        container,
        basename(file),
        options,
      );
  }
}
