/**
 * Sorted copies and medians of customer values without comparison sorts where they are not
 * needed: small whole numbers (recency days, order counts) are counted, other values sorted.
 */

/** The values sorted ascending (a new array); NaN values are not expected. */
export function sortedCopy(values: Float64Array): Float64Array {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (whole && v !== Math.floor(v)) whole = false;
  }
  if (!whole || n === 0 || max - min > 4 * n + 1024) return Float64Array.from(values).sort();
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < n; i++) counts[values[i] - min]++;
  const out = new Float64Array(n);
  for (let v = 0, at = 0; v < counts.length; v++) out.fill(v + min, at, (at += counts[v]));
  return out;
}

/** The k-th smallest (0-based) of a[lo..hi], rearranging a (Hoare's selection). */
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
