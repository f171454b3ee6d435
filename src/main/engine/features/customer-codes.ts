import { missingRoleError } from '../../../shared/missing-role';
import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import { columnArrays, dictionaryTexts, integerIds, isPlainInteger } from '../table/column-arrays';
import { floatCodes, integerRange } from '../table/float-codes';
import { columnIndex } from './role-numbers';
import { mapFloat64 } from '../table/map-typed';

/** The ids as numbers when every one is a plain integer (they then order as numbers); else null. */
export function numericIds(ids: string[]): Float64Array | null {
  return ids.every(isPlainInteger) ? mapFloat64(ids, Number) : null;
}

/**
 * Customer codes per row (-1 = no customer) and the customers' ids: texts in order of first
 * appearance, or — for plain integers — numbers, with no id text made per row.
 */
export function customerCodes(
  table: Table,
  name: string | undefined,
): { codes: Int32Array; ids: string[] | null; numbers: Float64Array | null; size: number } {
  const index = columnIndex(table, name);
  if (index < 0) throw missingRoleError(['customerId']);
  const values = integerIds(table, index);
  if (values) {
    // Whole-number ids in a dense range index the customers directly (in id order; ids no
    // row uses get no transactions and are dropped later); others are coded by first appearance.
    const range = integerRange(values);
    if (range) {
      const { codes, size } = rangeCodes(values, range);
      return { codes, ids: null, numbers: Float64Array.from({ length: size }, (_, k) => range.min + k), size };
    }
    const { codes, firsts, size } = floatCodes(values)!;
    return { codes, ids: null, numbers: mapFloat64(firsts, (r) => values[r]), size };
  }
  const arrays = columnArrays(table, index);
  if (arrays.type !== 'dictionary')
    throw new AppError('E_INVALID_INPUT', `The column "${name}" mapped to customerId is not an id column.`, {
      role: 'customerId',
      column: name,
    });
  return { codes: arrays.codes, ids: dictionaryTexts(arrays.dictionary), numbers: null, size: arrays.dictionary.size };
}

/** Per-row codes of whole numbers in a dense range (customer numbers): their offset from the least; -1 for none. */
function rangeCodes(values: Float64Array, range: { min: number; max: number }): { codes: Int32Array; size: number } {
  const codes = new Int32Array(values.length);
  const min = range.min;
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    codes[r] = v === v ? v - min : -1;
  }
  return { codes, size: range.max - range.min + 1 };
}
