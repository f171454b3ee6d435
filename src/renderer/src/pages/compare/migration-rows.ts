import type { Comparison, MoveCounts } from '../../../../shared/compare';

/** A row of the migration matrix: a first-run segment, its count per second-run segment (by key), the total. */
export type MatrixRow = { key: string; name: string; total: number; moves: MoveCounts } & Record<string, unknown>;

/** The migration matrix as table rows: one per first-run segment (and "new"), a count per second-run column, the row's total. */
export function migrationRows(comparison: Comparison, label: (key: string) => string): MatrixRow[] {
  return comparison.rows.map((row, r) => ({
    key: row,
    name: label(row),
    total: comparison.counts[r].reduce((s, v) => s + v, 0),
    ...Object.fromEntries(comparison.cols.map((col, c) => [col, comparison.counts[r][c]])),
    moves: comparison.movesByRow[r],
  }));
}
