import type { ClusterResult, ClusterSpec } from '../../../shared/cluster';
import type { CustomerTable } from '../features/customer-table';
import { calinskiHarabasz } from '../evaluate/calinski-harabasz';
import { daviesBouldin } from '../evaluate/davies-bouldin';
import { silhouette } from '../evaluate/silhouette';
import { bootstrapStability, bootstrapStabilityMixed } from '../evaluate/stability';
import type { Segmentation } from '../models/rfm';
import { clusterMatrix, type ClusterMatrix } from './cluster-matrix';
import { fitTree, treeAgreement, type TreeFeature } from './decision-tree';
import { kmeans } from './kmeans';
import { defaultGamma, kprototypes } from './kprototypes';
import type { ParallelRows } from './parallel-rows';
import { pca } from './pca';
import type { Points } from './points';
import { sampleRows, takeRows } from './sample-rows';
import { seededRandom } from './seeded-random';
import { mapInt32 } from '../table/map-typed';

/** Sizes above which the yardsticks work on a seeded sample (said with the result). */
export const SAMPLES = { silhouette: 10_000, stability: 5_000, scatter: 2_000, tree: 20_000 } as const;

export interface ClusteringHooks {
  /** Fraction done (0–1) of the fit. */
  progress(fraction: number): void;
  /** Throws when the user cancelled. */
  checkCancel(): void;
  /** A second thread for the large row work (the silhouette's pair sums), when there is one. */
  parallel?: ParallelRows | null;
}

export interface ClusteringOutcome {
  segmentation: Segmentation;
  cluster: ClusterResult;
}

/** Rows of a sample (seeded) when there are more than `size`, else null. */
function sampleOf(n: number, size: number, seed: number): Int32Array | null {
  return n > size ? sampleRows(n, size, seededRandom(seed)) : null;
}

function fit(matrix: ClusterMatrix, spec: ClusterSpec, hooks: ClusteringHooks) {
  const points: Points = { values: matrix.numeric, n: matrix.rows.length, d: matrix.d };
  const steps = spec.nInit * spec.maxIter;
  const onProgress = (run: number, it: number) => {
    hooks.checkCancel();
    hooks.progress(Math.min(1, (run * spec.maxIter + it + 1) / steps));
  };
  const common = {
    k: spec.k,
    nInit: spec.nInit,
    seed: spec.seed,
    maxIter: spec.maxIter,
    tol: spec.tol,
    onProgress,
    parallel: hooks.parallel,
  };
  if (spec.model === 'kprototypes' && matrix.q > 0) {
    const gamma = spec.gamma ?? defaultGamma(points);
    const r = kprototypes({ numeric: points, categories: matrix.categories, q: matrix.q }, { ...common, gamma });
    return {
      points,
      labels: r.labels,
      iterations: r.iterations,
      converged: r.converged,
      objective: r.cost,
      gamma,
      modes: r.prototypes.categories,
    };
  }
  const r = kmeans(points, common);
  return {
    points,
    labels: r.labels,
    iterations: r.iterations,
    converged: r.converged,
    objective: r.inertia,
    gamma: null,
    modes: null,
  };
}

/** Clusters numbered by size, largest first (ties: the earlier cluster), so a run reads the same way each time. */
function bySize(labels: Int32Array, k: number): Int32Array {
  const sizes = new Float64Array(k);
  for (const l of labels) sizes[l]++;
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const rank = new Int32Array(k);
  order.forEach((c, r) => (rank[c] = r));
  return mapInt32(labels, (l) => rank[l]);
}

/** The quality yardsticks on the fitted numeric columns (on a seeded sample above 10,000 customers for the silhouette). */
function yardsticks(points: Points, labels: Int32Array, spec: ClusterSpec, parallel: ParallelRows | null | undefined) {
  const distinct = new Set(labels).size;
  if (points.d === 0 || distinct < 2 || distinct > points.n - 1)
    return { silhouette: null, silhouetteSample: null, calinskiHarabasz: null, daviesBouldin: null };
  const rows = sampleOf(points.n, SAMPLES.silhouette, spec.seed ^ 0x5eed);
  const sample = rows ? { values: takeRows(points.values, points.d, rows), n: rows.length, d: points.d } : points;
  const sampleLabels = rows ? mapInt32(rows, (r) => labels[r]) : labels;
  return {
    silhouette:
      new Set(sampleLabels).size >= 2 && new Set(sampleLabels).size <= sample.n - 1
        ? silhouette(sample, sampleLabels, parallel)
        : null,
    silhouetteSample: rows ? rows.length : null,
    calinskiHarabasz: calinskiHarabasz(points, labels),
    daviesBouldin: daviesBouldin(points, labels),
  };
}

/** The clustering refitted on bootstrap resamples (on a seeded sample above 5,000 customers). */
function stability(
  matrix: ClusterMatrix,
  fitted: ReturnType<typeof fit>,
  labels: Int32Array,
  spec: ClusterSpec,
  hooks: ClusteringHooks,
): ClusterResult['stability'] {
  const { points } = fitted;
  const rows = sampleOf(points.n, SAMPLES.stability, spec.seed ^ 0xb007);
  const sample = rows ? { values: takeRows(points.values, points.d, rows), n: rows.length, d: points.d } : points;
  const sampleLabels = rows ? mapInt32(rows, (r) => labels[r]) : labels;
  const options = { resamples: 10, seed: spec.seed, nInit: 3, maxIter: spec.maxIter, tol: spec.tol };
  hooks.checkCancel();
  let result: { mean: number };
  if (fitted.gamma !== null) {
    const q = matrix.q;
    const categories = rows
      ? Int32Array.from({ length: rows.length * q }, (_, x) => matrix.categories[rows[Math.floor(x / q)] * q + (x % q)])
      : matrix.categories;
    result = bootstrapStabilityMixed({ numeric: sample, categories, q }, sampleLabels, spec.k, fitted.gamma, options);
  } else {
    if (points.d === 0) return null;
    result = bootstrapStability(sample, sampleLabels, spec.k, options);
  }
  return { mean: result.mean, resamples: 10, sample: rows ? rows.length : null };
}

