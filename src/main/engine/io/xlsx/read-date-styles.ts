import * as XLSX from '@e965/xlsx';
import { parsePartXml } from './parse-part-xml';
import { MAX_SMALL_PART_BYTES } from './read-workbook';
import type { ZipPart } from './zip-directory';

/** East Asian built-in date formats (ECMA-376 §18.8.30: ids 27–36 and 50–58 are locale dates). */
const isBuiltInAsianDate = (id: number) => (id >= 27 && id <= 36) || (id >= 50 && id <= 58);

/** Per cell style (the `s` of a cell), whether its number format shows a date or time. */
export function readDateStyles(bytes: Uint8Array, styles: ZipPart | null): boolean[] {
  if (!styles) return [];
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  parsePartXml(bytes, styles, MAX_SMALL_PART_BYTES, {
    open(name, a) {
      if (name === 'numFmt') formats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  const builtIn = XLSX.SSF.get_table() as Record<number, string>;
  return xfs.map((id) => {
    const format = formats.get(id) ?? builtIn[id];
    return format ? Boolean(XLSX.SSF.is_date(format)) : isBuiltInAsianDate(id);
  });
}
