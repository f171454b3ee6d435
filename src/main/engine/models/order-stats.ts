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

/** The median (R's type 7: the mean of the two middle values for an even count) of the picked values; NaN when none. */
export function medianOf(values: Float64Array, picks: Int32Array): number {
  const n = picks.length;
  if (n === 0) return Number.NaN;
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = values[picks[i]];
  const lowMiddle = select(a, (n - 1) >> 1);
  if (n % 2 === 1) return lowMiddle;
  // After selecting, everything above index (n - 1) >> 1 is ≥ it: the upper middle is their least.
  let upper = Infinity;
  for (let i = ((n - 1) >> 1) + 1; i < n; i++) if (a[i] < upper) upper = a[i];
  return lowMiddle + 0.5 * (upper - lowMiddle);
}
