import type { Points } from '../cluster/points';

/** Points per cluster, and the number of clusters (the highest label + 1). */
export function clusterSizes(labels: Int32Array): { k: number; sizes: Float64Array } {
  let k = 0;
  for (const l of labels) if (l + 1 > k) k = l + 1;
  const sizes = new Float64Array(k);
  for (const l of labels) sizes[l]++;
  return { k, sizes };
}

/** Each cluster's centroid (mean of its points), k rows of d. */
export function centroids(
  values: Float64Array,
  n: number,
  d: number,
  labels: Int32Array,
  k: number,
  sizes: Float64Array,
): Float64Array {
  const out = new Float64Array(k * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out[labels[i] * d + j] += values[i * d + j];
  for (let c = 0; c < k; c++) if (sizes[c] > 0) for (let j = 0; j < d; j++) out[c * d + j] /= sizes[c];
  return out;
}

/** Sizes and centroids of a labelling that a cluster-quality index can score (2 to n − 1 clusters). */
export function scoredClusters(
  points: Points,
  labels: Int32Array,
  index: string,
): { k: number; sizes: Float64Array; centers: Float64Array } {
  const { k, sizes } = clusterSizes(labels);
  if (k < 2 || k > points.n - 1)
    throw new RangeError(`The ${index} needs 2 to n − 1 clusters; there are ${k} for ${points.n} points.`);
  return { k, sizes, centers: centroids(points.values, points.n, points.d, labels, k, sizes) };
}
