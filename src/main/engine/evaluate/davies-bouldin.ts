import type { Points } from '../cluster/points';
import { scoredClusters } from './cluster-sizes';

/**
 * The Davies-Bouldin index as scikit-learn's `davies_bouldin_score`: per cluster s = mean
 * Euclidean distance of its points to its centroid; the score is the mean over clusters of the
 * largest (s_i + s_j) / distance(centroid_i, centroid_j). Lower is better; 0 when every s is 0.
 */
export function daviesBouldin(points: Points, labels: Int32Array): number {
  const { values, n, d } = points;
  const { k, sizes, centers } = scoredClusters(points, labels, 'Davies-Bouldin index');
  const spread = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += (values[i * d + j] - centers[labels[i] * d + j]) ** 2;
    spread[labels[i]] += Math.sqrt(s);
  }
  for (let c = 0; c < k; c++) spread[c] /= sizes[c];
  if (spread.every((s) => s === 0)) return 0;
  let total = 0;
  for (let a = 0; a < k; a++) {
    let worst = 0;
    for (let b = 0; b < k; b++) {
      if (a === b) continue;
      let s = 0;
      for (let j = 0; j < d; j++) s += (centers[a * d + j] - centers[b * d + j]) ** 2;
      const dist = Math.sqrt(s);
      // Coinciding centroids: scikit-learn divides by infinity there (the pair counts 0).
      const ratio = dist === 0 ? 0 : (spread[a] + spread[b]) / dist;
      if (ratio > worst) worst = ratio;
    }
    total += worst;
  }
  return total / k;
}
