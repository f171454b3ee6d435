import { squaredDistanceAt } from '../cluster/points';

/**
 * Silhouette pair sums for the rows [from, to) of points laid out cluster by cluster: for each
 * row i and each pair (i, m) with m after i (m in i's cluster) or in a later cluster, the distance
 * is added to sums[i·k + cluster(m)] and to sums[m·k + cluster(i)]. Two ranges may run at once
 * when each has its own `sums` (added together afterwards).
 */
export function silhouetteSums(
  x: Float64Array,
  d: number,
  label: Int32Array,
  start: Int32Array,
  k: number,
  sums: Float64Array,
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const li = label[i];
    const pi = i * d;
    for (let c = li; c < k; c++) {
      let acc = 0;
      const end = start[c + 1];
      for (let m = c === li ? i + 1 : start[c]; m < end; m++) {
        const dist = Math.sqrt(squaredDistanceAt(x, pi, x, m * d, d));
        acc += dist;
        sums[m * k + li] += dist;
      }
      sums[i * k + c] += acc;
    }
  }
}

/** Where to split rows so both parts hold about the same number of pairs (row i pairs with the rows after it). */
export function balancedSplit(n: number): number {
  // Σ_{i<s} (n − i) = half of n²/2  ⇒  s = n (1 − 1/√2).
  return Math.round(n * (1 - Math.SQRT1_2));
}
