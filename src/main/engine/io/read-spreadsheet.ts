import * as XLSX from '@e965/xlsx';
import { AppError } from '../../../shared/errors';
import { excelSerialText } from './excel-serial';
import type { RawTable, RowOptions } from './raw-table';
import { RawTableBuilder } from './raw-table-builder';

export interface SpreadsheetOptions extends RowOptions {
  /** Sheet name; the first sheet when not given. */
  sheet?: string;
  isCancelled?: () => boolean;
}

/** Number text as Excel shows it: at most 15 significant digits, no float noise. */
function numberText(v: number): string {
  return String(Number(v.toPrecision(15)));
}

/**
 * Reads an XLSX or XLS workbook (SheetJS, maintained fork @e965/xlsx). Date cells (a date
 * number format) become calendar text from their serial and the workbook's 1900/1904 date
 * system; numbers, booleans and text keep their value; error cells are empty.
 */
export function readSpreadsheet(bytes: Uint8Array, format: 'xlsx' | 'xls', options: SpreadsheetOptions = {}): RawTable {
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
  const ws = workbook.Sheets[sheet];
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const rows = new RawTableBuilder(options);
  const data = (ws?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const range = ws?.['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : null;
  if (range) {
    const width = range.e.c - range.s.c + 1;
    for (let r = range.s.r; r <= range.e.r; r++) {
      if ((r & 4095) === 0 && options.isCancelled?.()) throw new AppError('E_CANCELLED', 'The import was cancelled.');
      const row = data[r] ?? [];
      const cells: (string | null)[] = Array.from({ length: width }, () => null);
      let any = false;
      for (let c = 0; c < width; c++) {
        const cell = row[range.s.c + c];
        let text: string | null = null;
        if (cell && cell.v !== undefined && cell.v !== null) {
          if (cell.t === 'n')
            text =
              typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)
                ? excelSerialText(cell.v as number, date1904)
                : numberText(cell.v as number);
          else if (cell.t === 's') text = cell.v as string;
          else if (cell.t === 'b') text = cell.v ? 'true' : 'false';
          else if (cell.t === 'd') text = (cell.v as Date).toISOString().slice(0, 19).replace('T', ' ');
        }
        if (text !== null && text !== '') any = true;
        cells[c] = text;
      }
      // Trailing empty columns of a row are still cells: keep the width, skip wholly empty rows.
      if (!any) continue;
      rows.addTexts(cells, r + 1);
      if (rows.full) break;
    }
  }
  const table = rows.finish({ format, compression: null, encoding: null, delimiter: null, sheet, sheets });
  if (!table) throw new AppError('E_EMPTY_FILE', `The sheet "${sheet}" is empty.`, { sheets });
  return table;
}
