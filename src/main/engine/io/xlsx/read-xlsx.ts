import { AppError } from '../../../../shared/errors';
import type { RawTable } from '../raw-table';
import { RawTableBuilder } from '../raw-table-builder';
import type { SpreadsheetOptions } from '../read-xls';
import { MAX_UNZIPPED_BYTES } from '../unzip-entries';
import { readDateStyles } from './read-date-styles';
import { readWorkbook } from './read-workbook';
import { readSharedStrings } from './read-shared-strings';
import { readSheetRows } from './read-sheet-rows';
import { SheetTable } from './sheet-table';
import { zipDirectory } from './zip-directory';

/**
 * Reads a sheet of an XLSX workbook, streaming its XML (saxes over fflate, part by part): the
 * cells present, whatever the sheet declares; numbers as the file writes them (whole numbers of
 * any length exactly); date cells (a date number format) as calendar text from their serial and
 * the workbook's 1900/1904 date system; booleans and text as they are; error cells empty.
 * Memory follows the cells, not the declarations: no part is ever whole in memory but the shared
 * strings, which are capped (E_FILE_TOO_LARGE).
 */
export function readXlsx(bytes: Uint8Array, options: SpreadsheetOptions = {}): RawTable {
  const parts = zipDirectory(bytes);
  const book = readWorkbook(bytes, parts);
  const sheets = book.sheets.map((s) => s.name);
  if (sheets.length === 0) throw new AppError('E_BAD_XLSX', 'The workbook has no sheets.');
  const sheet = options.sheet ?? sheets[0];
  const index = sheets.indexOf(sheet);
  if (index < 0) throw new AppError('E_NO_SUCH_SHEET', `The workbook has no sheet "${sheet}".`, { sheets });
  const part = book.sheets[index].part;
  if (!part) throw new AppError('E_BAD_XLSX', `The workbook is damaged: the sheet "${sheet}" has no part.`);
  const context = {
    strings: readSharedStrings(bytes, book.sharedStrings),
    dateStyles: readDateStyles(bytes, book.styles),
    date1904: book.date1904,
    isCancelled: options.isCancelled,
  };
  const builder = new RawTableBuilder(options);
  const layout = new SheetTable(builder, SheetTable.windowFor(options));
  readSheetRows(bytes, part, MAX_UNZIPPED_BYTES, context, (row) => layout.add(row));
  layout.finish();
  const table = builder.finish({ format: 'xlsx', compression: null, encoding: null, delimiter: null, sheet, sheets });
  if (!table) throw new AppError('E_EMPTY_FILE', `The sheet "${sheet}" is empty.`, { sheets });
  return { ...table, roundedNumbers: layout.roundedNumbers(table) };
}
