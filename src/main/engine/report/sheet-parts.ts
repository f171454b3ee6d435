import type { Language } from '../../../shared/schemas';
import type { Sheet } from './xlsx-book';

/** Excel's rows per sheet, the header row included (2^20). */
export const XLSX_MAX_ROWS = 1_048_576;

/** Part `part` of a sheet's name, in the export's language, within Excel's 31 characters (the number always kept). */
function partName(name: string, part: number, lang: Language): string {
  const suffix = lang === 'zh-CN' ? `（第${part}部分）` : ` (part ${part})`;
  return `${Array.from(name)
    .slice(0, 31 - Array.from(suffix).length)
    .join('')}${suffix}`;
}

/** Up to `count` rows more from a shared iterator, taken only as the sheet is written. */
function* take<T>(rows: Iterator<T>, count: number): Generator<T> {
  for (let k = 0; k < count; k++) {
    const next = rows.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * A sheet of `rowCount` rows as it can be written: itself when it fits in `maxRows` rows with its
 * header, else parts of `maxRows - 1` rows each, every part with the header, named "… (part 2)"
 * ("…（第2部分）"). The parts share one pass over the rows, so they must be written in order — as a
 * workbook streams them.
 */
export function sheetParts(sheet: Sheet, rowCount: number, lang: Language, maxRows = XLSX_MAX_ROWS): Sheet[] {
  const perPart = maxRows - 1;
  if (rowCount <= perPart) return [sheet];
  const rows = sheet.rows[Symbol.iterator]();
  return Array.from({ length: Math.ceil(rowCount / perPart) }, (_, p) => ({
    ...sheet,
    name: partName(sheet.name, p + 1, lang),
    rows: take(rows, perPart),
  }));
}
