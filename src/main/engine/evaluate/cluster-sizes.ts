/** Points per cluster, and the number of clusters (the highest label + 1). */
export function clusterSizes(labels: Int32Array): { k: number; sizes: Float64Array } {
  let k = 0;
  for (const l of labels) if (l + 1 > k) k = l + 1;
  const sizes = new Float64Array(k);
  for (const l of labels) sizes[l]++;
  return { k, sizes };
}

/** Each cluster's centroid (mean of its points), k rows of d. */
export function centroids(values: Float64Array, n: number, d: number, labels: Int32Array, k: number, sizes: Float64Array): Float64Array {
  const out = new Float64Array(k * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out[labels[i] * d + j] += values[i * d + j];
  for (let c = 0; c < k; c++) if (sizes[c] > 0) for (let j = 0; j < d; j++) out[c * d + j] /= sizes[c];
  return out;
}
