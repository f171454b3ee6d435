import ExcelJS from 'exceljs';
import type { Cell } from './csv-text';

/** How a sheet column's cells are written: text, a number (with an optional number format), or a date. */
export type SheetKind = 'text' | 'number' | 'integer' | 'money' | 'percent' | 'date' | 'datetime';

export interface Sheet {
  name: string;
  header: string[];
  kinds: SheetKind[];
  /** Dates as UTC ms. */
  rows: Iterable<readonly Cell[]>;
}

const FORMATS: Partial<Record<SheetKind, string>> = {
  integer: '#,##0',
  money: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

/** Characters Excel refuses in a sheet name, and its 31-character limit; names kept unique. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = Array.from(
      raw
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet',
    )
      .slice(0, 31)
      .join('');
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${Array.from(base)
        .slice(0, 31 - String(n).length - 1)
        .join('')}~${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Writes a workbook, streaming row by row: each sheet with a bold, frozen header row, numbers as
 * number cells, dates as date cells (Excel serials from UTC, so no time zone shifts them) and
 * text as text — never a formula, whatever it begins with.
 */
export async function writeXlsx(filePath: string, sheets: readonly Sheet[]): Promise<number> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  book.creator = 'SegmentDesk';
  let rows = 0;
  const names = sheetNames(sheets.map((s) => s.name));
  sheets.forEach((sheet, s) => {
    const ws = book.addWorksheet(names[s], {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
    });
    const widths = sheet.header.map((h) => Math.min(40, Math.max(10, Array.from(h).length * 1.6 + 2)));
    ws.columns = sheet.header.map((_, c) => ({
      width: widths[c],
      style: FORMATS[sheet.kinds[c]] ? { numFmt: FORMATS[sheet.kinds[c]] } : {},
    }));
    const head = ws.addRow(sheet.header);
    head.font = { bold: true };
    head.commit();
    for (const row of sheet.rows) {
      const values = row.map((v, c) => {
        if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return null;
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
