import { HamerlyBounds } from './hamerly-bounds';
import type { HamerlySplit } from './hamerly-step';
import type { KernelSpace } from './kernel-space';
import type { ParallelRows } from './parallel-rows';
import { assignNearest, squaredDistance, type Points } from './points';
import { runKernel } from './run-kernel';

export interface LloydResult {
  labels: Int32Array;
  /** k rows of d coordinates. */
  centers: Float64Array;
  /** Sum of squared distances of the points to their centres. */
  inertia: number;
  iterations: number;
  /** The labels stopped changing (rather than the centres moving less than the tolerance, or the iterations running out). */
  converged: boolean;
}

/** Assigns each point to its nearest centre (the first of equals); returns whether any label changed. */
export function assignLabels({ values, n, d }: Points, centers: Float64Array, k: number, labels: Int32Array): boolean {
  return assignNearest(n, k, (i, c) => squaredDistance(values, i, centers, c, d), labels);
}

/**
 * The centres as the means of their points, from the clusters' coordinate sums and counts. A
 * cluster left empty takes the point farthest from its own centre (scikit-learn's rule), which
 * leaves the cluster that point came from.
 */
function centersFromSums(
  points: Points,
  labels: Int32Array,
  old: Float64Array,
  k: number,
  sumsIn: Float64Array,
  countsIn: Float64Array,
): Float64Array {
  const { values, n, d } = points;
  const sums = Float64Array.from(sumsIn);
  const counts = Float64Array.from(countsIn);
  const empty: number[] = [];
  for (let c = 0; c < k; c++) if (counts[c] === 0) empty.push(c);
  if (empty.length > 0) {
    const far = Array.from({ length: n }, (_, i) => i)
      .map((i) => ({ i, dist: squaredDistance(values, i, old, labels[i], d) }))
      .sort((a, b) => b.dist - a.dist || a.i - b.i)
      .slice(0, empty.length);
    empty.forEach((c, e) => {
      const { i } = far[e];
      const from = labels[i];
      for (let j = 0; j < d; j++) {
        sums[from * d + j] -= values[i * d + j];
        sums[c * d + j] = values[i * d + j];
      }
      counts[c] = 1;
      counts[from] -= 1;
    });
  }
  for (let c = 0; c < k; c++) {
    if (counts[c] > 0) for (let j = 0; j < d; j++) sums[c * d + j] /= counts[c];
    else for (let j = 0; j < d; j++) sums[c * d + j] = old[c * d + j];
  }
  return sums;
}

/** Sum of squared distances of the points to their centres. */
export function inertiaOf(points: Points, centers: Float64Array, labels: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < points.n; i++) sum += squaredDistance(points.values, i, centers, labels[i], points.d);
  return sum;
}

/**
 * Lloyd's k-means from given centres, step for step as scikit-learn's `KMeans(algorithm="lloyd")`:
 * each iteration assigns every point to its nearest centre and moves the centres to the means;
 * it stops when the labels no longer change, or when the squared centre shift summed over the
 * clusters is at most `tolerance` (already scaled by the data's mean variance), or after
 * `maxIter` iterations — and then assigns the points once more to the final centres.
 */
export function lloyd(
  points: Points,
  initial: Float64Array,
  options: {
    maxIter: number;
    tolerance: number;
    onIteration?: (i: number) => void;
    split?: HamerlySplit;
    space?: KernelSpace | null;
    parallel?: ParallelRows | null;
  },
): LloydResult {
  const k = initial.length / points.d;
  const { d } = points;
  const { space, parallel } = options;
  let centers: Float64Array = Float64Array.from(initial);
  const shared = options.split !== undefined;
  const labels = (
    space ? space.labels : new Int32Array(shared ? new SharedArrayBuffer(points.n * 4) : new ArrayBuffer(points.n * 4))
  ).fill(-1);
  let converged = false;
  let iterations = 0;
  const bounds = new HamerlyBounds(points, k, labels, { split: options.split, space, parallel });
  for (let it = 0; it < options.maxIter; it++) {
    iterations = it + 1;
    const changed = bounds.assign(centers);
    const next = centersFromSums(points, labels, centers, k, bounds.sums, bounds.counts);
    let shift = 0;
    for (let q = 0; q < k * d; q++) shift += (next[q] - centers[q]) ** 2;
    centers = next;
    options.onIteration?.(it);
    if (!changed && it > 0) {
      converged = true;
      break;
    }
    if (shift <= options.tolerance) break;
  }
  if (!converged) bounds.assign(centers);
  if (!space) return { labels, centers, inertia: inertiaOf(points, centers, labels), iterations, converged };
  // The labels live in the kernel space, which the next restart reuses: the result keeps a copy.
  const { layout } = space;
  space.doubles(layout.centers, k * d).set(centers);
  const [a, b] = runKernel(
    space,
    'inertia',
    (from, to, half) => [layout.x, from, to, d * 8, layout.centers, layout.labels, layout.scratch[half]],
    parallel,
  );
  return { labels: Int32Array.from(labels), centers, inertia: a + b, iterations, converged };
}