/** PCA of the fitted numeric columns, with a seeded sample of at most 2,000 customers to plot. */
function scatter(points: Points, labels: Int32Array, seed: number): ClusterResult['pca'] {
  if (points.d < 2) return null;
  const p = pca(points, 2);
  const rows = sampleOf(points.n, SAMPLES.scatter, seed ^ 0x5ca7) ?? Int32Array.from({ length: points.n }, (_, i) => i);
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    explained: p.explained,
    points: Array.from(
      rows,
      (r) => [round(p.projected[r * 2]), round(p.projected[r * 2 + 1]), labels[r]] as [number, number, number],
    ),
    sample: rows.length < points.n ? rows.length : null,
  };
}

/** The rules tree on the fields in their own units (a seeded sample above 20,000 customers), and how often it agrees. */
function rulesTree(
  matrix: ClusterMatrix,
  spec: ClusterSpec,
  labels: Int32Array,
  categoryCodes: Int32Array[],
): ClusterResult['tree'] {
  const features: TreeFeature[] = [
    ...spec.features.map((f, j): TreeFeature => ({ name: f.field, kind: 'number', values: matrix.original[j] })),
    ...spec.categories.map(
      (name, j): TreeFeature => ({ name, kind: 'category', codes: categoryCodes[j], labels: matrix.categoryLabels[j] }),
    ),
  ];
  const rows = sampleOf(labels.length, SAMPLES.tree, spec.seed ^ 0x7e3e);
  const leaves = fitTree(features, labels, spec.k, 3, rows ?? undefined);
  return { agreement: treeAgreement(leaves), sample: rows ? rows.length : null, leaves };
}

/**
 * A clustering run: the matrix (scaled, imputed or dropped), k-means or k-prototypes with the
 * spec's seed and restarts, clusters numbered by size, the yardsticks (silhouette, Calinski-
 * Harabasz, Davies-Bouldin, bootstrap stability), the 2-D view, centroids in the fields' own units
 * and the depth-3 rules tree. Customers left out for missing values form a last segment.
 */
export function runClustering(table: CustomerTable, spec: ClusterSpec, hooks: ClusteringHooks): ClusteringOutcome {
  const matrix = clusterMatrix(table, spec);
  const fitted = fit(matrix, spec, hooks);
  const labels = bySize(fitted.labels, spec.k);
  const m = matrix.rows.length;
  const categoryCodes = matrix.codes;
  const centroids = Array.from({ length: spec.k }, (_, c) => {
    const members = labels.reduce((list, l, i) => (l === c ? (list.push(i), list) : list), [] as number[]);
    const values = matrix.original.map((col) => {
      // The mean of the values the members have (a missing one is not counted).
      let sum = 0;
      let count = 0;
      for (const i of members) {
        if (col[i] === col[i]) {
          sum += col[i];
          count++;
        }
      }
      return count ? sum / count : Number.NaN;
    });
    const modes = categoryCodes.map((codes, j) => {
      const tally = new Map<number, number>();
      for (const i of members) tally.set(codes[i], (tally.get(codes[i]) ?? 0) + 1);
      const top = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
      return top ? matrix.categoryLabels[j][top[0]] : '';
    });
    return { values, modes };
  });
  hooks.checkCancel();
  const scores = yardsticks(fitted.points, labels, spec, hooks.parallel);
  const segment = new Int32Array(table.ids.length).fill(spec.k);
  matrix.rows.forEach((r, i) => (segment[r] = labels[i]));
  const segments = Array.from({ length: spec.k }, (_, c) => ({
    key: `cluster_${c + 1}`,
    name: { en: `Cluster ${c + 1}`, 'zh-CN': `第 ${c + 1} 群` },
  }));
  if (matrix.dropped > 0)
    segments.push({ key: 'others', name: { en: 'Not clustered (missing values)', 'zh-CN': '未聚类（有缺失值）' } });
  return {
    segmentation: { segments, segment },
    cluster: {
      k: spec.k,
      seed: spec.seed,
      iterations: fitted.iterations,
      converged: fitted.converged,
      objective: fitted.objective,
      gamma: fitted.gamma,
      ...scores,
      stability: stability(matrix, fitted, labels, spec, hooks),
      features: matrix.scales.map((s) => ({
        field: s.field,
        scaling: s.scaling,
        log: s.log,
        center: s.center,
        scale: s.scale,
      })),
      categories: matrix.oneHot.length ? matrix.oneHot : spec.categories,
      categoryFields: spec.categories,
      customers: { clustered: m, dropped: matrix.dropped, imputed: matrix.imputed },
      centroids,
      pca: scatter(fitted.points, labels, spec.seed),
      tree: rulesTree(matrix, spec, labels, categoryCodes),
    },
  };
}
