import type { Points } from '../cluster/points';
import { clusterSizes } from './cluster-sizes';

/**
 * The mean silhouette coefficient (Rousseeuw 1987) with Euclidean distances, as scikit-learn's
 * `silhouette_score`: per point, a = mean distance to the other points of its cluster, b = the
 * lowest mean distance to another cluster's points, s = (b − a) / max(a, b); a point alone in
 * its cluster counts 0. Exact: every pair's distance once (n²/2; callers sample large data),
 * with the points laid out cluster by cluster so each row's sums need no label lookups.
 */
export function silhouette(points: Points, labels: Int32Array): number {
  const { values, n, d } = points;
  const { k, sizes } = clusterSizes(labels);
  if (k < 2 || k > n - 1) throw new RangeError(`The silhouette needs 2 to n − 1 clusters; there are ${k} for ${n} points.`);
  // Points in cluster order: cluster c occupies rows start[c] … start[c + 1] − 1.
  const start = new Int32Array(k + 1);
  for (let c = 0; c < k; c++) start[c + 1] = start[c] + sizes[c];
  const fill = start.slice(0, k);
  const x = new Float64Array(n * d);
  const label = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const at = fill[labels[i]]++;
    x.set(values.subarray(i * d, i * d + d), at * d);
    label[at] = labels[i];
  }
  // sums[i * k + c]: total distance from point i to the points of cluster c.
  const sums = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const li = label[i];
    const pi = i * d;
    for (let c = li; c < k; c++) {
      let acc = 0;
      for (let m = c === li ? i + 1 : start[c]; m < start[c + 1]; m++) {
        const pm = m * d;
        let s = 0;
        for (let j = 0; j < d; j++) {
          const diff = x[pi + j] - x[pm + j];
          s += diff * diff;
        }
        const dist = Math.sqrt(s);
        acc += dist;
        sums[m * k + li] += dist;
      }
      sums[i * k + c] += acc;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = label[i];
    if (sizes[own] <= 1) continue;
    const a = sums[i * k + own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[i * k + c] / sizes[c]);
    total += (b - a) / Math.max(a, b);
  }
  return total / n;
}
