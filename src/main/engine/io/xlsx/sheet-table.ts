import type { RawTable, RowOptions } from '../raw-table';
import type { RawTableBuilder } from '../raw-table-builder';
import { TITLE_WINDOW } from '../title-rows';
import type { SheetRow } from './sheet-row';

/**
 * Lays a sheet's rows — only the cells present — out as table rows. The table's columns run
 * from the leftmost to the rightmost cell of the first rows (those where the title lines and the
 * header are looked for), never from the sheet's declared `<dimension>`, which writers get wrong;
 * a later cell outside them makes its row a long row (counted, as in a CSV).
 */
export class SheetTable {
  private held: SheetRow[] | null = [];
  private offset = 0;
  private width = 0;
  /** Number cells of 2^53 or more: sheet row and table column. */
  private readonly rounded: { line: number; column: number }[] = [];

  constructor(
    private readonly builder: RawTableBuilder,
    private readonly window = TITLE_WINDOW,
  ) {}

  /** Rows held before the columns are laid out: the title window, after any title lines the user named. */
  static windowFor(options: RowOptions): number {
    return (options.skipRows ?? 0) + TITLE_WINDOW;
  }

  /** Takes a row; false once the builder has all the rows it wants. */
  add(row: SheetRow): boolean {
    if (!this.held) this.put(row);
    else if (this.held.push(row) >= this.window) this.release();
    return !this.builder.full;
  }

  private release(): void {
    const held = this.held!;
    this.held = null;
    let min = Number.POSITIVE_INFINITY;
    let max = -1;
    for (const row of held)
      for (const c of row.columns) {
        if (c < min) min = c;
        if (c > max) max = c;
      }
    this.offset = max < 0 ? 0 : min;
    this.width = max < 0 ? 0 : max - min + 1;
    for (const row of held) this.put(row);
  }

  private put(row: SheetRow): void {
    const { offset, width } = this;
    const cells: (string | null)[] = Array.from({ length: width }, () => null);
    let outside = false;
    for (let k = 0; k < row.columns.length; k++) {
      const c = row.columns[k] - offset;
      if (c >= 0 && c < width) cells[c] = row.texts[k];
      else outside = true;
    }
    if (outside) cells.push(null);
    for (const column of row.rounded ?? []) {
      if (column - offset >= 0 && column - offset < width)
        this.rounded.push({ line: row.line, column: column - offset });
    }
    this.builder.addTexts(cells, row.line);
  }

  /** The rows held so far go to the builder. */
  finish(): void {
    if (this.held) this.release();
  }

  /** The table's number cells of 2^53 or more, per column as row indices (rows the builder kept). */
  roundedNumbers(table: RawTable): NonNullable<RawTable['roundedNumbers']> {
    if (this.rounded.length === 0) return [];
    const lines = new Set(this.rounded.map((m) => m.line));
    const rowOf = new Map<number, number>();
    for (let r = 0; r < table.rowCount; r++) if (lines.has(table.lines[r])) rowOf.set(table.lines[r], r);
    const byColumn = new Map<number, number[]>();
    for (const { line, column } of this.rounded) {
      const r = rowOf.get(line);
      if (r === undefined) continue;
      const rows = byColumn.get(column) ?? [];
      rows.push(r);
      byColumn.set(column, rows);
    }
    return [...byColumn].map(([column, rows]) => ({ column, rows }));
  }
}
