import type { Points } from '../cluster/points';
import { scoredClusters } from './cluster-sizes';

/**
 * The Calinski-Harabasz index (variance ratio): between-cluster dispersion over within-cluster
 * dispersion, each divided by its degrees of freedom, as scikit-learn's `calinski_harabasz_score`
 * (1 when the within-cluster dispersion is 0).
 */
export function calinskiHarabasz(points: Points, labels: Int32Array): number {
  const { values, n, d } = points;
  const { k, sizes, centers } = scoredClusters(points, labels, 'Calinski-Harabasz index');
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += values[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  let between = 0;
  for (let c = 0; c < k; c++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += (centers[c * d + j] - mean[j]) ** 2;
    between += sizes[c] * s;
  }
  let within = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++) within += (values[i * d + j] - centers[labels[i] * d + j]) ** 2;
  return within === 0 ? 1 : (between * (n - k)) / (within * (k - 1));
}
