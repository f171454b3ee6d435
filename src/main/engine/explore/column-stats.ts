import type { Table } from 'apache-arrow';
import { HISTOGRAM_BINS, TOP_VALUES, type ColumnStats } from '../../../shared/explore';
import type { ColumnInfo } from '../../../shared/schemas';
import { columnArrays, type Utf8Buffers } from '../table/column-arrays';

const decoder = new TextDecoder();

/** Missing values, range, mean and an equal-width histogram of a number column. */
function numberStats(base: ColumnStats, v: Float64Array): ColumnStats {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (Number.isNaN(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
    n++;
  }
  if (n === 0) return { ...base, missing: v.length };
  const bins = min === max ? 1 : HISTOGRAM_BINS;
  const width = (max - min) / bins || 1;
  const counts = Array.from({ length: bins }, () => 0);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!Number.isNaN(x)) counts[Math.min(bins - 1, Math.floor((x - min) / width))]++;
  }
  return {
    ...base,
    missing: v.length - n,
    min,
    max,
    mean: sum / n,
    histogram: counts.map((count, b) => ({
      from: min + b * width,
      to: b === bins - 1 ? max : min + (b + 1) * width,
      count,
    })),
  };
}

/** Missing values, distinct values and the most common ones (ties in order of first appearance) of a text column. */
function dictionaryStats(base: ColumnStats, codes: Int32Array, dictionary: Utf8Buffers): ColumnStats {
  const counts = new Int32Array(dictionary.size);
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] < 0) missing++;
    else counts[codes[i]]++;
  }
  let distinct = 0;
  for (let e = 0; e < counts.length; e++) if (counts[e] > 0) distinct++;
  const order = Array.from(counts.keys())
    .filter((e) => counts[e] > 0)
    .sort((a, b) => counts[b] - counts[a] || a - b)
    .slice(0, TOP_VALUES);
  const text = (e: number) =>
    decoder.decode(dictionary.bytes.subarray(dictionary.offsets[e], dictionary.offsets[e + 1]));
  return { ...base, missing, distinct, top: order.map((e) => ({ value: text(e), count: counts[e] })) };
}

/** Missing values and the counts of true and false of a boolean column. */
function booleanStats(base: ColumnStats, table: Table, index: number): ColumnStats {
  const vector = table.getChildAt(index)!;
  let yes = 0;
  let no = 0;
  for (let i = 0; i < vector.length; i++) {
    const v = vector.get(i);
    if (v === true) yes++;
    else if (v === false) no++;
  }
  return {
    ...base,
    missing: vector.length - yes - no,
    distinct: (yes ? 1 : 0) + (no ? 1 : 0),
    top: [
      { value: 'true', count: yes },
      { value: 'false', count: no },
    ],
  };
}

/** Summaries of every listed column, straight from its typed arrays. */
export function columnStats(table: Table, columns: readonly ColumnInfo[]): ColumnStats[] {
  return columns.map((info) => {
    const index = table.schema.fields.findIndex((f) => f.name === info.name);
    const arrays = columnArrays(table, index);
    const base: ColumnStats = {
      name: info.name,
      missing: 0,
      distinct: null,
      min: null,
      max: null,
      mean: null,
      histogram: [],
      top: [],
    };
    if (arrays.type === 'number') return numberStats(base, arrays.values);
    if (arrays.type === 'dictionary') return dictionaryStats(base, arrays.codes, arrays.dictionary);
    return booleanStats(base, table, index);
  });
}
