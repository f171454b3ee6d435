import type { ColumnKind } from '../../../shared/column-spec';
import { allDistinct } from '../table/float-codes';
import { ParsedColumn } from './parsed-column';
import type { RawTable } from './raw-table';
import type { ColumnFacts } from './suggest-roles';

/**
 * What role suggestion needs to know of each raw column: its kind, filled cells, whether it
 * is constant (two or more filled cells, all equal), and (computed only when asked: it is a pass over a hash table) whether some
 * value repeats.
 */
export function columnFacts(raw: RawTable, kindOf: (index: number) => ColumnKind): ColumnFacts[] {
  return raw.columns.map((column, i) => {
    let filled = 0;
    let constant: boolean;
    let repeats: () => boolean;
    if (column instanceof ParsedColumn) {
      const values = column.finishValues();
      filled = column.length - column.nulls;
      // Constant: every filled value equals the first (the loop ends at the first that does not).
      let first = Number.NaN;
      let r = 0;
      while (r < values.length && values[r] !== values[r]) r++;
      if (r < values.length) first = values[r];
      while (r < values.length && (values[r] === first || values[r] !== values[r])) r++;
      constant = r === values.length;
      repeats = () => !allDistinct(values);
    } else {
      const codes = column.finishCodes();
      for (let r = 0; r < codes.length; r++) if (codes[r] >= 0) filled++;
      constant = column.size < 2;
      const distinct = column.size;
      repeats = () => distinct < filled;
    }
    let memo: boolean | undefined;
    return {
      name: raw.names[i],
      kind: kindOf(i),
      filled,
      // One filled cell says nothing of variation: a one-row file's id column is not "constant".
      constant: constant && filled > 1,
      get repeats() {
        return (memo ??= repeats());
      },
    };
  });
}
