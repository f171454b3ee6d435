import { AppError } from '../../../shared/errors';
import { assignNearest, columnVariances, meanVariance, type Points } from './points';
import { randomIndex, seededRandom } from './seeded-random';

/** Customers with numeric coordinates (scaled) and categorical codes (q per customer, 0-based, no missing). */
export interface MixedPoints {
  numeric: Points;
  /** n rows of q category codes, row-major. */
  categories: Int32Array;
  q: number;
}

export interface Prototypes {
  /** k rows of the numeric means. */
  numeric: Float64Array;
  /** k rows of the categorical modes. */
  categories: Int32Array;
}

export interface KPrototypesOptions {
  k: number;
  /** Weight of a categorical mismatch against squared numeric distance (Huang's γ). */
  gamma: number;
  nInit: number;
  seed: number;
  maxIter: number;
  /** As k-means: relative to the numeric columns' mean variance; 0 runs until the labels stop changing. */
  tol: number;
  init?: Prototypes;
  onProgress?: (run: number, iteration: number) => void;
}

export interface KPrototypesResult {
  labels: Int32Array;
  prototypes: Prototypes;
  /** Σ squared numeric distance + γ × categorical mismatches, each customer to its prototype. */
  cost: number;
  iterations: number;
  converged: boolean;
  run: number;
}

/** Huang's mixed distance of customer i to prototype c. */
function mixedDistance(data: MixedPoints, protos: Prototypes, i: number, c: number, gamma: number): number {
  const { values, d } = data.numeric;
  let sum = 0;
  for (let j = 0; j < d; j++) sum += (values[i * d + j] - protos.numeric[c * d + j]) ** 2;
  if (gamma !== 0) {
    let mismatches = 0;
    for (let j = 0; j < data.q; j++)
      if (data.categories[i * data.q + j] !== protos.categories[c * data.q + j]) mismatches++;
    sum += gamma * mismatches;
  }
  return sum;
}

/** Assigns each customer to its nearest prototype under the mixed distance (the first of equals); returns whether any label changed. */
export function assignPrototypes(
  data: MixedPoints,
  protos: Prototypes,
  k: number,
  gamma: number,
  labels: Int32Array,
): boolean {
  return assignNearest(data.numeric.n, k, (i, c) => mixedDistance(data, protos, i, c, gamma), labels);
}

/** New prototypes: numeric means and categorical modes (the lowest code of equals) of each cluster; an empty cluster takes the farthest customer. */
function update(
  data: MixedPoints,
  labels: Int32Array,
  old: Prototypes,
  k: number,
  gamma: number,
  levels: number[],
): Prototypes {
  const { values, n, d } = data.numeric;
  const { q } = data;
  const labelsNow = Int32Array.from(labels);
  const counts = new Float64Array(k);
  for (const l of labelsNow) counts[l]++;
  const empty: number[] = [];
  for (let c = 0; c < k; c++) if (counts[c] === 0) empty.push(c);
  if (empty.length > 0) {
    const far = Array.from({ length: n }, (_, i) => ({ i, dist: mixedDistance(data, old, i, labelsNow[i], gamma) }))
      .sort((a, b) => b.dist - a.dist || a.i - b.i)
      .slice(0, empty.length);
    empty.forEach((c, e) => {
      counts[labelsNow[far[e].i]]--;
      labelsNow[far[e].i] = c;
      counts[c] = 1;
    });
  }
  const numeric = new Float64Array(k * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) numeric[labelsNow[i] * d + j] += values[i * d + j];
  for (let c = 0; c < k; c++)
    for (let j = 0; j < d; j++)
      numeric[c * d + j] = counts[c] > 0 ? numeric[c * d + j] / counts[c] : old.numeric[c * d + j];
  const categories = new Int32Array(k * q);
  for (let j = 0; j < q; j++) {
    const tally = new Float64Array(k * levels[j]);
    for (let i = 0; i < n; i++) tally[labelsNow[i] * levels[j] + data.categories[i * q + j]]++;
    for (let c = 0; c < k; c++) {
      let mode = old.categories[c * q + j];
      let most = 0;
      for (let v = 0; v < levels[j]; v++) {
        if (tally[c * levels[j] + v] > most) {
          most = tally[c * levels[j] + v];
          mode = v;
        }
      }
      categories[c * q + j] = mode;
    }
  }
  return { numeric, categories };
}

