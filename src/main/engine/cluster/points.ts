/** n points of d coordinates, row-major: point i's coordinate j is values[i * d + j]. */
export interface Points {
  values: Float64Array;
  n: number;
  d: number;
}

/** Squared Euclidean distance between point i of `a` and row c of `centers` (both with d coordinates). */
export function squaredDistance(a: Float64Array, i: number, centers: Float64Array, c: number, d: number): number {
  let sum = 0;
  const pa = i * d;
  const pc = c * d;
  for (let j = 0; j < d; j++) {
    const diff = a[pa + j] - centers[pc + j];
    sum += diff * diff;
  }
  return sum;
}

/** The mean of the per-coordinate (population) variances: scikit-learn scales k-means' tolerance by it. */
export function meanVariance({ values, n, d }: Points): number {
  let total = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += values[i * d + j];
    mean /= n;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const diff = values[i * d + j] - mean;
      v += diff * diff;
    }
    total += v / n;
  }
  return total / d;
}
