import type { ColumnKind } from '../../../shared/column-spec';
import { allDistinct } from '../table/float-codes';
import { ParsedColumn } from './parsed-column';
import type { RawTable } from './raw-table';
import type { ColumnFacts } from './suggest-roles';

/** Filled values looked at to tell e-mail addresses and phone numbers by what a column holds. */
const SAMPLE = 200;

/** The first filled whole numbers of a number column, as digits (a phone number read as a number). */
function numberSample(values: Float64Array): string[] {
  const out: string[] = [];
  for (let r = 0; r < values.length && out.length < SAMPLE; r++) {
    const v = values[r];
    if (v === v) out.push(Number.isInteger(v) ? v.toFixed(0) : String(v));
  }
  return out;
}

/**
 * What role suggestion needs to know of each raw column: its kind, filled cells, whether it
 * is constant (two or more filled cells, all equal), and (computed only when asked: it is a pass over a hash table) whether some
 * value repeats, and a sample of its values (also only when asked).
 */
export function columnFacts(raw: RawTable, kindOf: (index: number) => ColumnKind): ColumnFacts[] {
  return raw.columns.map((column, i) => {
    let filled = 0;
    let constant: boolean;
    let repeats: () => boolean;
    let sample: () => string[];
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
      sample = () => (column.mode === 'number' ? numberSample(values) : []);
    } else {
      const codes = column.finishCodes();
      for (let r = 0; r < codes.length; r++) if (codes[r] >= 0) filled++;
      constant = column.size < 2;
      const distinct = column.size;
      repeats = () => distinct < filled;
      sample = () => column.values(SAMPLE);
    }
    let memo: boolean | undefined;
    let sampled: string[] | undefined;
    return {
      name: raw.names[i],
      kind: kindOf(i),
      filled,
      // One filled cell says nothing of variation: a one-row file's id column is not "constant".
      constant: constant && filled > 1,
      get repeats() {
        return (memo ??= repeats());
      },
      get sample() {
        return (sampled ??= sample());
      },
    };
  });
}
