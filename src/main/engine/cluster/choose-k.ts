import { AppError } from '../../../shared/errors';
import { calinskiHarabasz } from '../evaluate/calinski-harabasz';
import { daviesBouldin } from '../evaluate/davies-bouldin';
import { silhouette } from '../evaluate/silhouette';
import { kmeans } from './kmeans';
import type { ParallelRows } from './parallel-rows';
import type { Points } from './points';
import { sampleRows, takeRows } from './sample-rows';
import { seededRandom } from './seeded-random';
import { mapInt32 } from '../table/map-typed';

export interface KScore {
  k: number;
  inertia: number;
  iterations: number;
  silhouette: number;
  calinskiHarabasz: number;
  daviesBouldin: number;
}

export interface ChooseKResult {
  rows: KScore[];
  /** Customers the silhouette was computed on: all (null) up to `exactUpTo`, else a seeded uniform sample of that size. */
  silhouetteSample: number | null;
  recommended: {
    k: number;
    /** The other indices' best k: Calinski-Harabasz highest, Davies-Bouldin lowest. */
    calinskiHarabaszBest: number;
    daviesBouldinBest: number;
  };
}

export interface ChooseKOptions {
  kMin: number;
  kMax: number;
  nInit: number;
  seed: number;
  maxIter: number;
  tol: number;
  /** The silhouette is exact up to this many customers, and on a sample of this size above. */
  exactUpTo?: number;
  onProgress?: (done: number, total: number) => void;
  /** A second thread for the silhouette's pair sums. */
  parallel?: ParallelRows | null;
}

/**
 * k-means for each k in a range with the four usual yardsticks — inertia (the elbow), mean
 * silhouette, Calinski-Harabasz, Davies-Bouldin — and the recommended k: the highest mean
 * silhouette (how well each customer sits in its own cluster rather than the next), with
 * the other indices' picks beside it.
 */
export function chooseK(points: Points, options: ChooseKOptions): ChooseKResult {
  const exactUpTo = options.exactUpTo ?? 10_000;
  const sampled = points.n > exactUpTo;
  const rows = sampled ? sampleRows(points.n, exactUpTo, seededRandom(options.seed ^ 0x5eed)) : null;
  const sample: Points = rows
    ? { values: takeRows(points.values, points.d, rows), n: rows.length, d: points.d }
    : points;
  const out: KScore[] = [];
  const kMax = Math.min(options.kMax, points.n - 1);
  if (kMax < options.kMin)
    throw new AppError(
      'E_TOO_FEW_CUSTOMERS',
      `Trying k from ${options.kMin} needs more than ${options.kMin} customers; there are ${points.n}.`,
      { customers: points.n },
    );
  for (let k = options.kMin; k <= kMax; k++) {
    const fit = kmeans(points, {
      k,
      nInit: options.nInit,
      seed: options.seed,
      maxIter: options.maxIter,
      tol: options.tol,
      parallel: options.parallel,
    });
    const labels = rows ? mapInt32(rows, (r) => fit.labels[r]) : fit.labels;
    const distinct = (l: Int32Array, n: number) => {
      const size = new Set(l).size;
      return size >= 2 && size <= n - 1;
    };
    const scorable = distinct(labels, sample.n);
    const indexable = distinct(fit.labels, points.n);
    out.push({
      k,
      inertia: fit.inertia,
      iterations: fit.iterations,
      silhouette: scorable ? silhouette(sample, labels, options.parallel) : Number.NaN,
      calinskiHarabasz: indexable ? calinskiHarabasz(points, fit.labels) : Number.NaN,
      daviesBouldin: indexable ? daviesBouldin(points, fit.labels) : Number.NaN,
    });
    options.onProgress?.(k - options.kMin + 1, kMax - options.kMin + 1);
  }
  // The best of the rows that have a score (a k whose clusters cannot be scored does not win by default).
  const bestBy = (score: (r: KScore) => number) => {
    const scored = out.filter((r) => Number.isFinite(score(r)));
    return scored.length ? scored.reduce((a, b) => (score(b) > score(a) ? b : a)).k : out[0].k;
  };
  return {
    rows: out,
    silhouetteSample: sampled ? exactUpTo : null,
    recommended: {
      k: bestBy((r) => r.silhouette),
      calinskiHarabaszBest: bestBy((r) => r.calinskiHarabasz),
      daviesBouldinBest: bestBy((r) => -r.daviesBouldin),
    },
  };
}
