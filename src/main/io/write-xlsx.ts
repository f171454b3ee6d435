import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import { XLSX_MAX_ROWS } from '../engine/report/sheet-parts';
import { sheetNames, type Sheet, type SheetKind } from '../engine/report/xlsx-book';
import { ooxmlText } from './ooxml-text';

const FORMATS: Partial<Record<SheetKind, string>> = {
  integer: '#,##0',
  decimal1: '#,##0.0',
  money: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

/**
 * Writes a workbook, streaming row by row: each sheet with a bold, frozen header row, numbers as
 * number cells with their kind's format (money with the currency's symbol, #,##0, #,##0.0, 0.0%), dates as date cells (Excel serials from UTC, so no time zone shifts them) and
 * text as text — never a formula, whatever it begins with — kept as written (a carriage return too,
 * see ooxmlText). A sheet is never longer than Excel's 1,048,576 rows: the engine splits longer
 * ones (sheetParts), and one that is not is refused rather than written unreadable.
 */
export async function writeXlsx(filePath: string, sheets: readonly Sheet[], maxRows = XLSX_MAX_ROWS): Promise<number> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  book.creator = 'SegmentDesk';
  let rows = 0;
  const names = sheetNames(sheets.map((s) => s.name));
  sheets.forEach((sheet, s) => {
    const ws = book.addWorksheet(names[s], {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
    });
    const widths = sheet.header.map((h) => Math.min(40, Math.max(10, Array.from(h).length * 1.6 + 2)));
    const formats = sheet.kinds.map((kind) => (kind === 'money' && sheet.moneyFormat) || FORMATS[kind]);
    ws.columns = sheet.header.map((_, c) => ({
      width: widths[c],
      style: formats[c] ? { numFmt: formats[c] } : {},
    }));
    const head = ws.addRow(sheet.header.map(ooxmlText));
    head.font = { bold: true };
    head.commit();
    let written = 1;
    for (const row of sheet.rows) {
      if (++written > maxRows)
        throw new AppError('E_INTERNAL', `The sheet "${names[s]}" would pass the ${maxRows} rows a sheet holds.`);
      const values = row.map((v, c) => {
        if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return null;
        if (typeof v === 'string') return ooxmlText(v);
        const kind = sheet.kinds[c];
        return (kind === 'date' || kind === 'datetime') && typeof v === 'number' ? new Date(v) : v;
      });
      ws.addRow(values).commit();
      rows++;
    }
    ws.commit();
  });
  await book.commit();
  return rows;
}
