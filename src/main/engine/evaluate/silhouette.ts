import type { ParallelRows } from '../cluster/parallel-rows';
import type { Points } from '../cluster/points';
import { clusterSizes } from './cluster-sizes';
import { silhouetteSums } from './silhouette-sums';

/** Rows above which the pair sums are split between two threads, when a second one is offered. */
const PARALLEL_FROM = 2_000;

/**
 * The mean silhouette coefficient (Rousseeuw 1987) with Euclidean distances, as scikit-learn's
 * `silhouette_score`: per point, a = mean distance to the other points of its cluster, b = the
 * lowest mean distance to another cluster's points, s = (b − a) / max(a, b); a point alone in
 * its cluster counts 0. Exact: every pair's distance once (n²/2; callers sample large data),
 * with the points laid out cluster by cluster so each row's sums need no label lookups; split
 * between two threads when `parallel` is given.
 */
export function silhouette(points: Points, labels: Int32Array, parallel?: ParallelRows | null): number {
  const { values, n, d } = points;
  const { k, sizes } = clusterSizes(labels);
  if (k < 2 || k > n - 1)
    throw new RangeError(`The silhouette needs 2 to n − 1 clusters; there are ${k} for ${n} points.`);
  const split = parallel && n >= PARALLEL_FROM;
  const shared = <T extends Float64Array | Int32Array>(make: (b: ArrayBufferLike) => T, bytes: number): T =>
    make(split ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  // Points in cluster order: cluster c occupies rows start[c] … start[c + 1] − 1.
  const start = shared((b) => new Int32Array(b), (k + 1) * 4);
  for (let c = 0; c < k; c++) start[c + 1] = start[c] + sizes[c];
  const fill = start.slice(0, k);
  const x = shared((b) => new Float64Array(b), n * d * 8);
  const label = shared((b) => new Int32Array(b), n * 4);
  for (let i = 0; i < n; i++) {
    const at = fill[labels[i]]++;
    x.set(values.subarray(i * d, i * d + d), at * d);
    label[at] = labels[i];
  }
  let sums: Float64Array;
  if (split) sums = parallel!.silhouetteSums(x, d, label, start, k);
  else {
    sums = new Float64Array(n * k);
    silhouetteSums(x, d, label, start, k, sums, 0, n);
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = label[i];
    if (sizes[own] <= 1) continue;
    const a = sums[i * k + own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[i * k + c] / sizes[c]);
    const most = Math.max(a, b);
    // Both 0 (the point sits on its own and the nearest other cluster): 0, as scikit-learn's nan_to_num gives.
    if (most > 0) total += (b - a) / most;
  }
  return total / n;
}
