import { assignLabels } from '../cluster/lloyd';
import { kmeans } from '../cluster/kmeans';
import type { Points } from '../cluster/points';
import { seededRandom } from '../cluster/seeded-random';
import { adjustedRand } from './adjusted-rand';

/**
 * How stable a k-means clustering is: k-means is refitted on `resamples` bootstrap samples (drawn
 * with replacement, seeded); every customer is assigned to the nearest refitted centre, and the
 * adjusted Rand index against the given labels is averaged. Near 1: the clusters are a property of
 * the data; well below (< 0.5): another sample would give other clusters.
 */
export function bootstrapStability(points: Points, labels: Int32Array, k: number, options: { resamples: number; seed: number; nInit: number; maxIter: number; tol: number }): { mean: number; scores: number[] } {
  const random = seededRandom(options.seed);
  const { values, n, d } = points;
  const scores: number[] = [];
  const sample = new Float64Array(n * d);
  const assigned = new Int32Array(n);
  for (let b = 0; b < options.resamples; b++) {
    for (let i = 0; i < n; i++) {
      const r = Math.min(n - 1, Math.floor(random() * n));
      sample.set(values.subarray(r * d, r * d + d), i * d);
    }
    const fit = kmeans({ values: sample, n, d }, { k, nInit: options.nInit, seed: options.seed + b + 1, maxIter: options.maxIter, tol: options.tol });
    assigned.fill(-1);
    assignLabels(points, fit.centers, k, assigned);
    scores.push(adjustedRand(labels, assigned));
  }
  return { mean: scores.reduce((s, x) => s + x, 0) / scores.length, scores };
}