/** k-means++-style starting prototypes under the mixed distance (seeded). */
function initialPrototypes(data: MixedPoints, k: number, gamma: number, random: () => number): Prototypes {
  const { values, n, d } = data.numeric;
  const { q } = data;
  const protos: Prototypes = { numeric: new Float64Array(k * d), categories: new Int32Array(k * q) };
  const take = (c: number, i: number) => {
    protos.numeric.set(values.subarray(i * d, i * d + d), c * d);
    protos.categories.set(data.categories.subarray(i * q, i * q + q), c * q);
  };
  take(0, randomIndex(random, n));
  const closest = new Float64Array(n).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      closest[i] = Math.min(closest[i], mixedDistance(data, protos, i, c - 1, gamma));
      total += closest[i];
    }
    let target = random() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= closest[i];
      if (target < 0) {
        pick = i;
        break;
      }
    }
    take(c, pick);
  }
  return protos;
}

/**
 * k-prototypes (Huang 1997): k-means' batch iterations under a mixed distance — squared
 * Euclidean on the scaled numeric columns plus γ per categorical mismatch — with means and
 * modes as prototypes, the same stop rules as k-means (labels unchanged; or, with `tol` > 0,
 * the numeric prototypes moving less than the tolerance while no mode changed), seeded
 * k-means++-style starts and restarts keeping the lowest cost. With γ = 0 it is k-means on the numeric columns.
 */
export function kprototypes(data: MixedPoints, options: KPrototypesOptions): KPrototypesResult {
  const { k, gamma } = options;
  const { n, d } = data.numeric;
  if (n < k)
    throw new AppError('E_TOO_FEW_CUSTOMERS', `${k} clusters need at least ${k} customers; there are ${n}.`, {
      customers: n,
      k,
    });
  const levels = Array.from({ length: data.q }, (_, j) => {
    let max = 0;
    for (let i = 0; i < n; i++) max = Math.max(max, data.categories[i * data.q + j] + 1);
    return max;
  });
  const tolerance = options.tol === 0 || d === 0 ? 0 : options.tol * meanVariance(data.numeric);
  const random = seededRandom(options.seed);
  let best: KPrototypesResult | null = null;
  const runs = options.init ? 1 : Math.max(1, options.nInit);
  for (let run = 0; run < runs; run++) {
    let protos = options.init ?? initialPrototypes(data, k, gamma, random);
    const labels = new Int32Array(n).fill(-1);
    let converged = false;
    let iterations = 0;
    for (let it = 0; it < options.maxIter; it++) {
      iterations = it + 1;
      const changed = assignPrototypes(data, protos, k, gamma, labels);
      const next = update(data, labels, protos, k, gamma, levels);
      let shift = 0;
      for (let x = 0; x < k * d; x++) shift += (next.numeric[x] - protos.numeric[x]) ** 2;
      const modesMoved = next.categories.some((v, x) => v !== protos.categories[x]);
      protos = next;
      options.onProgress?.(run, it);
      if (!changed) {
        converged = true;
        break;
      }
      if (shift <= tolerance && !modesMoved) break;
    }
    if (!converged) assignPrototypes(data, protos, k, gamma, labels);
    let cost = 0;
    for (let i = 0; i < n; i++) cost += mixedDistance(data, protos, i, labels[i], gamma);
    if (!best || cost < best.cost) best = { labels, prototypes: protos, cost, iterations, converged, run };
  }
  return best!;
}

/** The default γ: the mean (population) standard deviation of the scaled numeric columns (1 with none). */
export function defaultGamma(points: Points): number {
  if (points.d === 0 || points.n === 0) return 1;
  return columnVariances(points).reduce((s, v) => s + Math.sqrt(v), 0) / points.d;
}
