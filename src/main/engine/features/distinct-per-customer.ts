import type { Table } from 'apache-arrow';
import { columnArrays, integerIds } from '../table/column-arrays';
import { floatCodes, integerRange } from '../table/float-codes';
import { mapFloat64 } from '../table/map-typed';

/** Per-row keys for counting distinct ones per customer: key − offset is in 0..size-1 (below 0, NaN: none). */
export interface Keys {
  key: Int32Array | Float64Array;
  offset: number;
  size: number;
}

/** Whole numbers in a dense range serve as keys as they are (no copy); other values are coded. */
export function valueKeys(values: Float64Array): Keys {
  const range = integerRange(values);
  if (range) return { key: values, offset: range.min, size: range.max - range.min + 1 };
  const coded = floatCodes(values)!;
  return { key: coded.codes, offset: 0, size: coded.size };
}

/** The keys of an id or key column (an order id): ids stored as numbers are keyed on their values, without texts. */
export function columnKeys(table: Table, index: number): Keys | null {
  const values = integerIds(table, index);
  if (values) return valueKeys(values);
  const arrays = columnArrays(table, index);
  if (arrays.type === 'dictionary') return { key: arrays.codes, offset: 0, size: arrays.dictionary.size };
  return arrays.type === 'number' ? valueKeys(arrays.values) : null;
}

/**
 * Distinct keys per customer (-1 = no customer). Usually each key (an order) belongs to one
 * customer: then it is counted for its owner in one pass; a key seen with two customers sends
 * the count through (customer, key) pairs instead.
 */
export function distinctPerCustomer(
  customer: Int32Array,
  { key, offset, size: keys }: Keys,
  customers: number,
): Float64Array {
  const n = customer.length;
  const out = new Float64Array(customers);
  const owner = new Int32Array(keys).fill(-1);
  let shared = false;
  for (let r = 0; r < n && !shared; r++) {
    const c = customer[r];
    const k = key[r] - offset;
    if (c < 0 || !(k >= 0)) continue;
    const o = owner[k];
    if (o === -1) {
      owner[k] = c;
      out[c]++;
    } else if (o !== c) shared = true;
  }
  if (!shared) return out;
  const pairs = mapFloat64(customer, (c, r) =>
    c < 0 || !(key[r] - offset >= 0) ? Number.NaN : c * keys + (key[r] - offset),
  );
  const { firsts, size } = floatCodes(pairs)!;
  out.fill(0);
  for (let p = 0; p < size; p++) out[customer[firsts[p]]]++;
  return out;
}
