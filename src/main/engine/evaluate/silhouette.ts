import type { Points } from '../cluster/points';
import { clusterSizes } from './cluster-sizes';

/**
 * The mean silhouette coefficient (Rousseeuw 1987) with Euclidean distances, as scikit-learn's
 * `silhouette_score`: per point, a = mean distance to the other points of its cluster, b = the
 * lowest mean distance to another cluster's points, s = (b − a) / max(a, b); a point alone in
 * its cluster counts 0. Exact: O(n²) distances (callers sample large data).
 */
export function silhouette(points: Points, labels: Int32Array): number {
  const { values, n, d } = points;
  const { k, sizes } = clusterSizes(labels);
  if (k < 2 || k > n - 1) throw new RangeError(`The silhouette needs 2 to n − 1 clusters; there are ${k} for ${n} points.`);
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    const pi = i * d;
    for (let m = 0; m < n; m++) {
      if (m === i) continue;
      const pm = m * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = values[pi + j] - values[pm + j];
        s += diff * diff;
      }
      sums[labels[m]] += Math.sqrt(s);
    }
    const own = labels[i];
    if (sizes[own] <= 1) continue;
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
    total += (b - a) / Math.max(a, b);
  }
  return total / n;
}
