import type { Points } from './points';

/** Eigenvalues (descending) and unit eigenvectors (rows) of a symmetric d × d matrix, by cyclic Jacobi rotations. */
export function symmetricEigen(matrix: Float64Array, d: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = a[k * d + p];
          const akq = a[k * d + q];
          a[k * d + p] = c * akp - s * akq;
          a[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = a[p * d + k];
          const aqk = a[q * d + k];
          a[p * d + k] = c * apk - s * aqk;
          a[q * d + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k * d + p];
          const vkq = v[k * d + q];
          v[k * d + p] = c * vkp - s * vkq;
          v[k * d + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: d }, (_, i) => i).sort((x, y) => a[y * d + y] - a[x * d + x]);
  const values = Float64Array.from(order, (i) => a[i * d + i]);
  const vectors = new Float64Array(d * d);
  order.forEach((col, r) => {
    for (let k = 0; k < d; k++) vectors[r * d + k] = v[k * d + col];
  });
  return { values, vectors };
}

export interface PcaResult {
  /** `components` rows of d loadings; each row's largest loading (by absolute value) is positive. */
  components: Float64Array;
  /** Share of the total variance each component explains. */
  explained: number[];
  /** The points projected (n rows of `components` coordinates), centred. */
  projected: Float64Array;
  mean: Float64Array;
}

/**
 * Principal components from the covariance matrix (d × d, eigen-decomposed), as scikit-learn's
 * PCA up to the sign of each component: here the largest loading of a component is positive.
 */
export function pca(points: Points, components = 2): PcaResult {
  const { values, n, d } = points;
  const m = Math.min(components, d);
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += values[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) row[j] = values[i * d + j] - mean[j];
    for (let a = 0; a < d; a++) {
      const ra = row[a];
      for (let b = a; b < d; b++) cov[a * d + b] += ra * row[b];
    }
  }
  for (let a = 0; a < d; a++) for (let b = a; b < d; b++) cov[b * d + a] = cov[a * d + b] /= Math.max(1, n - 1);
  const { values: eig, vectors } = symmetricEigen(cov, d);
  const total = eig.reduce((s, x) => s + Math.max(0, x), 0);
  const comps = new Float64Array(m * d);
  for (let c = 0; c < m; c++) {
    let big = 0;
    for (let j = 0; j < d; j++) if (Math.abs(vectors[c * d + j]) > Math.abs(vectors[c * d + big])) big = j;
    const sign = vectors[c * d + big] < 0 ? -1 : 1;
    for (let j = 0; j < d; j++) comps[c * d + j] = sign * vectors[c * d + j];
  }
  const projected = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < m; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (values[i * d + j] - mean[j]) * comps[c * d + j];
      projected[i * m + c] = s;
    }
  }
  return {
    components: comps,
    explained: Array.from({ length: m }, (_, c) => (total > 0 ? Math.max(0, eig[c]) / total : 0)),
    projected,
    mean,
  };
}
