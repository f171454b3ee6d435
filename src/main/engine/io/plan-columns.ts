import { DictionaryBuilder } from './dictionary-builder';
import { ParsedColumn, type ParsedMode } from './parsed-column';
import type { RawTable } from './raw-table';
import { inferColumn } from './types/infer-column';

/** Does every distinct value of the sample read on the fast path in this mode? */
function allFit(mode: ParsedMode, builder: DictionaryBuilder): boolean {
  const probe = new ParsedColumn(mode, builder.size);
  const { offsets, bytes } = builder.utf8();
  for (let e = 0; e < builder.size; e++) if (!probe.add(bytes, offsets[e], offsets[e + 1])) return false;
  return true;
}

/**
 * Decides from the first rows of a file which columns are read straight into numbers or ISO
 * dates: those whose sampled values the general inference calls plain numbers (no currency,
 * percent or decimal comma) or ymd dates, and which all fit the fast parser. Columns the user
 * typed by hand (`keepText`) and columns with no value in the sample keep their cell texts.
 */
export function planColumns(sample: RawTable, keepText: ReadonlySet<string> = new Set()): (ParsedMode | null)[] {
  return sample.columns.map((column, i) => {
    if (!(column instanceof DictionaryBuilder) || column.size === 0 || keepText.has(sample.names[i])) return null;
    const spec = inferColumn(sample.names[i], column.values(), column.valueCounts());
    if (
      (spec.kind === 'integer' || spec.kind === 'decimal') &&
      spec.number.decimal === '.' &&
      !spec.number.percent &&
      !spec.number.currency
    ) {
      return allFit('number', column) ? 'number' : null;
    }
    if ((spec.kind === 'date' || spec.kind === 'datetime') && spec.date.pattern === 'ymd')
      return allFit('ymd', column) ? 'ymd' : null;
    return null;
  });
}
