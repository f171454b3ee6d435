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

/**
 * Squared Euclidean distance between the d coordinates of `a` from offset `pa` and of `b` from
 * `pb`, in four running sums (the hot loop of k-means and the silhouette: about twice as fast
 * as one sum in V8; the result may differ from a single sum in the last bit).
 */
export function squaredDistanceAt(a: Float64Array, pa: number, b: Float64Array, pb: number, d: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    const e0 = a[pa + j] - b[pb + j];
    const e1 = a[pa + j + 1] - b[pb + j + 1];
    const e2 = a[pa + j + 2] - b[pb + j + 2];
    const e3 = a[pa + j + 3] - b[pb + j + 3];
    s0 += e0 * e0;
    s1 += e1 * e1;
    s2 += e2 * e2;
    s3 += e3 * e3;
  }
  let s = s0 + s1 + (s2 + s3);
  for (; j < d; j++) {
    const e = a[pa + j] - b[pb + j];
    s += e * e;
  }
  return s;
}

/** Each coordinate's population variance (the mean squared deviation from its mean); two passes, row by row. */
export function columnVariances({ values, n, d }: Points): Float64Array {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += values[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  const out = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const diff = values[i * d + j] - mean[j];
      out[j] += diff * diff;
    }
  }
  for (let j = 0; j < d; j++) out[j] /= n;
  return out;
}

/** The mean of the per-coordinate (population) variances: scikit-learn scales k-means' tolerance by it. */
export function meanVariance(points: Points): number {
  return columnVariances(points).reduce((s, v) => s + v, 0) / points.d;
}

/**
 * Each of n items to its nearest of k centres by `distance(i, c)` (the first of equals wins);
 * returns whether any label changed. One loop for k-means' centres and k-prototypes' prototypes.
 */
export function assignNearest(
  n: number,
  k: number,
  distance: (i: number, c: number) => number,
  labels: Int32Array,
): boolean {
  let changed = false;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDist = distance(i, 0);
    for (let c = 1; c < k; c++) {
      const dist = distance(i, c);
      if (dist < bestDist) {
        bestDist = dist;
        best = c;
      }
    }
    if (labels[i] !== best) {
      labels[i] = best;
      changed = true;
    }
  }
  return changed;
}
