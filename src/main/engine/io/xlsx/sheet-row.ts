/** A row of a sheet as the file has it: only the cells present, each at its own column. */
export interface SheetRow {
  /** The sheet's row number (1-based). */
  line: number;
  /** 0-based columns of the cells that hold a value, as the file lists them. */
  columns: number[];
  texts: string[];
  /** Columns whose cell is a number of 2^53 or more (so possibly rounded by the program that wrote it); null when none. */
  rounded: number[] | null;
}

/** The 0-based column of a cell reference (`B7` → 1, `XFD1` → 16383); -1 when it names none. */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}
