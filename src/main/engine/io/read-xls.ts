import * as XLSX from '@e965/xlsx';
import { AppError } from '../../../shared/errors';
import { excelSerialText } from './excel-serial';
import type { RawTable, RowOptions } from './raw-table';
import { RawTableBuilder } from './raw-table-builder';
import { doubleText, EXACT_INTEGER_LIMIT } from './spreadsheet-number';
import type { SheetRow } from './xlsx/sheet-row';
import { SheetTable } from './xlsx/sheet-table';

export interface SpreadsheetOptions extends RowOptions {
  /** Sheet name; the first sheet when not given. */
  sheet?: string;
  isCancelled?: () => boolean;
}

/** A cell's text: dates (a date number format) from their serial, whole numbers exactly; null when empty or an error. */
function cellText(cell: XLSX.CellObject | undefined, date1904: boolean): string | null {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.t === 'n') {
    const v = cell.v as number;
    return typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z) ? excelSerialText(v, date1904) : doubleText(v);
  }
  if (cell.t === 's') return cell.v as string;
  if (cell.t === 'b') return cell.v ? 'true' : 'false';
  if (cell.t === 'd') return (cell.v as Date).toISOString().slice(0, 19).replace('T', ' ');
  return null;
}

/** A row of SheetJS's dense sheet as the cells it holds. */
function sheetRow(cells: (XLSX.CellObject | undefined)[], line: number, date1904: boolean): SheetRow {
  const row: SheetRow = { line, columns: [], texts: [], rounded: null };
  cells.forEach((cell, c) => {
    const text = cellText(cell, date1904);
    if (text === null || text === '') return;
    row.columns.push(c);
    row.texts.push(text);
    if (cell!.t === 'n' && Math.abs(cell!.v as number) >= EXACT_INTEGER_LIMIT) (row.rounded ??= []).push(c);
  });
  return row;
}

/**
 * Reads a workbook in a binary format — legacy XLS, or an Excel binary workbook (XLSB, reported as
 * `format`) — with SheetJS (maintained fork @e965/xlsx): the cells it holds, never its declared range. Date cells (a date number format) become calendar text from their serial and
 * the workbook's 1900/1904 date system; numbers, booleans and text keep their value; error cells
 * are empty.
 */
export function readXls(bytes: Uint8Array, options: SpreadsheetOptions = {}, format: 'xls' | 'xlsx' = 'xls'): RawTable {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellText: false,
      cellDates: false,
      sheets: options.sheet,
      sheetRows: options.maxRows !== undefined ? options.maxRows + 2 : 0,
    });
  } catch (err) {
    throw new AppError('E_BAD_XLSX', `The workbook could not be read: ${(err as Error).message}`);
  }
  const sheets = workbook.SheetNames;
  if (sheets.length === 0) throw new AppError('E_BAD_XLSX', 'The workbook has no sheets.');
  const sheet = options.sheet ?? sheets[0];
  if (!sheets.includes(sheet))
    throw new AppError('E_NO_SUCH_SHEET', `The workbook has no sheet "${sheet}".`, { sheets });
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const builder = new RawTableBuilder(options);
  const layout = new SheetTable(builder, SheetTable.windowFor(options));
  const data = (workbook.Sheets[sheet]?.['!data'] ?? []) as ((XLSX.CellObject | undefined)[] | undefined)[];
  for (let r = 0; r < data.length; r++) {
    if ((r & 4095) === 0 && options.isCancelled?.()) throw new AppError('E_CANCELLED', 'The import was cancelled.');
    const row = data[r] ? sheetRow(data[r]!, r + 1, date1904) : null;
    if (row && row.columns.length > 0 && !layout.add(row)) break;
  }
  layout.finish();
  const table = builder.finish({ format, compression: null, encoding: null, delimiter: null, sheet, sheets });
  if (!table) throw new AppError('E_EMPTY_FILE', `The sheet "${sheet}" is empty.`, { sheets });
  return { ...table, roundedNumbers: layout.roundedNumbers(table) };
}
