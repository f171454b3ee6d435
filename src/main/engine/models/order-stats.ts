import { integerRange } from '../table/float-codes';

/**
 * Sorted copies and medians of customer values without comparison sorts where they are not
 * needed: small whole numbers (recency days, order counts) are counted, other values sorted.
 */

/** The values sorted ascending (a new array); NaN values are not expected. */
export function sortedCopy(values: Float64Array): Float64Array {
  return countingSorted(values) ?? Float64Array.from(values).sort();
}

/**
 * R's type-7 quantiles of the values at the given probabilities: by counting when the values
 * are small whole numbers, else by selecting just the order statistics needed (no full sort).
 */
export function quantiles7(values: Float64Array, probs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return probs.map(() => Number.NaN);
  const counted = countingSorted(values);
  if (counted) return probs.map((p) => quantile7(counted, p));
  const copy = Float64Array.from(values);
  return probs.map((p) => type7(n, p, (k) => select(copy, k)));
}

/** R's type-7 quantile of sorted values at probability p. */
export function quantile7(sorted: Float64Array, p: number): number {
  return type7(sorted.length, p, (k) => sorted[k]);
}

/** Type 7 from the k-th smallest of n values: the two order statistics around (n − 1)·p, interpolated. */
function type7(n: number, p: number, kth: (k: number) => number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = kth(lo);
  return h === lo ? a : a + (h - lo) * (kth(Math.min(lo + 1, n - 1)) - a);
}

/** The values sorted by counting when they are whole numbers in a small range; else null. */
function countingSorted(values: Float64Array): Float64Array | null {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== Math.floor(v)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0 || max - min > 4 * n + 1024) return null;
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < n; i++) counts[values[i] - min]++;
  const out = new Float64Array(n);
  for (let v = 0, at = 0; v < counts.length; v++) out.fill(v + min, at, (at += counts[v]));
  return out;
}

/** The k-th smallest (0-based) of a, rearranging a (Hoare's selection). */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/**
 * The median of each group's values (groups 0..groups-1, by `group`) and of all values: for
 * small whole numbers (days, order counts) by one pass of per-group counts, else by selection.
 */
export function mediansBy(
  values: Float64Array,
  group: Int32Array,
  groups: number,
): { perGroup: number[]; overall: number } {
  const n = values.length;
  const range = integerRange(values);
  const span = range ? range.max - range.min + 1 : 0;
  if (!range || span * (groups + 1) > Math.max(4 * n, 1 << 16)) {
    const members = groupMembers(group, groups);
    return {
      perGroup: members.map((picks) => medianOf(values, picks)),
      overall: medianOfAll(Float64Array.from(values)),
    };
  }
  // Row g of the counts is group g's; the last row is everyone's.
  const counts = new Int32Array(span * (groups + 1));
  const all = groups * span;
  for (let c = 0; c < n; c++) {
    const at = values[c] - range.min;
    counts[group[c] * span + at]++;
    counts[all + at]++;
  }
  const medianOfCounts = (g: number) => {
    const base = g * span;
    let total = 0;
    for (let v = 0; v < span; v++) total += counts[base + v];
    if (total === 0) return Number.NaN;
    const lo = (total - 1) >> 1;
    const hi = total >> 1;
    let seen = 0;
    let low = Number.NaN;
    for (let v = 0; v < span; v++) {
      seen += counts[base + v];
      if (low !== low && seen > lo) low = v + range.min;
      if (seen > hi) return low + 0.5 * (v + range.min - low);
    }
    return low;
  };
  return { perGroup: Array.from({ length: groups }, (_, g) => medianOfCounts(g)), overall: medianOfCounts(groups) };
}

/** Each group's members (indices in order), by counting sort on the group index. */
export function groupMembers(group: Int32Array, groups: number): Int32Array[] {
  const sizes = new Int32Array(groups);
  for (let c = 0; c < group.length; c++) sizes[group[c]]++;
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(groups);
  for (let c = 0; c < group.length; c++) {
    const g = group[c];
    members[g][filled[g]++] = c;
  }
  return members;
}

/** The median (R's type 7: the mean of the two middle values for an even count) of the picked values; NaN when none. */
export function medianOf(values: Float64Array, picks: Int32Array): number {
  const n = picks.length;
  if (n === 0) return Number.NaN;
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = values[picks[i]];
  return medianOfAll(a);
}

/** The type-7 median of all the values, rearranging them. */
function medianOfAll(a: Float64Array): number {
  const n = a.length;
  if (n === 0) return Number.NaN;
  const lowMiddle = select(a, (n - 1) >> 1);
  if (n % 2 === 1) return lowMiddle;
  // After selecting, everything above index (n - 1) >> 1 is ≥ it: the upper middle is their least.
  let upper = Infinity;
  for (let i = ((n - 1) >> 1) + 1; i < n; i++) if (a[i] < upper) upper = a[i];
  return lowMiddle + 0.5 * (upper - lowMiddle);
}
