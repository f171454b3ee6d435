import { assignLabels } from '../cluster/lloyd';
import { kmeans } from '../cluster/kmeans';
import { kprototypes, assignPrototypes, type MixedPoints } from '../cluster/kprototypes';
import type { Points } from '../cluster/points';
import { seededRandom } from '../cluster/seeded-random';
import { adjustedRand } from './adjusted-rand';

export interface StabilityOptions {
  resamples: number;
  seed: number;
  nInit: number;
  maxIter: number;
  tol: number;
}

/**
 * How stable a clustering is: it is refitted (`refit`) on `resamples` bootstrap samples of the
 * n customers (drawn with replacement, seeded), every customer is assigned to the nearest refitted
 * centre, and the adjusted Rand index against the given labels is averaged. Near 1: the clusters
 * are a property of the data; well below (< 0.5): another sample would give other clusters.
 */
export function bootstrapScores(
  n: number,
  labels: Int32Array,
  resamples: number,
  seed: number,
  refit: (rows: Int32Array, seed: number) => Int32Array,
): { mean: number; scores: number[] } {
  const random = seededRandom(seed);
  const scores: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const rows = Int32Array.from({ length: n }, () => Math.min(n - 1, Math.floor(random() * n)));
    scores.push(adjustedRand(labels, refit(rows, seed + b + 1)));
  }
  return { mean: scores.reduce((s, x) => s + x, 0) / scores.length, scores };
}

/** Bootstrap stability of k-means labels. */
export function bootstrapStability(
  points: Points,
  labels: Int32Array,
  k: number,
  options: StabilityOptions,
): { mean: number; scores: number[] } {
  const { values, n, d } = points;
  const sample = new Float64Array(n * d);
  return bootstrapScores(n, labels, options.resamples, options.seed, (rows, seed) => {
    rows.forEach((r, i) => sample.set(values.subarray(r * d, r * d + d), i * d));
    const fit = kmeans(
      { values: sample, n, d },
      { k, nInit: options.nInit, seed, maxIter: options.maxIter, tol: options.tol },
    );
    const assigned = new Int32Array(n).fill(-1);
    assignLabels(points, fit.centers, k, assigned);
    return assigned;
  });
}

/** Bootstrap stability of k-prototypes labels (the mixed distance with the same γ). */
export function bootstrapStabilityMixed(
  data: MixedPoints,
  labels: Int32Array,
  k: number,
  gamma: number,
  options: StabilityOptions,
): { mean: number; scores: number[] } {
  const { values, n, d } = data.numeric;
  const { q } = data;
  const sampleValues = new Float64Array(n * d);
  const sampleCategories = new Int32Array(n * q);
  return bootstrapScores(n, labels, options.resamples, options.seed, (rows, seed) => {
    rows.forEach((r, i) => {
      sampleValues.set(values.subarray(r * d, r * d + d), i * d);
      sampleCategories.set(data.categories.subarray(r * q, r * q + q), i * q);
    });
    const fit = kprototypes(
      { numeric: { values: sampleValues, n, d }, categories: sampleCategories, q },
      { k, gamma, nInit: options.nInit, seed, maxIter: options.maxIter, tol: options.tol },
    );
    const assigned = new Int32Array(n).fill(-1);
    assignPrototypes(data, fit.prototypes, k, gamma, assigned);
    return assigned;
  });
}
