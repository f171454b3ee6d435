import { AppError } from '../../../shared/errors';
import { kmeansPlusPlus } from './kmeans-plus-plus';
import { lloyd, type LloydResult } from './lloyd';
import { meanVariance, type Points } from './points';
import { seededRandom } from './seeded-random';
import { SPLIT_ROWS, type ParallelRows } from './parallel-rows';
import { KernelSpace } from './kernel-space';
import { spaceMeanVariance } from './space-mean-variance';

export interface KMeansOptions {
  k: number;
  /** Restarts from new k-means++ centres; the lowest inertia wins. */
  nInit: number;
  seed: number;
  maxIter: number;
  /** Relative to the data's mean variance (scikit-learn's `tol`); 0 runs until the labels stop changing. */
  tol: number;
  /** Given starting centres (k rows of d), instead of k-means++; then one run. */
  init?: Float64Array;
  /** Called after each iteration of each restart; may throw to cancel. */
  onProgress?: (run: number, iteration: number) => void;
  /** A second thread for the row passes, used from SPLIT_ROWS points on. */
  parallel?: ParallelRows | null;
  /** 'script' keeps to the JavaScript passes (for comparison); by default the SIMD kernels run the dense passes where WebAssembly allows. */
  kernels?: 'simd' | 'script';
}

export interface KMeansResult extends LloydResult {
  /** The restart that won (0-based). */
  run: number;
}

/** k-means (Lloyd) with k-means++ starts, `nInit` restarts and a seed: the same seed gives the same result. */
export function kmeans(points: Points, options: KMeansOptions): KMeansResult {
  const { k } = options;
  if (!Number.isInteger(k) || k < 1)
    throw new AppError('E_BAD_SPEC', `k must be a whole number of at least 1, got ${k}.`, { k });
  if (points.n < k)
    throw new AppError('E_TOO_FEW_CUSTOMERS', `${k} clusters need at least ${k} customers; there are ${points.n}.`, {
      customers: points.n,
      k,
    });
  const random = seededRandom(options.seed);
  const runs = options.init ? 1 : Math.max(1, options.nInit);
  let best: KMeansResult | null = null;
  // The points copied into a kernel space (shared memory), where the SIMD kernels and both threads
  // work on them; made anew for each call (callers may refill the same array between calls).
  const space = options.kernels === 'script' ? null : KernelSpace.create(points, k);
  const data = space ? space.points : points;
  const parallel =
    options.parallel && points.n >= SPLIT_ROWS && data.values.buffer instanceof SharedArrayBuffer
      ? options.parallel
      : null;
  const split = parallel?.hamerly(data, k);
  const tolerance =
    options.tol === 0 ? 0 : options.tol * (space ? spaceMeanVariance(space, parallel) : meanVariance(points));
  for (let run = 0; run < runs; run++) {
    const initial = options.init ?? kmeansPlusPlus(data, k, random, parallel, space).centers;
    const result = lloyd(data, initial, {
      maxIter: options.maxIter,
      tolerance,
      onIteration: (it) => options.onProgress?.(run, it),
      split,
      space,
      parallel,
    });
    if (!best || result.inertia < best.inertia) best = { ...result, run };
  }
  return best!;
}
